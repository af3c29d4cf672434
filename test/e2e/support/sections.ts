/** Every sidebar section's path, as src-renderer/routes.tsx lists them (kept literal: tests do not import the renderer). */
export const SECTION_PATHS = [
  '/overview',
  '/units',
  '/models',
  '/sessions',
  '/outcomes',
  '/registrations',
  '/commendations',
  '/reports',
  '/catalogues',
  '/settings',
] as const;
