import type { CoreEnv } from '../api/env';
import type { Caller } from '../api/roles';
import { attemptedSignIn, eventOf } from './audit-events';
import type { AuditWhat, AuditWho } from './audit-log.repo';
import { whoOf } from './audit-trail';

/** The audit side of one dispatched call (the dispatcher's only hook into the trail). */
export interface CallAudit {
  /** The environment the handler gets: its store appends every write's row changes to the trail. */
  env: CoreEnv;
  /** The call's time (ISO), read once: the handler's `now` and the trail's, so a row's time is its record's. */
  now(): string;
  /** Logs the call as an event when it is one (sign-in, backup, export…), in a write of its own. */
  succeeded(input: unknown, output: unknown): void;
  /** Logs a refused sign-in, with the name tried and never the password, in a write of its own. */
  refused(raw: unknown): void;
}

export function auditCall(env: CoreEnv, method: string, caller: Caller): CallAudit {
  let at: string | null = null;
  const now = () => (at ??= env.clock().toISOString());
  const trail = env.audit;
  if (!trail) return { env, now, succeeded: () => undefined, refused: () => undefined };
  const who = () => whoOf(caller, method, now());
  const append = (by: AuditWho, row: AuditWhat) => trail.record(by, row);
  return {
    env: { ...env, store: trail.storeFor(who) },
    now,
    succeeded(input, output) {
      const event = eventOf(method, input, output);
      if (event) append(signedIn(who(), output), event);
    },
    refused(raw) {
      const tried = attemptedSignIn(method, raw);
      if (tried === null) return;
      const note = 'Đăng nhập không thành công';
      const by = { ...who(), userId: null, role: null, username: tried };
      try {
        append(by, { kind: null, recordId: null, action: 'event', changes: null, note });
      } catch {
        // The sign-in stays refused; a trail that cannot be written (full disk) shows in the status bar.
      }
    },
  };
}

/** A sign-in is logged as the account that signed in (the caller was anonymous until then). */
function signedIn(who: AuditWho, output: unknown): AuditWho {
  const user: unknown = typeof output === 'object' && output !== null ? Reflect.get(output, 'user') : null;
  if (typeof user !== 'object' || user === null) return who;
  const text = (key: string) => {
    const v: unknown = Reflect.get(user, key);
    return typeof v === 'string' ? v : null;
  };
  return { ...who, userId: text('id'), username: text('username') ?? who.username, role: text('role') };
}
