import { dialog, type BrowserWindow } from 'electron';
import type { CoreHost } from '../core/host/core-host';
import { windowCredential } from './window-sessions';

/**
 * Closing the window with unsaved rows asks first (issue 10 item 1). The rows are kept by the core and
 * come back at the next start; the question only makes sure the clerk knows. Thin on purpose, and not
 * covered by a test (it needs a real Electron window); the counts come from `drafts.counts`.
 */
export function guardClose(win: BrowserWindow, core: () => CoreHost | null): void {
  let allowed = false;
  win.on('close', (event) => {
    const host = core();
    if (allowed || !host) return;
    event.preventDefault();
    void host.call('drafts.counts', {}, windowCredential(win.webContents.id)).then((r) => {
      const total = r.ok ? r.data.counts.reduce((n, c) => n + c.count, 0) : 0;
      if (total > 0 && !askClose(win, total)) return;
      allowed = true;
      win.close();
    });
  });
}

function askClose(win: BrowserWindow, total: number): boolean {
  const answer = dialog.showMessageBoxSync(win, {
    type: 'question',
    buttons: ['Đóng ứng dụng', 'Ở lại'],
    defaultId: 1,
    cancelId: 1,
    title: 'Còn dòng chưa lưu',
    message: `Còn ${total} dòng chưa lưu.`,
    detail: 'Các dòng này được giữ lại và sẽ hiện lại khi mở ứng dụng lần sau. Đóng ứng dụng bây giờ?',
  });
  return answer === 0;
}
