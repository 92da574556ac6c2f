import { namesakes } from '../namesakes.ts';
import type { Unit } from '../schemas/index.ts';
import type { MapArea } from './model.ts';

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
