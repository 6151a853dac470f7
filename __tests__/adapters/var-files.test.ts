// A budget's vars read from CSV files: each file read once, the columns each var asks for, and one line for each
// file that is missing, too large, malformed or without the column.
import { describe, expect, it } from '@jest/globals';
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBudgetFile } from '../../src/adapters/files/budget-file.js';
import { maxVarFileBytes } from '../../src/adapters/files/var-files.js';
import { ConfigError } from '../../src/core/errors.js';
import { requestSource } from '../../src/core/workload/request-source.js';
import { tempDir } from '../helpers/processes.js';

const budget = (vars: string) => `app:
  baseUrl: http://127.0.0.1:3000
endpoints:
  - name: order
    url: /api/orders/{order_id}?customer={customer}
    vars:
${vars}`;

async function errorsOf(dir: string): Promise<string[]> {
  try {
    await readBudgetFile('perf-budget.yml', dir);
  } catch (e) {
    if (e instanceof ConfigError) return e.lines;
    throw e;
  }
  return [];
}

describe('vars from CSV files', () => {
  it('reads the columns each var asks for, quoted fields and a BOM included, empty cells left out', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'orders.csv'), '\uFEFFid,customer,note\r\n17,"Acme, Inc.",x\r\n18,Globex,\r\n,Initech,y\r\n');
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      budget('      order_id: { file: orders.csv, column: id, order: sequence }\n      customer: { file: orders.csv, column: customer, order: sequence }\n'),
    );
    const plan = await readBudgetFile('perf-budget.yml', dir);
    const next = requestSource(plan.endpoints[0]!)!;
    expect([next(), next(), next()].map((r) => r.path)).toEqual([
      '/api/orders/17?customer=Acme%2C%20Inc.',
      '/api/orders/18?customer=Globex',
      '/api/orders/17?customer=Initech',
    ]);
  });

  it('says which file is missing, which column it lacks, where it is malformed, and refuses one over the size limit', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ids.csv'), 'id\n1\n');
    writeFileSync(path.join(dir, 'bad.csv'), 'id,name\n1,"open\n');
    writeFileSync(path.join(dir, 'huge.csv'), '');
    truncateSync(path.join(dir, 'huge.csv'), maxVarFileBytes + 1);
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      budget('      order_id: { file: ids.csv, column: order }\n      customer: { file: nowhere.csv, column: name }\n'),
    );
    const lines = await errorsOf(dir);
    expect(lines).toEqual([
      "perf-budget.yml:7: endpoints[0].vars.order_id.column: ids.csv has no column 'order' (its header: id)",
      expect.stringMatching(/^perf-budget\.yml:8: endpoints\[0\]\.vars\.customer\.file: nowhere\.csv: no such file \(looked at .*nowhere\.csv\)$/),
    ]);
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      budget('      order_id: { file: bad.csv, column: id }\n      customer: { file: huge.csv, column: name }\n'),
    );
    expect(await errorsOf(dir)).toEqual([
      expect.stringMatching(/^bad\.csv:2: .*quote.* \(read for perf-budget\.yml:7: endpoints\[0\]\.vars\.order_id\.file\)$/i),
      'perf-budget.yml:8: endpoints[0].vars.customer.file: huge.csv has 52,428,801 bytes; expected at most 50 MB (its values are held in memory)',
    ]);
  });
});
