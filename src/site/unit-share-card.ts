import { periodHeading } from '../i18n/vintage.ts';
import type { Period } from '../i18n/vintage.vi.ts';
import { ogImagePathForUnit, ogImagePathForVintage } from './urls.ts';

/**
 * A unit page's share card and the text that describes it, in the page's language: the
 * unit's own card for a unit of the boundaries in force; for a unit of an ended period, the
 * period's card. Every unit of every period with a card of its own made most
 * of a cold build's pictures (418 of 573 here, four fifths of them at national scale) for
 * pages of history that are rarely shared; their previews still carry the unit's name and
 * figures in their title and description.
 */
export function unitShareCard(vintage: Period & { id: string }, code: string, label: string): { image: string; alt: string } {
  return hasUnitCards(vintage) ? { image: ogImagePathForUnit(vintage.id, code), alt: label } : { image: ogImagePathForVintage(vintage.id), alt: periodHeading(vintage) };
}

/** Whether the units of a period have a card each (the boundaries in force) or share the period's. */
export function hasUnitCards(vintage: Period): boolean {
  return !vintage.validTo;
}
