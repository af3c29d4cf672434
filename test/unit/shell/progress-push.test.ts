import { describe, expect, it, vi } from 'vitest';
import type { Credential } from '../../../src-main/contract/credential';
import type { CallProgress } from '../../../src-main/contract/progress/call-progress';
import type { ProgressListener } from '../../../src-main/core/host/core-host';
import { SessionTokens } from '../../../src-main/shell/session-tokens';
import { FakeWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock);

const { pushProgressToWindows, PROGRESS_CHANNEL } = await import('../../../src-main/shell/change-push');

const report: CallProgress = { method: 'exchange.exportPackage', label: 'Ghi bản ghi vào gói', done: 5, total: 10 };

describe("a running call's progress in Electron", () => {
  it('goes to the window whose session made the call, not to another signed-in window', () => {
    let listener: ProgressListener = () => undefined;
    const core = { onProgress: (fn: ProgressListener) => ((listener = fn), () => undefined) };
    const [mine, other, signedOut] = [new FakeWindow({}), new FakeWindow({}), new FakeWindow({})];
    const tokens = new SessionTokens();
    tokens.keep(mine.webContents.id, 'token-mine');
    tokens.keep(other.webContents.id, 'token-other');
    pushProgressToWindows(core, tokens);
    const caller: Credential = { kind: 'session', token: 'token-mine' };
    listener(caller, report);
    expect(mine.webContents.sent).toEqual([[PROGRESS_CHANNEL, report]]);
    expect(other.webContents.sent).toEqual([]);
    expect(signedOut.webContents.sent).toEqual([]);
  });
});
