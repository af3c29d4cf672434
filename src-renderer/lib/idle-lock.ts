/**
 * Locks the app after `minutes` without a key, click, touch or scroll (issue 12: "locks after a
 * configurable idle time"); the core has its own idle timeout, this only locks before it. Returns the stop.
 */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function startIdleLock(
  minutes: number,
  onIdle: () => void,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  if (!(minutes > 0)) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, minutes * 60_000);
  };
  for (const name of ACTIVITY) target.addEventListener(name, restart, { passive: true, capture: true });
  restart();
  return () => {
    clearTimeout(timer);
    for (const name of ACTIVITY) target.removeEventListener(name, restart, { capture: true });
  };
}
