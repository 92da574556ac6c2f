import { namesakes } from '../namesakes.ts';
import type { Unit } from '../schemas/index.ts';
import type { AreaLabel } from './frame.ts';
import type { MapArea, MapModel, ParentName } from './model.ts';
import { namesShown, type LabelPlace } from './settings.ts';

/**
 * The name written on each area of a map's drawing, by code: its own ("Yên Lỗ"), or, when
 * another area of the map has the same name, its label and its district's name ("xã Mẫu
 * Sơn (Lộc Bình)" and "xã Mẫu Sơn (Cao Lộc)"; "thị trấn Chi Lăng (Chi Lăng)" beside "xã Chi
 * Lăng (Chi Lăng)"): the drawing has no column beside it to tell them apart. `label` words
 * a unit in the drawing's language ("xã Mẫu Sơn"). The longer name is placed like any other
 * (namesShown): on a static drawing where it does not fit, no name is written, rather than
 * one a reader takes for the other commune; the page's map shows it when zoomed in.
 */
export function drawnNames(areas: readonly MapArea[], label: (unit: Unit) => string): Map<string, string> {
  const same = namesakes(areas, (a) => a.unit.name);
  return new Map(areas.map((a) => [a.code, same.has(a) && a.parent ? `${label(a.unit)} (${a.parent.name})` : a.unit.name]));
}

/** A parent's name on a map of its children, in capitals ("LỘC BÌNH"): not read as one of the areas' own names. */
export const parentNameText = (unit: Pick<Unit, 'name'>): string => unit.name.toLocaleUpperCase('vi');

/** Ems per capital letter, letter spacing (PARENT_LETTER_SPACING) included: wider than LABEL_EM_PER_LETTER's lower case. */
export const PARENT_EM_PER_LETTER = 0.78;
export const PARENT_LETTER_SPACING = '0.06em';

/**
 * Which parents' names to write at `font` units: where they fit, and only while no area's
 * own name is written. Once the areas' names show (a wider screen, a zoom), they say more,
 * and the two would cross.
 */
export function parentNamesShown(parents: readonly LabelPlace[], areasShown: readonly boolean[], font: number): boolean[] {
  return areasShown.some(Boolean) ? parents.map(() => false) : namesShown(parents, font);
}

/** Where each parent's name goes, and how wide it is. */
export const parentPlaces = (parents: readonly ParentName[]): LabelPlace[] =>
  parents.map((p) => ({ ...p.label, letters: [...parentNameText(p.unit)].length, em: PARENT_EM_PER_LETTER }));

/** A name to write on the drawing: where (its area's label box), what, and whether it shows at the font asked for. */
export interface WrittenName {
  code: string;
  label: AreaLabel;
  text: string;
  shown: boolean;
}

/**
 * Every name a map's drawing carries, the areas' and their parents', and which of them show
 * at `font` units: the page map without script (Choropleth.astro) and the SVG and PNG
 * downloads (map-svg.ts) write the same ones; the page's script shows others as it zooms.
 */
export function writtenNames(model: Pick<MapModel, 'areas' | 'drawing'>, label: (unit: Unit) => string, font: number): { areas: WrittenName[]; parents: WrittenName[] } {
  const drawn = drawnNames(model.areas, label);
  const labelled = model.areas.filter((a) => a.label);
  const shown = namesShown(labelled.map((a) => ({ ...a.label!, letters: [...drawn.get(a.code)!].length })), font);
  const parents = model.drawing?.parentNames ?? [];
  const parentsShown = parentNamesShown(parentPlaces(parents), shown, font);
  return {
    areas: labelled.map((a, i) => ({ code: a.code, label: a.label!, text: drawn.get(a.code)!, shown: shown[i]! })),
    parents: parents.map((p, i) => ({ code: p.code, label: p.label, text: parentNameText(p.unit), shown: parentsShown[i]! })),
  };
}
