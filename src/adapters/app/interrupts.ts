// SIGINT/SIGTERM end a run cleanly: the first aborts it (teardown, report still written), a second exits at once.
const signalNumbers = { SIGINT: 2, SIGTERM: 15 } as const;
type HandledSignal = keyof typeof signalNumbers;

interface Interrupts {
  signal: AbortSignal;
  /** The exit code a shell expects after the signal (128 + its number), once one arrived. */
  exitCode(): number | undefined;
  dispose(): void;
}

export function listenForInterrupts(): Interrupts {
  const controller = new AbortController();
  let received: HandledSignal | undefined;
  const handlers = (Object.keys(signalNumbers) as HandledSignal[]).map((name) => {
    const handler = () => {
      if (received) process.exit(128 + signalNumbers[name]); // the app's group is killed by the exit hook
      received = name;
      controller.abort(name);
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    exitCode: () => (received ? 128 + signalNumbers[received] : undefined),
    dispose: () => handlers.forEach(([name, handler]) => process.off(name, handler)),
  };
}
