// Lint: typescript-eslint's recommended rules; formatting is prettier's (eslint-config-prettier turns off the rules it
// owns). Import cycles and the pure core are checked by dependency-cruiser (.dependency-cruiser.cjs), which also
// counts type-only imports.
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', '.tmp/**', 'perf-gate-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A function a reader holds in one screen: longer ones are split by what they do.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 60 }] },
  },
  prettier,
);
