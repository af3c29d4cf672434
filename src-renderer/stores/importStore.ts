import type { ImportKind, ImportPreview } from '../../src-main/contract/imports/imports.contract';
import { call } from '../lib/api';
import { downloadBase64, MIME_TYPES } from '../lib/download';

/** An applied import the page may offer to undo. */
export interface LastImport {
  id: string;
  fileName: string;
  created: number;
  createdAt: string;
}

/** Where an import's rows go: the kind, and for recipients the decision. */
export interface ImportScope {
  kind: ImportKind;
  decisionId?: string;
}

/** A chosen file, read once, sent again with the clerk's corrected mapping. */
export interface ChosenFile {
  name: string;
  base64: string;
}

/** Reads a chosen file as base64 (the API carries files in JSON). */
export async function readChosenFile(file: File): Promise<ChosenFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary) };
}

function input(scope: ImportScope, file: ChosenFile, mapping?: (string | null)[]) {
  return { ...scope, fileBase64: file.base64, fileName: file.name.slice(0, 255), ...(mapping ? { mapping } : {}) };
}

/** The core's check of a file (nothing saved), or the message of why it could not be read. */
export async function previewImport(
  scope: ImportScope,
  file: ChosenFile,
  mapping?: (string | null)[],
): Promise<{ ok: true; preview: ImportPreview } | { ok: false; message: string }> {
  const r = await call('imports.preview', input(scope, file, mapping));
  return r.ok ? { ok: true, preview: r.data } : { ok: false, message: r.error.message };
}

/** Saves every row of the file in one step; the message when the core refuses. */
export async function applyImport(
  scope: ImportScope,
  file: ChosenFile,
  mapping: (string | null)[],
): Promise<{ ok: true; last: LastImport } | { ok: false; message: string }> {
  const r = await call('imports.apply', input(scope, file, mapping));
  return r.ok ? { ok: true, last: r.data } : { ok: false, message: r.error.message };
}

/** The newest import of the scope not undone yet, or null. */
export async function loadLastImport(scope: ImportScope): Promise<LastImport | null> {
  const r = await call('imports.last', scope);
  return r.ok ? r.data.last : null;
}

/** Undoes an import; null when done, else the core's message (e.g. a record edited since). */
export async function undoImport(importId: string): Promise<string | null> {
  const r = await call('imports.undo', { importId });
  return r.ok ? null : r.error.message;
}

/** Downloads the kind's Excel template; the message when it could not be made. */
export async function downloadImportTemplate(kind: ImportKind): Promise<string | null> {
  const r = await call('imports.template', { kind });
  if (!r.ok) return r.error.message;
  downloadBase64(r.data.base64, r.data.fileName, MIME_TYPES.xlsx);
  return null;
}
