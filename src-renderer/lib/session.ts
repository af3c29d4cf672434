/**
 * Who is using the app (issue 12 item 3): read once at start from `auth.me`, then kept here. The owner
 * (the loopback web-mode token, or a core from before accounts) goes straight in as the administrator;
 * otherwise the first run creates the administrator, or the sign-in screen asks. A call refused as
 * UNAUTHORIZED locks the app over the current page until the same person signs in again.
 */
import { createSignal } from 'solid-js';
import type { Role } from '../../src-main/contract';
import { callAccount, onSessionExpired, type MeOut, type UserView } from './accounts-api';

export type SessionPhase = 'loading' | 'setup' | 'signin' | 'in' | 'failed';

/** The browser remembers the last username only (never a password or token), for the sign-in form. */
const LAST_USERNAME_KEY = 'antq.lastUsername';

const [phase, setPhase] = createSignal<SessionPhase>('loading');
const [user, setUser] = createSignal<UserView | null>(null);
const [owner, setOwner] = createSignal(false);
const [idleMinutes, setIdleMinutes] = createSignal(0);
const [locked, setLocked] = createSignal(false);
const [loadError, setLoadError] = createSignal<string | null>(null);
let unlockWaiters: ((signedIn: boolean) => void)[] = [];

export { phase, user, owner, idleMinutes, locked, loadError };

/** The role the UI plans for: the owner is the administrator; nobody signed in can do nothing more than read. */
export function currentRole(): Role {
  if (owner()) return 'admin';
  return user()?.role ?? 'viewer';
}

/** Reads who is calling; a core without accounts (no auth.me) keeps today's administrator. */
export async function loadSession(): Promise<void> {
  const r = await callAccount('auth.me', {});
  if (!r.ok) {
    if (r.error.code === 'NOT_FOUND') return enterAsOwner(0);
    setLoadError(r.error.message);
    return void setPhase('failed');
  }
  applyMe(r.data);
}

function applyMe(me: MeOut): void {
  setIdleMinutes(me.idleMinutes);
  if (me.owner) return enterAsOwner(me.idleMinutes);
  setUser(me.user);
  setPhase(me.user ? 'in' : me.needsSetup ? 'setup' : 'signin');
  if (me.user) watchExpiry();
}

function enterAsOwner(idle: number): void {
  setOwner(true);
  setIdleMinutes(idle);
  setPhase('in');
}

/** Signs in; null on success, else the core's Vietnamese refusal (the same for every wrong case). */
export async function signIn(username: string, password: string): Promise<string | null> {
  const r = await callAccount('auth.login', { username, password });
  if (!r.ok) return r.error.message;
  signedIn(r.data.user);
  return null;
}

/** The first run: creates the administrator and signs in as them. */
export async function setUpAdministrator(input: { username: string; displayName: string; password: string }): Promise<string | null> {
  const r = await callAccount('auth.setup', input);
  if (!r.ok) return r.error.issues?.[0]?.message ?? r.error.message;
  signedIn(r.data.user);
  return null;
}

function signedIn(u: UserView): void {
  localStorage.setItem(LAST_USERNAME_KEY, u.username);
  setUser(u);
  setPhase('in');
  setLocked(false);
  watchExpiry();
  const waiters = unlockWaiters;
  unlockWaiters = [];
  for (const w of waiters) w(true);
}

/** Ends the session and returns to the sign-in screen; the page's unsaved work goes with the page. */
export async function signOut(): Promise<void> {
  await callAccount('auth.logout', {});
  setUser(null);
  setLocked(false);
  for (const w of unlockWaiters) w(false);
  unlockWaiters = [];
  setPhase('signin');
}

/**
 * Locks the app over the current page (idle time, or the core refused the session). `endSession` also
 * ends it in the core, so the unattended screen holds no live session.
 */
export function lock(endSession: boolean): void {
  if (owner() || phase() !== 'in' || locked()) return;
  setLocked(true);
  if (endSession) void callAccount('auth.logout', {});
}

export function lastUsername(): string {
  return localStorage.getItem(LAST_USERNAME_KEY) ?? '';
}

/** Every call refused as UNAUTHORIZED waits here for the lock screen; the owner has no session to renew. */
function watchExpiry(): void {
  onSessionExpired(() => {
    if (owner() || phase() !== 'in') return Promise.resolve(false);
    setLocked(true);
    return new Promise<boolean>((resolve) => unlockWaiters.push(resolve));
  });
}
