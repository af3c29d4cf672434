/**
 * Growing a database's in-memory file without copying it. Emscripten's MEMFS grows a file by allocating
 * an array 1.125 times larger and copying the old one into it, so while a bulk import commits, each step
 * holds the file twice, and the arrays left behind wait for the garbage collector: for a file of 200 MB,
 * hundreds of MB above the file itself at the peak. Backed by a resizable ArrayBuffer (address space
 * reserved up front, memory used only as bytes are written), the same array grows where it is.
 */

/** The address space reserved for one file; past it, MEMFS grows the file its own way. */
const MAX_FILE_BYTES = 2 ** 32;
/** Grown a megabyte at a time at least: each resize is a system call. */
const STEP_BYTES = 1 << 20;

type ResizableBuffer = ArrayBuffer & { resizable?: boolean; maxByteLength?: number; resize?: (length: number) => void };
/** ArrayBuffer with its ES2024 options, which this project's TypeScript library does not declare yet. */
const Resizable = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ResizableBuffer;

/**
 * Makes the file's bytes (`node[key]`, the node's one Uint8Array: see write-tracker.ts) at least `needed`
 * long before MEMFS writes there, so MEMFS finds room and copies nothing. The first time, the bytes move
 * once into a resizable buffer (as one MEMFS step would copy them); from then on they grow in place.
 */
export function growInPlace(node: Record<string, unknown>, needed: number): void {
  if (needed > MAX_FILE_BYTES) return;
  const key = Object.keys(node).find((k) => node[k] instanceof Uint8Array);
  if (key === undefined) return;
  const contents = node[key] as Uint8Array;
  if (contents.length >= needed) return;
  const target = Math.min(MAX_FILE_BYTES, Math.ceil(Math.max(needed, contents.length * 1.125) / STEP_BYTES) * STEP_BYTES);
  const buffer = contents.buffer as ResizableBuffer;
  if (buffer.resizable && buffer.resize && contents.byteOffset === 0 && target <= (buffer.maxByteLength ?? 0)) {
    // `contents` tracks its buffer's length, so it is now `target` long.
    buffer.resize(target);
    return;
  }
  let grown: Uint8Array;
  try {
    grown = new Uint8Array(new Resizable(target, { maxByteLength: MAX_FILE_BYTES }));
  } catch {
    // No resizable buffers here, or no address space: MEMFS grows the file as it always did.
    return;
  }
  grown.set(contents);
  node[key] = grown;
}
