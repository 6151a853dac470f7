// Typed stand-ins for @actions/core, for unit tests of the action's entry (jest.unstable_mockModule).
import type * as core from '@actions/core';
import { jest } from '@jest/globals';

export const debug = jest.fn<typeof core.debug>();
export const info = jest.fn<typeof core.info>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const getInput = jest.fn<typeof core.getInput>();
// As @actions/core does it: the lines of the same input, trimmed, empty ones dropped.
export const getMultilineInput = jest.fn<typeof core.getMultilineInput>((name, options) =>
  getInput(name, options)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== ''),
);
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const setSecret = jest.fn<typeof core.setSecret>();
// Runs the group's body: the log's folding is the runner's business.
export const group = jest.fn(<T>(_name: string, fn: () => Promise<T>): Promise<T> => fn()) as unknown as typeof core.group;

const summaryParts: string[] = [];
export const summary = {
  addRaw: jest.fn((text: string) => {
    summaryParts.push(text);
    return summary;
  }),
  write: jest.fn(async () => summary),
  text: () => summaryParts.join(''),
  clear: () => void summaryParts.splice(0),
};
