import { buildSettings } from '../config.ts';
import { compactPath, makeFrame, type MapFrame } from '../domain/map/frame.ts';
import { loadLayer } from '../domain/map/load.ts';
import type { Unit } from '../domain/schemas/index.ts';

export interface LocatorView {
  width: number;
  height: number;
  /** The surroundings: districts where the vintage has them, else the unit's own level. */
  context: string;
  outline: string;
  unit: string;
}

const WIDTH = 240;
/** Points whose triangle is under this area go: invisible at a locator's size. */
const SIMPLIFY_KM2 = 0.2;
/** Per data root, vintage and surroundings layer: the frame and its paths, the same on every unit page. */
const backgrounds = new Map<string, { frame: MapFrame; context: string; outline: string }>();

/**
 * A small map placing one unit in the province, drawn from the same boundary files as
 * the explorer; undefined when the vintage has no boundaries (2024-12) or for the province.
 */
export function locatorView(vintage: string, unit: Unit): LocatorView | undefined {
  if (unit.level !== 'district' && unit.level !== 'commune') return undefined;
  const { dataRoot } = buildSettings();
  const own = loadLayer(dataRoot, vintage, unit.level, SIMPLIFY_KM2);
  const shape = own?.features.get(unit.code);
  if (!own || !shape) return undefined;
  const district = loadLayer(dataRoot, vintage, 'district', SIMPLIFY_KM2);
  const context = district ?? own;
  const key = `${dataRoot}|${vintage}|${district ? 'district' : unit.level}`;
  let background = backgrounds.get(key);
  if (!background) {
    const frame = makeFrame([...context.features.values()], WIDTH, 2);
    background = { frame, context: compactPath(frame, context.borders(() => true), 0), outline: compactPath(frame, context.outline(), 0) };
    backgrounds.set(key, background);
  }
  const { frame } = background;
  return {
    width: frame.width,
    height: frame.height,
    context: background.context,
    outline: background.outline,
    unit: compactPath(frame, shape, 0),
  };
}
