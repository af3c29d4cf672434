import type { ImportKind } from '../../contract/imports/imports.contract';
import { columnMap, type SheetColumn } from '../../contract/records/column-map';
import { securityModelColumns } from '../../contract/models/security-model.columns';
import { recipientColumns } from '../../contract/commendations/recipient.columns';
import type { z } from 'zod';
import type { AnyKind, RecordFields } from '../../contract/records/define-kind';
import type { AnyMethod, MethodContext } from '../api/define';
import { commendationsDomain } from '../commendations';
import { modelsDomain } from '../models';
import { outcomeKind, outcomeRules, outcomesDomain } from '../outcomes';
import { bulkDeletes } from '../audit';
import { checkNewRecord, createCheckedRecords, createRecord, deleteRecords, type KindRules } from '../records';
import { registrationKind, registrationRules, registrationsDomain } from '../registrations';
import { sessionKind, sessionRules, sessionsDomain } from '../sessions';

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
  /** The create input's schema, which each row's values must pass. */
  input: z.ZodType;
  /** Creates a record from a row's input (after the schema) with the domain's own rules; its new id. */
  create(ctx: MethodContext, input: unknown): string;
  /**
   * Checks a row's input against the rules and the stored data without inserting it, where the kind
   * allows (a preview of 10,000 rows then costs half); absent: a preview creates and rolls back.
   */
  check?(ctx: MethodContext, input: unknown): void;
  /**
   * Creates the rows' inputs (after the schema), each checked by `check` with nothing written in between,
   * in one bulk write; answers their ids in order. Only where records of the kind never depend on each
   * other (no uniqueness rule: two rows of one unit and month must meet the first one's insert).
   */
  createMany?(ctx: MethodContext, inputs: readonly unknown[], onWritten?: (written: number) => void): string[];
  /** Input fields every row gets besides its cells (fields left out of the sheet, the chosen decision). */
  fixed(decisionId: string | null): Record<string, unknown>;
  remove: AnyMethod;
  /**
   * Deletes many of the import's own records, none edited since (checked by the undo), as `remove` would
   * each, in a few statements (a 10,000-row undo); absent: the undo runs `remove` per record.
   */
  removeMany?(ctx: MethodContext, ids: readonly string[]): void;
  /** The delete method's input for a record still at version 1. */
  removeInput(id: string): Record<string, unknown>;
  /** A fixed table name (never from a caller), for the version check of an undo. */
  table: string;
  /** The change-feed kind whose grids reload after an import or undo. */
  feed: string;
}

/** A kind's rows go through its rules and insert without being read back (10,000 rows in seconds). */
function kindCreate<K extends AnyKind>(
  kind: K,
  rules: KindRules<K>,
): Pick<ImportTarget, 'input' | 'create' | 'check' | 'createMany' | 'removeMany'> {
  const oneByOne = {
    // The kind's delete method reads, checks ownership (an import's records are this office's) and the
    // version (1: the undo checked it), then deletes: set-based, only the delete is left.
    removeMany: (ctx: MethodContext, ids: readonly string[]) =>
      bulkDeletes(ctx.env, ctx.db, kind.table, ids, () => deleteRecords(ctx.db, kind, ids)),
    input: kind.createInput,
    create: (ctx: MethodContext, input: unknown) => createRecord(ctx, kind, rules, input as RecordFields<K>),
    check: (ctx: MethodContext, input: unknown) => checkNewRecord(ctx, rules, input as RecordFields<K>),
  };
  if (rules.conflicts) return oneByOne;
  return { ...oneByOne, createMany: (ctx, inputs, onWritten) => createCheckedRecords(ctx, kind, inputs as RecordFields<K>[], onWritten) };
}

/** Models and recipients go through their create method; `key` holds the record in its answer. */
function methodCreate(method: AnyMethod, key?: string): Pick<ImportTarget, 'input' | 'create'> {
  return {
    input: method.input,
    create: (ctx, input) => {
      const created: unknown = method.handler(ctx, input);
      // These create methods are synchronous: they run inside the import's transaction.
      if (created instanceof Promise) throw new Error(`${method.name} is asynchronous; an import cannot run it`);
      const holder: unknown = key ? Reflect.get(created as object, key) : created;
      return String(Reflect.get(holder as object, 'id'));
    },
  };
}
const unversioned = (id: string) => ({ id, expectedVersion: 1 });

const TARGETS: Record<ImportKind, ImportTarget> = {
  models: {
    kind: 'models',
    noun: 'mô hình',
    columns: securityModelColumns,
    ...methodCreate(modelsDomain.methods['models.create']),
    fixed: () => ({}),
    remove: modelsDomain.methods['models.delete'],
    removeInput: unversioned,
    table: 'security_models',
    feed: 'models',
  },
  sessions: {
    kind: 'sessions',
    noun: sessionKind.noun,
    columns: columnMap(sessionKind),
    ...kindCreate(sessionKind, sessionRules),
    fixed: () => ({}),
    remove: sessionsDomain.methods['sessions.delete'],
    removeInput: unversioned,
    table: sessionKind.table,
    feed: 'sessions',
  },
  outcomes: {
    kind: 'outcomes',
    noun: outcomeKind.noun,
    columns: columnMap(outcomeKind),
    // A unit-month that has a row already is refused (the kind's uniqueness rule), never overwritten by a file.
    ...kindCreate(outcomeKind, outcomeRules),
    fixed: () => ({}),
    remove: outcomesDomain.methods['outcomes.delete'],
    removeInput: unversioned,
    table: outcomeKind.table,
    feed: 'outcomes',
  },
  registrations: {
    kind: 'registrations',
    noun: registrationKind.noun,
    columns: columnMap(registrationKind),
    ...kindCreate(registrationKind, registrationRules),
    fixed: () => ({}),
    remove: registrationsDomain.methods['registrations.delete'],
    removeInput: unversioned,
    table: registrationKind.table,
    feed: 'registrations',
  },
  recipients: {
    kind: 'recipients',
    noun: 'người/tập thể được khen',
    columns: recipientColumns,
    ...methodCreate(commendationsDomain.methods['commendations.addRecipient'], 'recipient'),
    // A list of people without a "Loại" column is a list of individuals.
    fixed: (decisionId) => ({ decisionId, kind: 'individual' }),
    remove: commendationsDomain.methods['commendations.deleteRecipient'],
    removeInput: unversioned,
    table: 'commendation_recipients',
    feed: 'commendations',
  },
};

export function importTarget(kind: ImportKind): ImportTarget {
  return TARGETS[kind];
}
