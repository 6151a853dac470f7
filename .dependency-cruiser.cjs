// Import layering, checked by `npm run lint` (eslint's cycle rules skip type-only imports; these do not).
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other (type-only imports count): move what they share to a leaf module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core/ reads no files, starts no processes and knows nothing of GitHub: that is what src/adapters/ is for.',
      from: { path: '^src/core/' },
      to: { path: ['^node_modules/@actions/', '^(node:)?(fs|fs/promises|child_process)$'] },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'src/core/ builds on itself and on libraries, never on the edges.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
