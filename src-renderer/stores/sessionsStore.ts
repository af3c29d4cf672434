import { sessionKind } from '../../src-main/contract/sessions/session.kind';
import { recordSource } from './record-source';

/** Propaganda sessions (buổi tuyên truyền) for the grid. */
export const sessionsSource = recordSource(sessionKind);
