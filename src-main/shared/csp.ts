/**
 * The app's Content Security Policy, one list for every place that sends it: web mode's response header,
 * the Electron shell's header and the renderer page's <meta> tag (written in at build time). Scripts only
 * from the app itself (no eval, no inline script). Inline *styles* stay allowed: Solid templates carry
 * static `style="…"` attributes, and a style cannot run code.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Certificate and report previews show the generated PDF (a blob: URL) in a frame.
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

// Browsers ignore frame-ancestors in a <meta> policy (and warn), so only headers carry it.
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, ...HEADER_ONLY].join('; ');

/** The same policy for the page's <meta http-equiv="Content-Security-Policy">, without header-only directives. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** What src-renderer/index.html writes as its <meta> policy's content, replaced at build time. */
export const CSP_META_PLACEHOLDER = '%ANTQ_CONTENT_SECURITY_POLICY%';

/**
 * The page with its <meta> policy filled in (a Vite `transformIndexHtml` step). Throws when the page has no
 * placeholder, so a build never ships a page whose policy was typed out a second time or left empty.
 */
export function withCspMeta(html: string): string {
  if (!html.includes(CSP_META_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_META_PLACEHOLDER} to fill`);
  return html.split(CSP_META_PLACEHOLDER).join(META_CONTENT_SECURITY_POLICY);
}
