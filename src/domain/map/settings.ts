/**
 * Settings of the interactive map, in one place.
 *
 * Background tiles are OFF: with them off no request leaves the site's origin
 * (docs/budgets-and-quality.md#page-weight) and the explorer works the same on a phone in a valley with a weak
 * signal. To turn them on, set MAP_TILES to a tile service you are allowed to use,
 * with its attribution, e.g.
 *
 *   export const MAP_TILES: TileSetting | null = {
 *     url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
 *     attribution: '© <a href="https://www.openstreetmap.org/copyright">Những người đóng góp OpenStreetMap</a>',
 *     maxZoom: 19,
 *     opacity: 0.75,
 *   };
 *
 * (check the provider's usage policy first; the attribution is shown on the map).
 */
export interface TileSetting {
  /** URL template with {z}, {x}, {y} (and optionally {s}). */
  url: string;
  /** HTML shown in the map's corner; required by every tile provider. */
  attribution: string;
  maxZoom: number;
  /** Opacity of the coloured areas over the tiles. */
  opacity: number;
}

export const MAP_TILES: TileSetting | null = null;

/** How far a reader can zoom in, in powers of two beyond the whole province. */
export const MAX_ZOOM_IN = 3;
