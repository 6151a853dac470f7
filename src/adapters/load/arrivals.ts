// An open loop's schedule kept: each arrival started when the phase's rate says, whatever the answers do, and how far
// starting fell behind at worst (then the generator, not the app, was the limit). Shared by the shaped-load engines.
import { performance } from 'node:perf_hooks';
import type { PhaseOutcome } from '../../core/load/load-generator.js';
import { arrivalOffset, arrivalsIn, type LoadPhase } from '../../core/load/load-shape.js';

/** Resolves after `ms`, or at once when `signal` aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      resolve();
    }
    signal?.addEventListener('abort', finish, { once: true });
  });

/** Calls `start` once an arrival, on the phase's schedule; the phase lasts its time even when its last arrival is early. */
export async function arrivals(
  phase: LoadPhase & { rate: { from: number; to: number } },
  start: () => void,
  stopped: () => boolean,
  signal?: AbortSignal,
): Promise<PhaseOutcome> {
  const { from, to } = phase.rate;
  const total = arrivalsIn(from, to, phase.durationMs);
  const t0 = performance.now();
  let k = 0;
  let lagMs = 0;
  while (k < total && !stopped()) {
    const elapsed = performance.now() - t0;
    for (let due = arrivalOffset(k, from, to, phase.durationMs); k < total && due <= elapsed; due = arrivalOffset(k, from, to, phase.durationMs)) {
      lagMs = Math.max(lagMs, elapsed - due);
      start();
      k++;
    }
    if (k >= total) break;
    await sleep(arrivalOffset(k, from, to, phase.durationMs) - (performance.now() - t0), signal);
  }
  await sleep(phase.durationMs - (performance.now() - t0), signal);
  return { sent: k, lagMs };
}
