// Replaced with package.json's version when bundled; 'dev' when run from source.
declare const PERF_GATE_VERSION: string | undefined;
export const perfGateVersion: string = typeof PERF_GATE_VERSION === 'string' ? PERF_GATE_VERSION : 'dev';
