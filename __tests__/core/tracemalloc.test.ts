// tracemalloc snapshots, as perf-gate's Python sampler writes them, added up by the app's own source line.
import { describe, expect, it } from '@jest/globals';
import { grownClasses, memoryWhyLines } from '../../src/core/diagnosis/memory-growth.js';
import { sourceLabel, tracemallocSummary } from '../../src/core/diagnosis/tracemalloc.js';

const root = '/srv/shop';
const django = '/srv/shop/.venv/lib/python3.11/site-packages/django/db/models/base.py:537';
const view = '/srv/shop/shop/views.py:51';
const worker = '/usr/lib/python3/dist-packages/gunicorn/workers/sync.py:135';

describe('a tracemalloc snapshot', () => {
  it('names files from the checkout, or from their package directory (a virtualenv in the checkout is not the app)', () => {
    expect(sourceLabel(view, root)).toBe('shop/views.py:51');
    expect(sourceLabel(django, root)).toBe('django/db/models/base.py:537');
    expect(sourceLabel(worker, root)).toBe('gunicorn/workers/sync.py:135');
    expect(sourceLabel('/usr/lib/python3.11/json/encoder.py:202', root)).toBe('python3.11/json/encoder.py:202');
    expect(sourceLabel('<frozen importlib._bootstrap>:241', root)).toBe('<frozen importlib._bootstrap>:241');
  });

  it("adds up the processes' tracebacks by their innermost app line, with the library line that allocated most under it", () => {
    const one = `traced 5000000
40000 100 ${worker};${view};${django}
2000 10 ${worker};${view}
900 3 ${worker}`;
    const two = `traced 3000000
10000 20 ${worker};${view};/srv/shop/.venv/lib/python3.11/site-packages/django/db/models/query.py:90`;
    const { summary, allocatedIn } = tracemallocSummary([one, two], root);
    expect(summary.heapBytes).toBe(8_000_000);
    expect(summary.classes['shop/views.py:51']).toEqual({ count: 130, retained: 52_000, own: 52_000 });
    // Nothing of the app's under it: the innermost line is the place.
    expect(summary.classes['gunicorn/workers/sync.py:135']).toEqual({ count: 3, retained: 900, own: 900 });
    expect(allocatedIn.get('shop/views.py:51')).toBe('django/db/models/base.py:537');
    expect(allocatedIn.has('gunicorn/workers/sync.py:135')).toBe(false);
  });

  it('says which source line kept allocating memory that stays, or that none did', () => {
    const snap = (requests: number, kb: number) => ({
      requests,
      summary: tracemallocSummary([`traced ${kb * 2048}\n${kb * 1024} ${kb} ${worker};${view};${django}`], root).summary,
    });
    const grew = grownClasses([snap(0, 100), snap(500, 600), snap(1000, 1100)], () => 'django/db/models/base.py:537', 'tracemalloc');
    expect(grew.by).toBe('tracemalloc');
    expect(memoryWhyLines(grew)).toEqual([
      '`shop/views.py:51` kept allocating memory that stays: 100 KB → 600 KB → 1.07 MB held, 100 → 600 → 1100 blocks (+1,000 KB per 1,000 requests), allocated in `django/db/models/base.py:537`',
    ]);
    const flat = grownClasses([snap(0, 100), snap(500, 100), snap(1000, 100)], () => undefined, 'tracemalloc');
    expect(memoryWhyLines(flat)[0]).toMatch(
      /^no source line kept growing in 3 tracemalloc snapshots of head \(traced 200 KB → 200 KB → 200 KB\): the growth is outside Python's allocator/,
    );
  });
});
