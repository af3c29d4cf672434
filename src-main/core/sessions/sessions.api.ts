import { handle } from '../api/define';
import { sessionsContract } from '../../contract/sessions/sessions.contract';
import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { applyPatch, checkSortColumns, parseListFilters } from '../records';
import { Session, SESSION_SORT_COLUMNS, SessionFilters, type SessionFields } from '../../contract/sessions/session';
import { checkSession } from './sessions.checks';
import { listSessions } from './sessions-list.repo';
import { deleteSession, findSession, insertSession, sessionIdTaken, updateSession } from './sessions.repo';

function mustFind(db: ReadDb, id: string): Session {
  const found = findSession(db, id);
  if (!found) throw new AppError('NOT_FOUND', 'Không tìm thấy buổi tuyên truyền này; có thể nó đã bị xoá.');
  return found;
}

function fieldsOf(s: Session): SessionFields {
  const { heldOn, unitId, venueKindId, formId, topic, presenter, attendees, householdsCommitted, materialsDistributed, modelId, note } = s;
  return { heldOn, unitId, venueKindId, formId, topic, presenter, attendees, householdsCommitted, materialsDistributed, modelId, note };
}

/** One page of propaganda sessions, filtered, sorted and searched in SQL. */
export const listSessionsMethod = handle(sessionsContract, 'sessions.list', (ctx, q) => listSessions(ctx.db, { ...q, sort: checkSortColumns(q.sort, SESSION_SORT_COLUMNS) }, parseListFilters(SessionFilters, q.filters)));

/** One propaganda session. */
export const getSession = handle(sessionsContract, 'sessions.get', (ctx, { id }) => mustFind(ctx.db, id));

/** Records a propaganda session (buổi tuyên truyền). */
export const createSession = handle(sessionsContract, 'sessions.create', (ctx, { id: wanted, ...fields }) => {
    if (wanted !== undefined && sessionIdTaken(ctx.db, wanted)) throw new AppError('CONFLICT', 'Buổi tuyên truyền này đã có trong sổ (trùng mã).');
    checkSession(ctx.db, fields, null, ctx.now);
    const id = wanted ?? ctx.newId();
    insertSession(ctx.db, id, fields, ctx.now);
    return mustFind(ctx.db, id);
  });

/** Changes some fields of a session; absent fields keep their value. */
export const updateSessionMethod = handle(sessionsContract, 'sessions.update', (ctx, { id, ...patch }) => {
    const stored = fieldsOf(mustFind(ctx.db, id));
    const next = applyPatch(stored, patch);
    checkSession(ctx.db, next, stored, ctx.now);
    updateSession(ctx.db, id, next, ctx.now);
    return mustFind(ctx.db, id);
  });

/** Deletes a session; returns it as it was, so the grid can offer undo (create with the same id). */
export const deleteSessionMethod = handle(sessionsContract, 'sessions.delete', (ctx, { id }) => {
    const stored = mustFind(ctx.db, id);
    deleteSession(ctx.db, id);
    return stored;
  });
