/**
 * The "Trích dẫn" blocks (src/components/Citation.astro): progressive enhancement. Writes
 * today's date, as the reader's browser knows it, into the sentence ("truy cập ngày") and
 * into the CSL-JSON (`accessed`), and shows the copy buttons when the Clipboard API is
 * there. Without JavaScript the sentence and the JSON are selectable text.
 */
import { say } from './say.ts';

const today = new Date();
// As the page's language writes dates (src/format/): "01/12/2026", "1 December 2026".
const dateText =
  document.documentElement.lang === 'en'
    ? today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
    : [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') + `/${today.getFullYear()}`;
const dateParts = [today.getFullYear(), today.getMonth() + 1, today.getDate()];

for (const block of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  for (const slot of block.querySelectorAll<HTMLElement>('[data-cite-accessed]')) slot.textContent = dateText;
  const csl = block.querySelector<HTMLTextAreaElement>('[data-cite-csl]');
  if (csl) {
    try {
      const [item] = JSON.parse(csl.value) as Record<string, unknown>[];
      if (item) {
        item['accessed'] = { 'date-parts': [dateParts] };
        // The layout of src/site/citation.ts (cslText): one property a line.
        csl.value = `[\n  {\n${Object.entries(item).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }\n]`;
      }
    } catch {
      // The JSON is written by the build; left as it is if a browser extension changed it.
    }
    csl.addEventListener('focus', () => csl.select());
  }
  const status = block.querySelector<HTMLElement>('[role="status"]');
  if (!navigator.clipboard || !status) continue;
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-cite-copy]')) {
    const source = document.getElementById(button.dataset['citeCopy'] ?? '');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '').replace(/\s+/g, ' ').trim();
      navigator.clipboard.writeText(text).then(
        () => {
          say(status, ('csl' in button.dataset ? block.dataset['doneCsl'] : block.dataset['done']) ?? '');
        },
        () => {
          say(status, block.dataset['failed'] ?? '');
        },
      );
    });
  }
}
