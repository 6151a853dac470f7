// The action's entry: only calls run() of action.ts.
import { run } from './action.js';

await run();
