/**
 * Puts a message in a live region (role="status") so that a screen reader says it, also
 * when it is the same as the message already there: a second press of a copy button left
 * the text unchanged, and a live region announces changes only. The region is emptied
 * first and filled on the next frame, after the reader has seen it empty.
 */
export function say(status: HTMLElement, message: string): void {
  if (status.textContent !== message) {
    status.textContent = message;
    return;
  }
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}
