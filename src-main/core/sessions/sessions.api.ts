import { z } from 'zod';
import { defineMethod } from '../api/define';
import { AppError } from '../api/errors';
import { ListQuery, listPage } from '../../contract/list-query';
import type { ReadDb } from '../db/types';
import { applyPatch, checkSortColumns, parseListFilters, recordId } from '../records';
import { Session, SESSION_SORT_COLUMNS, SessionCreateInput, SessionFilters, SessionUpdateInput, type SessionFields } from './session';
import { checkSession } from './sessions.checks';
import { listSessions } from './sessions-list.repo';
import { deleteSession, findSession, insertSession, sessionIdTaken, updateSession } from './sessions.repo';

const IdInput = z.object({ id: recordId('Mã buổi tuyên truyền') });

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
export const listSessionsMethod = defineMethod({
  name: 'sessions.list',
  role: 'viewer',
  summary: 'Danh sách buổi tuyên truyền (phân trang, sắp xếp, lọc, tìm không dấu).',
  input: ListQuery,
  output: listPage(Session),
  handler: (ctx, q) => listSessions(ctx.db, { ...q, sort: checkSortColumns(q.sort, SESSION_SORT_COLUMNS) }, parseListFilters(SessionFilters, q.filters)),
});

/** One propaganda session. */
export const getSession = defineMethod({
  name: 'sessions.get',
  role: 'viewer',
  summary: 'Một buổi tuyên truyền.',
  input: IdInput,
  output: Session,
  handler: (ctx, { id }) => mustFind(ctx.db, id),
});

/** Records a propaganda session (buổi tuyên truyền). */
export const createSession = defineMethod({
  name: 'sessions.create',
  role: 'clerk',
  summary: 'Thêm buổi tuyên truyền.',
  input: SessionCreateInput,
  output: Session,
  handler: (ctx, { id: wanted, ...fields }) => {
    if (wanted !== undefined && sessionIdTaken(ctx.db, wanted)) throw new AppError('CONFLICT', 'Buổi tuyên truyền này đã có trong sổ (trùng mã).');
    checkSession(ctx.db, fields, null, ctx.now);
    const id = wanted ?? ctx.newId();
    insertSession(ctx.db, id, fields, ctx.now);
    return mustFind(ctx.db, id);
  },
});

/** Changes some fields of a session; absent fields keep their value. */
export const updateSessionMethod = defineMethod({
  name: 'sessions.update',
  role: 'clerk',
  summary: 'Sửa buổi tuyên truyền.',
  input: SessionUpdateInput,
  output: Session,
  handler: (ctx, { id, ...patch }) => {
    const stored = fieldsOf(mustFind(ctx.db, id));
    const next = applyPatch(stored, patch);
    checkSession(ctx.db, next, stored, ctx.now);
    updateSession(ctx.db, id, next, ctx.now);
    return mustFind(ctx.db, id);
  },
});

/** Deletes a session; returns it as it was, so the grid can offer undo (create with the same id). */
export const deleteSessionMethod = defineMethod({
  name: 'sessions.delete',
  role: 'clerk',
  summary: 'Xoá buổi tuyên truyền.',
  input: IdInput,
  output: Session,
  handler: (ctx, { id }) => {
    const stored = mustFind(ctx.db, id);
    deleteSession(ctx.db, id);
    return stored;
  },
});
