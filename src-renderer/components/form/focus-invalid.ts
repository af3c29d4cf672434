/**
 * After a refused save, takes the clerk to the first field marked invalid: focused and scrolled to the
 * middle of its scroll box. Waits a frame so the marks just set are in the DOM. Without this, an error
 * shown in a long form scrolled elsewhere looks like nothing happened.
 */
export function focusFirstInvalid(root: ParentNode | undefined): void {
  requestAnimationFrame(() => {
    const field = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  });
}
