import { describe, expect, it } from 'vitest';
import { isCallProgress, isChangesPage } from '../../../src-main/preload/changes-page';

describe('the preload passes on only change-feed pages', () => {
  it('accepts a page of changes, with ids or with null (many changed), and a reset', () => {
    expect(
      isChangesPage({
        cursor: 'ab:3',
        changes: [
          { kind: 'models', ids: ['x'] },
          { kind: 'units', ids: null },
        ],
        reset: false,
      }),
    ).toBe(true);
    expect(isChangesPage({ cursor: 'ab:0', changes: [], reset: true })).toBe(true);
  });

  it('refuses anything else', () => {
    const bad: unknown[] = [
      null,
      'page',
      { cursor: 1, changes: [], reset: false },
      { cursor: 'a', changes: {}, reset: false },
      { cursor: 'a', changes: [], reset: 'no' },
      { cursor: 'a', changes: [{ kind: 'models' }], reset: false },
      { cursor: 'a', changes: [{ kind: 'models', ids: [1] }], reset: false },
      { cursor: 'a', changes: [null], reset: false },
    ];
    for (const data of bad) expect(isChangesPage(data), JSON.stringify(data)).toBe(false);
  });
});

describe('the preload passes on only progress reports', () => {
  it('accepts a report and refuses anything else', () => {
    expect(isCallProgress({ method: 'exchange.exportPackage', label: 'Ghi bản ghi vào gói', done: 3, total: 9 })).toBe(true);
    const bad: unknown[] = [null, 'progress', { method: 'm', label: 'l', done: '3', total: 9 }, { method: 'm', done: 1, total: 2 }];
    for (const data of bad) expect(isCallProgress(data), JSON.stringify(data)).toBe(false);
  });
});
