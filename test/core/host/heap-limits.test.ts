import { describe, expect, it } from 'vitest';
import { CORE_HEAP_LIMITS, openCoreHost } from '../../../src-main/core/host/core-host';
import { RESOURCES_DIR } from '../../fixtures/core';
import { HEAP_REPORTING_WORKER } from '../../fixtures/core-host';

async function heapLimitMbOfWorker(heapLimits?: typeof CORE_HEAP_LIMITS): Promise<number> {
  const opened = openCoreHost({ dbPath: null, resourcesDir: RESOURCES_DIR, worker: HEAP_REPORTING_WORKER, heapLimits });
  const err: unknown = await opened.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof Error)) throw new Error('the heap-reporting worker should answer open-failed');
  return (JSON.parse(err.message) as { heapLimitMb: number }).heapLimitMb;
}

describe('the core thread heap', () => {
  it('is capped, so a 10,000-certificate print cannot grow the process with its allocation rate', async () => {
    const old = CORE_HEAP_LIMITS.maxOldGenerationSizeMb ?? 0;
    const young = CORE_HEAP_LIMITS.maxYoungGenerationSizeMb ?? 0;
    expect(old).toBeGreaterThanOrEqual(512); // room for an imported workbook read with exceljs (STACK.md)
    const limit = await heapLimitMbOfWorker();
    expect(limit).toBeGreaterThanOrEqual(old);
    expect(limit).toBeLessThanOrEqual(old + young + 16);
  });

  it('takes other limits when a benchmark asks for them', async () => {
    expect(await heapLimitMbOfWorker({ maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 })).toBeLessThanOrEqual(256 + 8 + 16);
  });
});
