// The comparison rows a test's budget asked for: the default rules every endpoint gets on its work and its body's
// size (outbound calls, bytes per response) left out, so a test about latency reads only its latency rows.
import { defaultBytesRule, defaultCountRule } from '../../src/core/budget/defaults.js';

const defaults = new Set<string>([defaultCountRule.source, defaultBytesRule.source]);

export const ownRows = <T extends { rule: string }>(rows: readonly T[]): T[] => rows.filter((r) => !defaults.has(r.rule));
