import type { ImportKind } from '../../contract/imports/imports.contract';
import { columnMap, type SheetColumn } from '../../contract/records/column-map';
import { securityModelColumns } from '../../contract/models/security-model.columns';
import { recipientColumns } from '../../contract/commendations/recipient.columns';
import type { AnyMethod } from '../api/define';
import { commendationsDomain } from '../commendations';
import { modelsDomain } from '../models';
import { outcomeKind, outcomesDomain } from '../outcomes';
import { registrationKind, registrationsDomain } from '../registrations';
import { sessionKind, sessionsDomain } from '../sessions';

/**
 * Where the rows of an import go, for each kind: its columns (the kind's column map, or the one declared
 * beside models and recipients), the domain's own create method (so a row meets every rule a grid
 * entry meets) and delete method (what an undo runs), the table whose `version` tells an edited record.
 */
export interface ImportTarget {
  kind: ImportKind;
  /** The Vietnamese noun of the records in messages. */
  noun: string;
  columns: readonly SheetColumn[];
  create: AnyMethod;
  /** Input fields every row gets besides its cells (fields left out of the sheet, the chosen decision). */
  fixed(decisionId: string | null): Record<string, unknown>;
  /** The new record's id in the create method's answer. */
  idOf(created: unknown): string;
  remove: AnyMethod;
  /** The delete method's input for a record still at version 1. */
  removeInput(id: string): Record<string, unknown>;
  /** A fixed table name (never from a caller), for the version check of an undo. */
  table: string;
  /** The change-feed kind whose grids reload after an import or undo. */
  feed: string;
}

const idField = (key?: string) => (created: unknown) => {
  const holder = key ? Reflect.get(created as object, key) : created;
  return String(Reflect.get(holder as object, 'id'));
};
const unversioned = (id: string) => ({ id, expectedVersion: 1 });

const TARGETS: Record<ImportKind, ImportTarget> = {
  models: {
    kind: 'models',
    noun: 'mô hình',
    columns: securityModelColumns,
    create: modelsDomain.methods['models.create'],
    fixed: () => ({}),
    idOf: idField(),
    remove: modelsDomain.methods['models.delete'],
    removeInput: unversioned,
    table: 'security_models',
    feed: 'models',
  },
  sessions: {
    kind: 'sessions',
    noun: sessionKind.noun,
    columns: columnMap(sessionKind),
    create: sessionsDomain.methods['sessions.create'],
    fixed: () => ({}),
    idOf: idField(),
    remove: sessionsDomain.methods['sessions.delete'],
    removeInput: unversioned,
    table: sessionKind.table,
    feed: 'sessions',
  },
  outcomes: {
    kind: 'outcomes',
    noun: outcomeKind.noun,
    columns: columnMap(outcomeKind),
    // No `mode`: a unit-month that has a row already is refused (EXISTS), never overwritten by a file.
    create: outcomesDomain.methods['outcomes.save'],
    fixed: () => ({}),
    idOf: idField('outcome'),
    remove: outcomesDomain.methods['outcomes.delete'],
    removeInput: unversioned,
    table: outcomeKind.table,
    feed: 'outcomes',
  },
  registrations: {
    kind: 'registrations',
    noun: registrationKind.noun,
    columns: columnMap(registrationKind),
    create: registrationsDomain.methods['registrations.create'],
    fixed: () => ({}),
    idOf: idField(),
    remove: registrationsDomain.methods['registrations.delete'],
    removeInput: unversioned,
    table: registrationKind.table,
    feed: 'registrations',
  },
  recipients: {
    kind: 'recipients',
    noun: 'người/tập thể được khen',
    columns: recipientColumns,
    create: commendationsDomain.methods['commendations.addRecipient'],
    // A list of people without a "Loại" column is a list of individuals.
    fixed: (decisionId) => ({ decisionId, kind: 'individual' }),
    idOf: idField('recipient'),
    remove: commendationsDomain.methods['commendations.deleteRecipient'],
    removeInput: unversioned,
    table: 'commendation_recipients',
    feed: 'commendations',
  },
};

export function importTarget(kind: ImportKind): ImportTarget {
  return TARGETS[kind];
}
