// The end of each sitecustomize perf-gate puts on an app's PYTHONPATH (the outbound hook, the diagnosis sampler):
// the sitecustomize it shadows still runs — the first one on sys.path after its own directory, so that two of
// perf-gate's chain into each other and then into the app's own (Debian's, a virtualenv's) once each.
export const pythonSiteChain = (name: string): string => `
def _perf_gate_chain():
    import importlib.util
    here = os.path.dirname(os.path.abspath(__file__))
    entries = [os.path.abspath(e or '.') for e in sys.path]
    after = entries[entries.index(here) + 1:] if here in entries else entries
    for entry in after:
        candidate = os.path.join(entry, 'sitecustomize.py')
        if entry != here and os.path.exists(candidate):
            spec = importlib.util.spec_from_file_location('_perf_gate_shadowed_by_${name}', candidate)
            spec.loader.exec_module(importlib.util.module_from_spec(spec))
            return

_perf_gate_chain()
`;
