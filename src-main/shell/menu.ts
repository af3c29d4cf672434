import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The application menu (thực đơn), in Vietnamese; standard roles keep the usual shortcuts. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'reload', label: 'Tải lại' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        // Developer tools only when running from source: a clerk's build has no console to poke at.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Công cụ phát triển' } as const]),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu', click: () => showAbout(getWindow()) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showAbout(win: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: 'Giới thiệu',
    message: 'Sổ phong trào "Toàn dân bảo vệ an ninh Tổ quốc"',
    detail: `Phiên bản ${app.getVersion()}`,
  };
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
