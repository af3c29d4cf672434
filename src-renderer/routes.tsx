import { lazy, type Component } from 'solid-js';
import { can, type Action } from './lib/permissions';

/** One sidebar section (mục) and the page that renders it. */
export interface SectionRoute {
  path: string;
  /** The Vietnamese label in the sidebar and the window title. */
  title: string;
  /** Alt+key jumps to the section from anywhere. */
  accessKey: string;
  page: Component;
  /** What the role must be allowed to do to see the section (lib/permissions.ts); none: every role. */
  needs?: Action;
}

// Pages load on first visit: each section's code (grids, charts) stays out of the first paint.
export const SECTIONS: readonly SectionRoute[] = [
  { path: '/overview', title: 'Tổng quan', accessKey: '1', page: lazy(() => import('./pages/overview/OverviewPage')) },
  { path: '/units', title: 'Đơn vị', accessKey: '2', page: lazy(() => import('./pages/units/UnitsPage')) },
  { path: '/models', title: 'Mô hình', accessKey: '3', page: lazy(() => import('./pages/models/ModelsPage')) },
  { path: '/sessions', title: 'Tuyên truyền', accessKey: '4', page: lazy(() => import('./pages/sessions/SessionsPage')) },
  { path: '/outcomes', title: 'Kết quả', accessKey: '5', page: lazy(() => import('./pages/outcomes/OutcomesPage')) },
  { path: '/registrations', title: 'Đăng ký an toàn', accessKey: '6', page: lazy(() => import('./pages/registrations/RegistrationsPage')) },
  { path: '/commendations', title: 'Khen thưởng', accessKey: '7', page: lazy(() => import('./pages/commendations/CommendationsPage')) },
  { path: '/reports', title: 'Báo cáo', accessKey: '8', page: lazy(() => import('./pages/reports/ReportsPage')) },
  { path: '/catalogues', title: 'Danh mục', accessKey: '9', page: lazy(() => import('./pages/catalogues/CataloguesPage')) },
  { path: '/settings', title: 'Cài đặt', accessKey: '0', needs: 'settings', page: lazy(() => import('./pages/settings/SettingsSection')) },
];

export const DEFAULT_SECTION = '/overview';

/** The sections the signed-in role may see (reactive). */
export function allowedSections(): SectionRoute[] {
  return SECTIONS.filter((s) => !s.needs || can(s.needs));
}

/** The section for a path such as '/units' (or '/units/…'); null when nothing matches or the role may not see it. */
export function sectionFor(path: string): SectionRoute | null {
  return allowedSections().find((s) => path === s.path || path.startsWith(`${s.path}/`)) ?? null;
}
