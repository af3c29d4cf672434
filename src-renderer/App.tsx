import { createEffect, createMemo, ErrorBoundary, on, onCleanup, Show, Suspense } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { Sidebar } from './components/layout/Sidebar';
import { StatusBar } from './components/layout/StatusBar';
import { useDatabaseStatus } from './lib/database-status';
import { followDraftCounts, totalDrafts } from './lib/draft-counts';
import { hasUnsentDrafts } from './components/grid/grid-drafts';
import { hasUnsentFormDrafts } from './lib/form-draft';
import { useOfficeSettings } from './lib/office-settings';
import { navigate, useHashLocation } from './lib/router';
import { DEFAULT_SECTION, sectionFor } from './routes';

/** The window: sidebar, the current section's page, the status bar. */
export default function App() {
  const location = useHashLocation();
  // A memo: a page changing only its query (`#/sessions?id=…`) is not a new section.
  const section = createMemo(() => sectionFor(location().path));
  const db = useDatabaseStatus();
  const office = useOfficeSettings();
  let main: HTMLElement | undefined;

  createEffect(() => {
    if (!section()) navigate(DEFAULT_SECTION);
  });
  // A new section: name it in the title and move focus to it, so keyboard and screen-reader users land there.
  createEffect(
    on(
      section,
      (s) => {
        document.title = s ? `${s.title} · Sổ phong trào` : 'Sổ phong trào';
        main?.focus({ preventScroll: true });
      },
      { defer: true },
    ),
  );
  // Unsaved rows are kept by the core, but leaving with some still asks: the clerk may not know they are there.
  // Inside Electron the window's close asks instead (shell/close-guard.ts): there a cancelled unload would
  // silently refuse to close.
  followDraftCounts();
  const onLeave = (e: BeforeUnloadEvent) => {
    if (window.antq || (totalDrafts() === 0 && !hasUnsentDrafts() && !hasUnsentFormDrafts())) return;
    e.preventDefault();
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', onLeave);
  onCleanup(() => window.removeEventListener('beforeunload', onLeave));

  return (
    <div class="app">
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main?.focus();
        }}
      >
        Bỏ qua thanh điều hướng
      </a>
      <Sidebar current={section()} officeName={office.settings()?.officeName || undefined} />
      <main class="content" id="main" tabindex="-1" ref={main}>
        {/* Keyed: a failed page is forgotten as soon as the clerk picks another section. */}
        <Show when={section()} keyed>
          {(s) => (
            <ErrorBoundary fallback={(err: unknown) => <PageFailure error={err} />}>
              <Suspense fallback={<p class="muted">Đang tải…</p>}>
                <Dynamic component={s.page} />
              </Suspense>
            </ErrorBoundary>
          )}
        </Show>
      </main>
      <StatusBar status={db.status()} error={db.error()} />
    </div>
  );
}

function PageFailure(props: { error: unknown }) {
  return (
    <section class="page">
      <h1>Không hiển thị được trang này</h1>
      <p>Dữ liệu đã lưu không bị ảnh hưởng. Hãy chọn lại mục ở thanh bên hoặc khởi động lại ứng dụng.</p>
      <p class="muted">{props.error instanceof Error ? props.error.message : String(props.error)}</p>
    </section>
  );
}
