import type { ApiContract } from '../../contract';
import type { Domain } from '../api/domain';
import { mergeUnique, type Merged } from '../../contract/method-spec';
import { joinStepParts } from '../db/migration-parts';
import type { Migration } from '../db/migrations';
import { authDomain } from '../auth';
import { auditDomain } from '../audit';
import { cataloguesDomain } from '../catalogues';
import { changesDomain } from '../changes';
import { certificatesDomain } from '../certificates';
import { commendationsDomain } from '../commendations';
import { draftsDomain } from '../drafts';
import { importsDomain } from '../imports';
import { exchangeDomain } from '../exchange';
import { modelsDomain } from '../models';
import { outcomesDomain } from '../outcomes';
import { registrationsDomain } from '../registrations';
import { reportsDomain } from '../reports';
import { sessionsDomain } from '../sessions';
import { systemDomain } from '../system';
import { unitsDomain } from '../units';
import { usersDomain } from '../users';

/**
 * Every domain of the app, listed once. Migration versions are ranged per domain so parallel work does
 * not collide: 1–9 system · 10–19 units and catalogues · 20–29 models · 30–39 sessions · 40–49 outcomes ·
 * 50–59 registrations · 60–69 commendations · 70–79 certificates · 80–89 report indexes · 100–109 drafts ·
 * 120–124 users and auth · 130–134 audit · 140–149 exchange · 150–154 imports ·
 * 170–174 certificate layouts. Steps 80 and 81 were released from
 * reports/; the domains that own the tables now declare them, and step 80's parts
 * (one per table) are joined back into one step (db/migration-parts.ts).
 */
export const domains = [
  systemDomain,
  unitsDomain,
  cataloguesDomain,
  modelsDomain,
  sessionsDomain,
  outcomesDomain,
  registrationsDomain,
  commendationsDomain,
  certificatesDomain,
  reportsDomain,
  changesDomain,
  draftsDomain,
  usersDomain,
  authDomain,
  importsDomain,
  auditDomain,
  exchangeDomain,
] as const satisfies readonly Domain[];

type MethodMaps<T extends readonly Domain[]> = { [K in keyof T]: T[K]['methods'] };

/** Every API method, keyed by name; a name declared by two domains fails at load. */
// map() loses the tuple's element types; the values are exactly each domain's methods, in order.
export const methods = mergeUnique(domains.map((d) => d.methods) as unknown as MethodMaps<typeof domains>);

export type Methods = Merged<MethodMaps<typeof domains>>;

// The registry and the pure contract name the same methods: a domain left out of either fails to compile
// (test/core/api/contract.test.ts checks the same at run time, with the spec objects).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _registryMatchesContract: SameKeys<Methods, ApiContract> = true;

/** Every schema step, by version. */
export const migrations: readonly Migration[] = joinStepParts(domains.flatMap((d) => d.migrations));
