import { base64ToBytes } from '../../lib/download';

/**
 * Whether this page's Content Security Policy lets an <iframe> show a blob: URL (the app's policy has
 * `frame-src blob:`); where a stricter policy forbids it, the PDF is saved and opened in a viewer instead.
 */
export function canPreviewBlobs(): boolean {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const policy = meta?.getAttribute('content') ?? '';
  const directive = (name: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));
  const frames = directive('frame-src') ?? directive('child-src') ?? directive('default-src');
  return frames === undefined || /\bblob:/.test(frames);
}

/** A blob: URL of PDF bytes for the preview frame; revoke it when the preview closes. */
export function pdfBlobUrl(base64: string): string {
  const bytes = base64ToBytes(base64);
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return URL.createObjectURL(new Blob([copy], { type: 'application/pdf' }));
}
