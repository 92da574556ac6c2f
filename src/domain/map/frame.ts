/**
 * Where things go on the map: one Mercator projection fitted to a fixed width, and
 * compact SVG path data. Mercator because Leaflet's map is Web Mercator: the SVG
 * drawn here is placed on the interactive map as it is, corner to corner, and
 * lines up with tiles when tiles are switched on.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  /** Longitude/latitude of the SVG's edges (for placing it on a web map). */
  bounds: { west: number; south: number; east: number; north: number };
}

/**
 * A frame `width` units wide holding every feature given, with `pad` units of
 * margin; the height follows from the shape of the area.
 */
export function makeFrame(features: readonly Feature[], width: number, pad = 4): MapFrame {
  const collection = { type: 'FeatureCollection', features } as GeoPermissibleObjects;
  // precision(0): no adaptive resampling; segments are a few hundred metres long.
  const projection = geoMercator().precision(0).fitWidth(width - 2 * pad, collection);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * pad);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + pad, ty - y0 + pad]);
  // Offset so the content sits centred in whole units.
  const extra = (height - 2 * pad - (y1 - y0)) / 2;
  projection.translate([projection.translate()[0], projection.translate()[1] + extra]);
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  return { width, height, projection, bounds: { west, south, east, north } };
}

/** Digits of a number of tenths (or units): 123 → "12.3", -5 → "-.5", 40 → "4". */
function formatFixed(n: number, scale: number): string {
  if (scale === 1) return String(n);
  const negative = n < 0;
  const abs = Math.abs(n);
  const int = Math.floor(abs / scale);
  const frac = abs % scale;
  const digits = String(scale).length - 1;
  let text = frac === 0 ? String(int) : `${int === 0 ? '' : int}.${String(frac).padStart(digits, '0').replace(/0+$/, '')}`;
  if (negative) text = `-${text}`;
  return text;
}

/**
 * A d3-geo path context that writes short SVG path data: coordinates rounded to
 * `decimals`, relative moves and implicit line-tos, repeated points dropped.
 */
class CompactPathContext {
  private readonly scale: number;
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private first = true;
  private pendingLine = false;
  private last = '';

  constructor(decimals: number) {
    this.scale = 10 ** decimals;
  }

  private push(nx: number, ny: number): void {
    const dx = formatFixed(nx, this.scale);
    const dy = formatFixed(ny, this.scale);
    this.write(dx);
    this.write(dy);
  }

  private write(n: string): void {
    const needsSpace = this.last !== '' && !n.startsWith('-') && !(n.startsWith('.') && /\.\d*$/.test(this.last));
    this.out += (needsSpace ? ' ' : '') + n;
    this.last = n;
  }

  private command(c: string): void {
    this.out += c;
    this.last = '';
  }

  moveTo(px: number, py: number): void {
    const x = Math.round(px * this.scale);
    const y = Math.round(py * this.scale);
    if (this.first) {
      this.command('M');
      this.push(x, y);
      this.first = false;
      this.pendingLine = true;
    } else {
      this.command('m');
      this.push(x - this.x, y - this.y);
      this.pendingLine = false;
    }
    this.x = this.startX = x;
    this.y = this.startY = y;
  }

  lineTo(px: number, py: number): void {
    const x = Math.round(px * this.scale);
    const y = Math.round(py * this.scale);
    if (x === this.x && y === this.y) return;
    if (this.pendingLine) {
      this.command('l');
      this.pendingLine = false;
    }
    this.push(x - this.x, y - this.y);
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    this.command('z');
    this.x = this.startX;
    this.y = this.startY;
    // After "z" a new subpath starts with a relative "m" from the subpath's start.
    this.pendingLine = false;
  }

  arc(): void {
    // Points are not drawn on these maps.
  }

  result(): string {
    return this.out;
  }
}

/** SVG path data of a geometry in the frame, `decimals` after the point (1 by default). */
export function compactPath(frame: Pick<MapFrame, 'projection'>, object: GeoPermissibleObjects, decimals = 1): string {
  const context = new CompactPathContext(decimals);
  geoPath(frame.projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.result();
}

/** Where an area's name goes: the centre of its largest part, and the box that part fills. */
export interface AreaLabel {
  x: number;
  y: number;
  /** Width and height of the largest part's box, in drawing units: the name is shown where it fits. */
  w: number;
  h: number;
}

/** The label place of an area (whole drawing units: labels need no more). */
export function areaLabel(frame: Pick<MapFrame, 'projection'>, shape: Feature<Polygon | MultiPolygon>): AreaLabel {
  const path = geoPath(frame.projection);
  const parts: Polygon[] =
    shape.geometry.type === 'Polygon' ? [shape.geometry] : shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let best = parts[0]!;
  let bestArea = -1;
  for (const part of parts) {
    const area = path.area(part);
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  const [x, y] = path.centroid(best);
  const [[x0, y0], [x1, y1]] = path.bounds(best);
  return { x: Math.round(x), y: Math.round(y), w: Math.round(x1 - x0), h: Math.round(y1 - y0) };
}
