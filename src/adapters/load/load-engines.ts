// The load generator a gate run uses: autocannon for an endpoint's or a mix's steady load, undici's pool for their
// load shapes, and the journey engine (undici, virtual users going through the steps) for a journey either way.
import type { LoadGenerator } from '../../core/load/load-generator.js';
import { autocannonLoad } from './autocannon-load.js';
import { openJourneySession, runJourney } from './journey-load.js';
import { openUndiciSession } from './undici-load.js';

export const loadEngines: LoadGenerator = {
  run: (ep, hooks, tally) => (ep.journey ? runJourney(ep, hooks, tally) : autocannonLoad.run(ep, hooks, tally)),
  open: (ep, sink) => (ep.journey ? openJourneySession(ep, sink) : openUndiciSession(ep, sink)),
};
