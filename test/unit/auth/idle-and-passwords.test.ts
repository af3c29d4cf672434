import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startIdleLock } from '../../../src-renderer/lib/idle-lock';
import { accountProblem, passwordProblem } from '../../../src-renderer/lib/password-check';

/** A window stand-in: add/removeEventListener over an emitter. */
function fakeWindow() {
  const events = new EventEmitter();
  return {
    emit: (name: string) => events.emit(name),
    listeners: () => events.eventNames().reduce((n, e) => n + events.listenerCount(e), 0),
    addEventListener: (name: string, fn: () => void) => events.on(name, fn),
    removeEventListener: (name: string, fn: () => void) => events.off(name, fn),
  };
}

describe('the idle lock', () => {
  afterEach(() => vi.useRealTimers());

  it('locks after the idle minutes without activity; each key or click starts the wait again', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const onIdle = vi.fn();
    const stop = startIdleLock(15, onIdle, win as unknown as Window);
    vi.advanceTimersByTime(14 * 60_000);
    win.emit('keydown');
    vi.advanceTimersByTime(14 * 60_000);
    win.emit('pointerdown');
    vi.advanceTimersByTime(14 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_001);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
    expect(win.listeners()).toBe(0);
  });

  it('never locks with 0 minutes (idle lock off)', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    startIdleLock(0, onIdle, fakeWindow() as unknown as Window);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('new passwords, typed twice', () => {
  it('needs 10 characters and the same text twice', () => {
    expect(passwordProblem('ngan', 'ngan')).toContain('ít nhất 10 ký tự');
    expect(passwordProblem('mot-mat-khau-dai', 'mot-mat-khau-dai!')).toContain('không khớp');
    expect(passwordProblem('mot-mat-khau-dai', 'mot-mat-khau-dai')).toBeNull();
  });

  it('names the missing field of a new account', () => {
    const ok = { username: 'lan', displayName: 'Lan', password: 'mot-mat-khau-dai', repeat: 'mot-mat-khau-dai' };
    expect(accountProblem(ok)).toBeNull();
    expect(accountProblem({ ...ok, username: '  ' })).toContain('tên đăng nhập');
    expect(accountProblem({ ...ok, displayName: '' })).toContain('họ và tên');
  });
});
