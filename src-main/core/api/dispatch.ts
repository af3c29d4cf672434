import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, type ApiError, type FieldIssue } from './errors';
import { changeOf } from './change-feed';
import { watchWrites } from './write-watch';
import type { AnyMethod, MethodContext } from './define';
import type { CoreEnv } from './env';
import { roleAllows, type Caller } from './roles';
import type { Credential } from '../../contract/credential';
import { resolveCaller } from '../auth/resolve-credential';
import { cleanInput } from './input-clean';
import { zodIssuesToVietnamese } from './zod-messages';
import { toStorageError } from '../db/os-errors';
import { auditCall, type CallAudit } from '../audit/audit-call';

/** A list of 10,000 bad ids is refused with the first of its problems, not a 10,000-line answer. */
const MAX_ISSUES = 100;

export type DispatchResult = { ok: true; data: unknown } | { ok: false; error: ApiError };

/** Logs the technical side of an internal failure; never the input (it holds personal data). */
export type ErrorLogger = (method: string, err: unknown) => void;

const defaultLogger: ErrorLogger = (method, err) => {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  console.error(`[api] ${method} failed: ${detail}`);
};

/**
 * The one entry point of every transport: look the method up, check the role, validate the input,
 * run the handler in a transaction, validate the output. Never throws.
 */
export function createDispatcher(methods: Readonly<Record<string, AnyMethod>>, env: CoreEnv, log: ErrorLogger = defaultLogger) {
  // Calls run one at a time: sql.js has one connection and a handler's transaction must not interleave.
  let queue: Promise<unknown> = Promise.resolve();

  async function run(name: string, raw: unknown, credential: Credential): Promise<DispatchResult> {
    const method = Object.hasOwn(methods, name) ? methods[name] : undefined;
    if (!method) return fail(new AppError('NOT_FOUND', `Không có chức năng "${String(name).slice(0, 80)}".`));
    // Who calls is decided here, in the core, on every call: a session ended or an account disabled
    // meanwhile is refused at once, and a role changed meanwhile applies at once.
    const caller = resolveCaller(env, credential, method);
    if (caller instanceof AppError) return fail(caller);
    if (!roleAllows(caller.role, method.role)) {
      return fail(new AppError('FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện thao tác này.'));
    }
    const audit = auditCall(env, name, caller);
    const watched = watchWrites(audit.env.store);
    const call: { input?: unknown; output?: unknown } = {};
    try {
      // Inside the try: whatever the input holds, the caller gets an answer, never a thrown error.
      const input = cleanInput(raw ?? {});
      if (!input.ok) return refuse(audit, raw, validationError(input.issues));
      const parsed = method.input.safeParse(input.value);
      if (!parsed.success) return refuse(audit, raw, validationError(zodIssuesToVietnamese(parsed.error.issues.slice(0, MAX_ISSUES))));
      call.input = parsed.data;
      const callEnv = { ...audit.env, store: watched.store };
      const pending = callEnv.store.write(
        (tx) => method.handler(makeContext(tx, { caller, credential }, callEnv, audit.now()), parsed.data),
        method.write,
      );
      const data: unknown = await pending;
      const out = method.output.safeParse(data);
      if (!out.success) throw new Error(`output of ${name} does not match its schema: ${z.prettifyError(out.error)}`);
      call.output = out.data;
      audit.succeeded(parsed.data, out.data);
      return { ok: true, data: out.data };
    } catch (err) {
      return err instanceof AppError ? refuse(audit, raw, err) : unexpected(name, err);
    } finally {
      // Only a call that committed a write is news for the other windows (a read, whatever its role, is not),
      // even when a later step of it failed: an async handler's first transaction commits before it resolves.
      if (watched.wrote()) feed(env, name, call.input, call.output);
    }
  }

  /** A failure no rule made: a storage error told in Vietnamese, anything else logged and hidden. */
  function unexpected(name: string, err: unknown): DispatchResult {
    const storage = toStorageError(err, env.store.status().path ?? '');
    if (storage) return fail(new AppError(storage.diskFull ? 'DISK_FULL' : 'INTERNAL', storage.message));
    log(name, err);
    return fail(
      new AppError('INTERNAL', 'Đã xảy ra lỗi không mong muốn; dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại hoặc báo quản trị viên.'),
    );
  }

  return function dispatch(name: string, raw: unknown, credential: Credential): Promise<DispatchResult> {
    const result = queue.then(() => run(name, raw, credential));
    queue = result.catch(() => undefined);
    return result;
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

function makeContext(db: MethodContext['db'], who: { caller: Caller; credential: Credential }, env: CoreEnv, now: string): MethodContext {
  return { db, ...who, env, now, newId: () => randomUUID() };
}

/** Puts a call that wrote on the change feed, when the core keeps one. */
function feed(env: CoreEnv, method: string, input: unknown, output: unknown): void {
  if (!env.changes) return;
  const change = changeOf(method, input, output);
  env.changes.record(change.kind, change.ids);
}

function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
  return new AppError('VALIDATION', issues.length > 1 ? `Dữ liệu chưa hợp lệ (${issues.length} lỗi): ${first}` : first, issues);
}

/** A refused call; a refused sign-in is logged (audit-call.ts), in a write of its own after the rollback. */
function refuse(audit: CallAudit, raw: unknown, err: AppError): DispatchResult {
  audit.refused(raw);
  return fail(err);
}

function fail(err: AppError): DispatchResult {
  return { ok: false, error: err.toJSON() };
}
