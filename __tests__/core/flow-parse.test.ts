import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const budget = (page: string) => `app:\n  baseUrl: http://127.0.0.1:3000\npages:\n  - name: shop\n    url: /shop\n${page}`;

const errorsOf = (text: string) => budgetErrors(text, { env: { CARD: '4242' } });

describe('flows and setup scripts in the budget', () => {
  it('resolve steps: URLs absolute, waits as times or selectors, typed text from the environment', () => {
    const plan = parseBudget(
      budget(`    flow:
      steps:
        - click: '#filter'
        - wait: 500ms
        - wait: '.results li'
        - type: { selector: '#card', text: '\${CARD}' }
        - scroll: 800
        - scroll: { selector: footer }
        - navigate: /cart
        - snapshot: cart open
      stepTimeout: 5s
    finalUrl: /cart
`),
      'b.yml',
      '/r',
      { env: { CARD: '4242' } },
    );
    const page = plan.pages[0];
    expect(page?.flow).toEqual({
      kind: 'steps',
      stepTimeoutMs: 5000,
      steps: [
        { kind: 'click', selector: '#filter' },
        { kind: 'wait', ms: 500 },
        { kind: 'wait', selector: '.results li' },
        { kind: 'type', selector: '#card', text: '4242' },
        { kind: 'scroll', pixels: 800 },
        { kind: 'scroll', selector: 'footer' },
        { kind: 'navigate', url: 'http://127.0.0.1:3000/cart' },
        { kind: 'snapshot', name: 'cart open' },
      ],
    });
    expect(page?.finalUrl).toBe('http://127.0.0.1:3000/cart');
    expect(page?.finalUrlLine).toBe(17);
    expect(plan.secrets).toEqual(['4242']);
  });

  it('resolve a flow script and setup scripts against the budget file, a page replacing or dropping the default', () => {
    const plan = parseBudget(
      `app: { baseUrl: 'http://127.0.0.1:3000' }
setup: { script: setup/login.mjs, values: { user: demo } }
pages:
  - { name: a, url: /a, flow: { script: flows/a.mjs, timeout: 90s } }
  - { name: b, url: /b, setup: other.mjs }
  - { name: c, url: /c, setup: false }
`,
      'b.yml',
      '/repo/perf',
    );
    const [a, b, c] = plan.pages;
    expect(a?.setup).toEqual({ file: '/repo/perf/setup/login.mjs', name: 'setup/login.mjs', timeoutMs: 30_000, values: { user: 'demo' } });
    expect(a?.flow).toEqual({ kind: 'script', file: '/repo/perf/flows/a.mjs', name: 'flows/a.mjs', timeoutMs: 90_000, values: {} });
    expect(b?.setup?.file).toBe('/repo/perf/other.mjs');
    expect(c?.setup).toBeUndefined();
  });

  it('name what is wrong with a step, a flow and a setup', () => {
    expect(errorsOf(budget("    flow: [{ tap: '#x' }]\n"))).toEqual([
      'b.yml:6:12: pages[0].flow[0]: expected a step like { click: "#buy" }: navigate, click, type, scroll, wait or snapshot',
    ]);
    expect(errorsOf(budget('    flow: []\n'))).toEqual(['b.yml:6:11: pages[0].flow: expected at least 1 entry']);
    expect(errorsOf(budget('    flow: { stepTimeout: 5s }\n'))).toEqual([
      'b.yml:6:11: pages[0].flow: expected a list of steps, { steps, stepTimeout }, or { script, timeout, values }',
    ]);
    expect(errorsOf(budget('    setup: 42\n'))).toEqual([
      "b.yml:6:12: pages[0].setup: expected a script path like 'login.mjs', { script, timeout, values }, or false",
    ]);
    expect(errorsOf(budget("    flow: [{ type: { selector: '#q', text: '${QUERY}' } }]\n"))).toEqual([
      'b.yml:6:44: pages[0].flow[0].type.text: ${QUERY} is not set in the environment (or empty); expected the workflow to pass it, e.g. env: { QUERY: ${{ secrets.QUERY }} }',
    ]);
    expect(errorsOf(budget('    thresholds: [inp < 200ms, interaction-to-next-paint < 1s]\n'))).toEqual([]);
  });
});
