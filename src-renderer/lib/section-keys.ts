import { allowedSections } from '../routes';
import { navigate } from './router';

/**
 * Alt+digit jumps to a section from anywhere (the sidebar's access keys). Installed once, before the
 * window knows who is signed in: a key pressed while the session is still being checked is not lost, it
 * moves the address, and the app opens on that section (or on the overview, if the role may not see it).
 */
export function installSectionKeys(): void {
  window.addEventListener('keydown', (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    // e.code too: on macOS, Option+digit types a symbol instead of the digit.
    const target = allowedSections().find((s) => s.accessKey === e.key || `Digit${s.accessKey}` === e.code);
    if (target) {
      e.preventDefault();
      navigate(target.path);
    }
  });
}
