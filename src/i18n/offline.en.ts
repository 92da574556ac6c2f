/** English text of offline reading (the English edition of src/i18n/offline.vi.ts). */
import { formatDate } from '../format/en.ts';
import type { Shape } from './lang.ts';
import type { offline as vi } from './offline.vi.ts';

export const offline = {
  save: {
    button: 'Save to read offline',
    hint: 'Keeps this page, its map and the page of the unit above it in your browser.',
    saving: 'Saving…',
    saved: 'Saved. Without a network you can still open this page and the page above it.',
    failed: 'Could not save (a weak connection?). Please try again.',
    list: 'See the saved pages',
  },
  copy: {
    note: (release: string, keptOn: string | null) =>
      `A copy kept on this device${keptOn ? `, downloaded on ${formatDate(keptOn)}` : ''} (no network, or too slow). Its figures are from data release ${release} and may have been updated since.`,
    list: 'See the saved pages',
  },
  page: {
    title: 'Reading offline',
    description: 'The pages of For the Poor – Lạng Sơn that this browser keeps to read without a network.',
    intro: 'Your browser keeps the pages you have opened and the pages you saved with “Save to read offline”, to read again without a network. The figures on saved pages are those of the latest release you opened; when a new release comes out, the pages are loaded again.',
    offlineNote: 'If you see this page instead of the one you wanted: the device has no network and that page has not been saved.',
    savedHeading: 'Saved pages',
    openedHeading: 'Recently opened pages',
    droppedHeading: 'Saved pages not downloaded again',
    droppedNote: 'When new figures came out, the browser dropped the old copies of these pages but could not download the new ones (no network, or the page is gone). When you are online, open the page again and press “Save to read offline”.',
    none: 'No pages yet.',
    noScript: 'The list needs JavaScript; without JavaScript, the browser does not keep pages to read offline.',
    unsupported: 'This browser cannot keep pages to read offline.',
  },
} as const satisfies Shape<typeof vi>;
