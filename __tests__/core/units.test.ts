import { describe, expect, it } from '@jest/globals';
import { formatValue, parseDurationSetting, parseQuantity } from '../../src/core/units.js';

describe('parseQuantity', () => {
  it.each([
    ['200ms', 'ms', 200],
    ['1.5s', 'ms', 1500],
    ['800', 'ms', 800],
    ['250us', 'ms', 0.25],
    ['300KB', 'bytes', 307200],
    ['1.5MB', 'bytes', 1572864],
    ['2048', 'bytes', 2048],
    ['1MB/s', 'bytes/s', 1048576],
    ['1%', 'percent', 1],
    ['0.5 %', 'percent', 0.5],
    ['500', 'rps', 500],
    ['500/s', 'rps', 500],
    ['0', 'count', 0],
    ['90', 'score', 90],
    ['0.1', 'unitless', 0.1],
  ] as const)('%s as %s is %d', (text, unit, value) => {
    expect(parseQuantity(text, unit)).toEqual({ value });
  });

  it.each([
    ['200kg', 'ms', "expected a duration like 200ms, 1.5s or 800 (milliseconds), got '200kg'"],
    ['fast', 'ms', "expected a duration like 200ms, 1.5s or 800 (milliseconds), got 'fast'"],
    ['1', 'percent', "expected a percentage like 1%, got '1'"],
    ['1.5', 'count', "expected a whole number like 0 or 50, got '1.5'"],
    ['0.9', 'score', 'scores run from 0 to 100: write 90, not 0.9'],
    ['120', 'score', "expected a score from 0 to 100 like 90, got '120'"],
    ['3ms', 'unitless', "expected a plain number like 0.1, got '3ms'"],
    ['10TB', 'bytes', "expected a size like 300KB, 1.5MB or 2048 (bytes), got '10TB'"],
  ] as const)('rejects %s as %s', (text, unit, error) => {
    expect(parseQuantity(text, unit)).toEqual({ error });
  });
});

describe('parseDurationSetting', () => {
  it('reads units and bare seconds', () => {
    expect(parseDurationSetting('10s')).toEqual({ ms: 10000 });
    expect(parseDurationSetting('500ms')).toEqual({ ms: 500 });
    expect(parseDurationSetting(3)).toEqual({ ms: 3000 });
    expect(parseDurationSetting('2')).toEqual({ ms: 2000 });
  });
  it('rejects nonsense and negatives', () => {
    expect(parseDurationSetting('soon')).toEqual({ error: "expected a duration like 10s or 500ms, got 'soon'" });
    expect(parseDurationSetting(-1)).toEqual({ error: 'expected a duration like 10s or 500ms' });
  });
});

describe('formatValue', () => {
  it.each([
    [0.8437, 'ms', '0.84 ms'],
    [12.34, 'ms', '12.3 ms'],
    [250, 'ms', '250 ms'],
    [1520, 'ms', '1.52 s'],
    [12345.6, 'rps', '12,346 req/s'],
    [0, 'percent', '0%'],
    [1.234, 'percent', '1.23%'],
    [307200, 'bytes', '300 KB'],
    [1572864, 'bytes/s', '1.5 MB/s'],
    [91, 'score', '91'],
    [0.0512, 'unitless', '0.051'],
    [null, 'ms', '–'],
  ] as const)('%s %s reads %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});
