import { For, Show } from 'solid-js';
import { draftCountOf } from '../../lib/draft-counts';
import { allowedSections, type SectionRoute } from '../../routes';
import { UserBox } from '../auth/UserBox';

/** Props of the sidebar (thanh điều hướng). */
export interface SidebarProps {
  current: SectionRoute | null;
  /** The office's name from the settings; nothing is shown until it is set. */
  officeName?: string;
}

/** The section list: real links, so Tab/Enter, middle-click and Alt+digit all work. */
export function Sidebar(props: SidebarProps) {
  return (
    <nav class="sidebar" aria-label="Các mục">
      <div class="sidebar-brand">
        <span class="sidebar-emblem" aria-hidden="true">
          ★
        </span>
        <div>
          <div class="sidebar-app">Sổ phong trào</div>
          <Show when={props.officeName}>
            <div class="sidebar-office" title={props.officeName}>
              {props.officeName}
            </div>
          </Show>
        </div>
      </div>
      <ul>
        <For each={allowedSections()}>
          {(section) => (
            <li>
              <a
                href={`#${section.path}`}
                classList={{ active: props.current?.path === section.path }}
                aria-current={props.current?.path === section.path ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${section.accessKey}`}
                title={`${section.title} (Alt+${section.accessKey})`}
              >
                {section.title}
                <Show when={draftCountOf(section.path.slice(1))}>
                  {(n) => (
                    <span class="sidebar-drafts" data-testid={`nav-drafts-${section.path.slice(1)}`}>
                      {n()} dòng chưa lưu
                    </span>
                  )}
                </Show>
              </a>
            </li>
          )}
        </For>
      </ul>
      <UserBox />
    </nav>
  );
}
