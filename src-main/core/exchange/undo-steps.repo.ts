import type { ReadDb, WriteTx } from '../db/types';

/**
 * One undo step of a received package, in the order the import did them: a record replaced or deleted
 * (its row before, as JSON), a unit or catalogue entry created (`before` null), or, in databases from
 * before version 165, one record added (`before` null).
 */
export interface RecordStep {
  target: string;
  recordId: string;
  before: string | null;
}

/** The records one import added to a kind, by id: undone by deleting them all at once. */
export interface AddedStep {
  target: string;
  added: readonly string[];
}

export type UndoStep = RecordStep | AddedStep;

export const isAddedStep = (s: UndoStep): s is AddedStep => 'added' in s;

/** Steps per INSERT into exchange_undo: 200 to a statement (1,000 bound values). */
const STEPS_PER_INSERT = 200;
/** Ids per row of exchange_undo_added: one JSON list each, so a 100k import stores ten rows. */
const IDS_PER_PART = 10_000;

function insertRecordSteps(tx: WriteTx, receivedSeq: number, steps: readonly { at: number; step: RecordStep }[]): void {
  for (let i = 0; i < steps.length; i += STEPS_PER_INSERT) {
    const part = steps.slice(i, i + STEPS_PER_INSERT);
    tx.run(
      `INSERT INTO exchange_undo (received_seq, step, target, record_id, before) VALUES ${part.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      part.flatMap(({ at, step: s }) => [receivedSeq, at, s.target, s.recordId, s.before]),
    );
  }
}

function insertAddedStep(tx: WriteTx, receivedSeq: number, at: number, step: AddedStep): void {
  for (let i = 0, part = 0; i < step.added.length; i += IDS_PER_PART, part += 1)
    tx.run('INSERT INTO exchange_undo_added (received_seq, step, part, target, ids) VALUES (?, ?, ?, ?, ?)', [
      receivedSeq,
      at,
      part,
      step.target,
      JSON.stringify(step.added.slice(i, i + IDS_PER_PART)),
    ]);
}

/**
 * Stores an import's undo steps, numbered in order. The records it added are kept as id lists (a few
 * rows however many records, migration 165), the rest one row per record (their rows before).
 */
export function insertUndoSteps(tx: WriteTx, receivedSeq: number, steps: readonly UndoStep[]): void {
  const records: { at: number; step: RecordStep }[] = [];
  steps.forEach((step, at) => {
    if (isAddedStep(step)) {
      if (step.added.length > 0) insertAddedStep(tx, receivedSeq, at, step);
    } else records.push({ at, step });
  });
  insertRecordSteps(tx, receivedSeq, records);
}

/** The undo steps of an import, last first (they are undone in reverse), old and new storage alike. */
export function undoSteps(db: ReadDb, receivedSeq: number): UndoStep[] {
  const rows = db.all<{ step: number; target: string; recordId: string | null; before: string | null; ids: string | null }>(
    `SELECT step, target, record_id AS recordId, before, NULL AS ids, 0 AS part FROM exchange_undo WHERE received_seq = ?
     UNION ALL SELECT step, target, NULL, NULL, ids, part FROM exchange_undo_added WHERE received_seq = ?
     ORDER BY step DESC, part`,
    [receivedSeq, receivedSeq],
  );
  const steps: UndoStep[] = [];
  // The parts of one step follow each other: they extend the list of the step before.
  let open: { step: number; ids: string[] } | undefined;
  for (const r of rows) {
    if (r.ids === null) {
      steps.push({ target: r.target, recordId: r.recordId ?? '', before: r.before });
      continue;
    }
    // Written by insertAddedStep: a JSON list of ids.
    const ids = JSON.parse(r.ids) as string[];
    if (open !== undefined && open.step === r.step) for (const id of ids) open.ids.push(id);
    else {
      open = { step: r.step, ids };
      steps.push({ target: r.target, added: ids });
    }
  }
  return steps;
}
