import type { SecurityModelFields } from '../../contract/models/security-model';

/** A model's fields after defaults, as rules and the repo see them. */
export interface SecurityModelDraft {
  typeId: string;
  name: string;
  unitId: string;
  hostOrganisationId: string | null;
  foundedOn: string;
  sites: number | null;
  teams: number | null;
  members: number | null;
  households: number | null;
  leader: string | null;
  note: string | null;
}

export function toModelDraft(f: SecurityModelFields): SecurityModelDraft {
  return {
    typeId: f.typeId,
    name: f.name,
    unitId: f.unitId,
    hostOrganisationId: f.hostOrganisationId ?? null,
    foundedOn: f.foundedOn,
    sites: f.sites ?? null,
    teams: f.teams ?? null,
    members: f.members ?? null,
    households: f.households ?? null,
    leader: f.leader ?? null,
    note: f.note ?? null,
  };
}
