import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { makeTestCore } from '../../fixtures/core';

describe('commendations schema (migration 60)', () => {
  let core: Core;
  beforeEach(async () => {
    core = await makeTestCore();
  });
  afterEach(() => core.close());

  it('creates the decision, recipient and registry counter tables', () => {
    const names = core.env.store
      .all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'commendation%' ORDER BY name")
      .map((r) => r.name);
    expect(names).toEqual(['commendation_decisions', 'commendation_recipients', 'commendation_registry_counters']);
  });

  it('refuses a decision whose authority is not a catalogue entry', () => {
    expect(() =>
      core.env.store.write((tx) =>
        tx.run(
          `INSERT INTO commendation_decisions (id, number, number_search, signed_on, year, authority_id, signer_title, signer_name, award_form_id, created_at, updated_at)
           VALUES ('d1', '1', '1', '2026-12-01', 2026, 'missing', 'GIÁM ĐỐC', 'A', 'missing', 'x', 'x')`,
        ),
      ),
    ).toThrow(/FOREIGN KEY/);
  });
});
