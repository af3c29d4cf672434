import { readFileSync } from 'node:fs';
import { admin, callOk } from '../../test/fixtures/core';
import type { BenchResult } from '../run';
import { createOffice, packageFile, registerFromCard } from './exchange-offices.fixture';

/**
 * `tsx exchange-undo.fixture.ts DIR ID`: the province (a new database in DIR) imports the package ID left
 * in DIR (exchange-phases.fixture.ts made it), then undoes that import (timed), in a process of its own.
 * Prints its results as JSON.
 */
async function importThenUndo(dir: string, id: string): Promise<BenchResult[]> {
  const province = await createOffice(dir, { id: 'CAT', code: '31', level: 'province' });
  await registerFromCard(province, dir, id);
  const contentBase64 = readFileSync(packageFile(dir, id)).toString('base64');
  const t0 = performance.now();
  const r = await callOk(province, 'exchange.importPackage', { contentBase64 }, admin);
  if (!r.applied) throw new Error(`the package of ${id} was not applied`);
  const t1 = performance.now();
  await callOk(province, 'exchange.undoLastImport', { officeId: id }, admin);
  const t2 = performance.now();
  const left = province.env.store.get<{ n: number }>('SELECT count(*) AS n FROM propaganda_sessions')?.n ?? -1;
  if (left !== 0) throw new Error(`the undo left ${left} sessions`);
  province.close();
  return [
    { name: 'exchange undo: the 100k import it undoes', value: (t1 - t0) / 1000, unit: 's' },
    { name: 'exchange undo: undo of the 100k import', value: (t2 - t1) / 1000, unit: 's' },
  ];
}

if (process.argv[2])
  void importThenUndo(process.argv[2], process.argv[3] ?? '')
    .then((results) => process.stdout.write(`${JSON.stringify(results)}\n`))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
