/**
 * The map scripts' words in the page's language (`<html lang>`): browser code cannot read
 * the render's language (src/i18n/current.ts needs Node). Both objects are a few short
 * strings; the rest of the strings modules is left out of the bundle.
 */
import { mapClient as en } from '../i18n/map.en.ts';
import { mapClient as vi } from '../i18n/map.vi.ts';

export const mapWords = document.documentElement.lang === 'en' ? en : vi;
