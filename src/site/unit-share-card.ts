import { pct } from '../i18n/results.ts';
import { share } from '../i18n/share.ts';
import { periodHeading } from '../i18n/vintage.ts';
import type { Period } from '../i18n/vintage.vi.ts';
import type { YearRow } from './unit-view.ts';
import { ogImagePathForUnit, ogImagePathForVintage } from './urls.ts';

/**
 * A unit page's share card and the text that describes it, in the page's language: the
 * unit's own card for a unit of the boundaries in force; for a unit of an ended period, the
 * period's card. Every unit of every period with a card of its own made most
 * of a cold build's pictures (418 of 573 here, four fifths of them at national scale) for
 * pages of history that are rarely shared; their previews still carry the unit's name and
 * figures in their title and description. The unit's card says what it shows, the rate its
 * page leads with (`lead`, the row unitCard draws), so a reader who cannot see the picture
 * of a shared link gets its figure too.
 */
export function unitShareCard(vintage: Period & { id: string }, code: string, label: string, lead: YearRow | undefined): { image: string; alt: string } {
  if (!hasUnitCards(vintage)) return { image: ogImagePathForVintage(vintage.id), alt: periodHeading(vintage) };
  const figure = lead?.poorRate === undefined ? undefined : { year: lead.year, rate: pct(lead.poorRate), carried: Boolean(lead.figures.carried), illustrative: lead.figures.illustrative };
  return { image: ogImagePathForUnit(vintage.id, code), alt: share.unitAlt(label, figure) };
}

/** Whether the units of a period have a card each (the boundaries in force) or share the period's. */
export function hasUnitCards(vintage: Period): boolean {
  return !vintage.validTo;
}
