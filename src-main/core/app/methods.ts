import type { AnyMethod } from '../api/define';
import { catalogueMethods } from '../catalogues';
import { certificatesMethods } from '../certificates';
import { commendationsMethods } from '../commendations';
import { modelsMethods } from '../models';
import { outcomesMethods } from '../outcomes';
import { registrationsMethods } from '../registrations';
import { reportsMethods } from '../reports';
import { sessionsMethods } from '../sessions';
import { systemMethods } from '../system';
import { unitsMethods } from '../units';

/** Every API method of the app, keyed by name. The contract types and `GET /api/schema` derive from it. */
export const methods = {
  ...systemMethods,
  ...unitsMethods,
  ...catalogueMethods,
  ...modelsMethods,
  ...sessionsMethods,
  ...outcomesMethods,
  ...registrationsMethods,
  ...commendationsMethods,
  ...certificatesMethods,
  ...reportsMethods,
};

export type Methods = typeof methods;

/** The domain maps, for the startup check that no two domains declare the same name. */
export const methodMaps: readonly Readonly<Record<string, AnyMethod>>[] = [
  systemMethods,
  unitsMethods,
  catalogueMethods,
  modelsMethods,
  sessionsMethods,
  outcomesMethods,
  registrationsMethods,
  commendationsMethods,
  certificatesMethods,
  reportsMethods,
];
