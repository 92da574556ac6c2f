/** The site frame's strings in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import { vi } from './vi.ts';
import { en } from './en.ts';

export const ui = localized({ vi, en });
