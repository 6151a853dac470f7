export type CorpusStack = 'node' | 'fastify' | 'python';
export function corpusShapes(stack: CorpusStack): Promise<Record<string, RegExp>>;
export function corpusRepository(
  dir: string,
  options: { stack: CorpusStack; routes?: string[]; settings: string; env?: string },
): Promise<{ routes: string[]; expected: Record<string, RegExp> }>;
