import type { ReleaseEntry } from '../schemas/index.ts';
import { vietnamToday } from './dates.ts';

/** The day a release's review years are checked against (YYYY-MM-DD), and whether it is its publication date. */
export interface ReleaseDate {
  date: string;
  published: boolean;
}

/**
 * A published (or demo) release is judged at its publication date, so that it validates
 * the same on any day; a draft has no date yet and is judged at `draftDate`: today in
 * Vietnam, or the date `release publish` is about to give it (a backdated --date must not
 * let in a year the published release would then fail on, for ever).
 */
export function releaseDate(release: Pick<ReleaseEntry, 'status' | 'publishedAt'>, draftDate: string = vietnamToday()): ReleaseDate {
  return release.status !== 'draft' && release.publishedAt ? { date: release.publishedAt, published: true } : { date: draftDate, published: false };
}

/**
 * The last review year whose figures can exist on `date`: a year's review is done in its
 * last months and approved in December or in January after it, so no later year's can.
 */
export const lastReviewYear = (date: string): number => Number(date.slice(0, 4));
