import type { UnitFields, UnitKind } from '../../contract/units/unit';

/** A unit's fields after defaults: what rules and the repo work on. */
export interface UnitDraft {
  code: string | null;
  name: string;
  kind: UnitKind;
  subkind: string | null;
  parentId: string | null;
  validFrom: string | null;
  validUntil: string | null;
  note: string | null;
}

export function toDraft(f: UnitFields): UnitDraft {
  return {
    code: f.code ?? null,
    name: f.name,
    kind: f.kind,
    subkind: f.subkind ?? null,
    parentId: f.parentId ?? null,
    validFrom: f.validFrom ?? null,
    validUntil: f.validUntil ?? null,
    note: f.note ?? null,
  };
}
