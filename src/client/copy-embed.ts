/**
 * The "Sao chép mã" buttons of the embed boxes (FigureActions.astro): progressive
 * enhancement. Without JavaScript or the Clipboard API the buttons stay hidden and the
 * code is selected by hand from its read-only text box.
 */
import { say } from './say.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-embed-code]')) {
  const status = box.querySelector<HTMLElement>('[role="status"]');
  for (const area of box.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    area.addEventListener('focus', () => area.select());
  }
  if (!navigator.clipboard || !status) continue;
  for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const area = document.getElementById(button.dataset['copy'] ?? '');
    if (!(area instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(area.value).then(
        () => {
          say(status, box.dataset['done'] ?? '');
        },
        () => {
          say(status, box.dataset['failed'] ?? '');
          area.focus();
        },
      );
    });
  }
}
