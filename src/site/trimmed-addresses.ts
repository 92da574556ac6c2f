/**
 * Addresses a reader gets by cutting the end off a page's address, which no page answers:
 * `/dia-ban/2025-07/` from a commune's `/dia-ban/2025-07/06073-hoa-tham/`, `/ban-do/2020-01/xa/`
 * from a map view. People do this to go up a level, and a link cut short in a message or a
 * printed page lands there too. Each one gets a page that forwards to the page it stands for
 * (src/pages/[...forward].astro): the province's page, which lists its districts and
 * communes, for a boundary period; the latest year of a map; the section's own page for
 * the folders that only group pages.
 */
import type { Unit } from '../domain/schemas/index.ts';
import { viewOn, type MapLayer } from '../domain/map/explorer.ts';
import type { ForwardedAddress } from './forwarding.ts';
import { mapPath, unitPath } from './urls.ts';

export interface TrimmedAddressInput {
  /** The release's boundary periods, oldest first, with their units. */
  vintages: readonly { id: string; units: readonly Pick<Unit, 'code' | 'name' | 'level'>[] }[];
  /** The map's layers (src/domain/map/explorer.ts). */
  layers: readonly MapLayer[];
}

/** The folders under a section that only group pages, with the section page that lists them. */
const GROUPING_FOLDERS = {
  '/tieu-chi/': (vintage: string) => [`/tieu-chi/${vintage}/`],
  '/tien-do/': (vintage: string) => [`/tien-do/${vintage}/`],
  '/dien-hinh/': (vintage: string) => ['/dien-hinh/dia-ban/', `/dien-hinh/dia-ban/${vintage}/`, '/dien-hinh/loai/', '/dien-hinh/khen-thuong/'],
  '/tin-tuc/': () => ['/tin-tuc/trang/', '/tin-tuc/chu-de/'],
} as const;

/**
 * Every trimmed address of the site and where it leads, each address once. A folder that
 * holds no page in this release (no second page of updates, say) still forwards: the
 * address is a fact of the site's shape, not of one release.
 */
export function trimmedAddresses({ vintages, layers }: TrimmedAddressInput): ForwardedAddress[] {
  const found = new Map<string, string>();
  const add = (path: string, target: string | undefined) => {
    if (target !== undefined && !found.has(path)) found.set(path, target);
  };

  const topPage = (vintage: TrimmedAddressInput['vintages'][number]) => {
    const top = vintage.units.find((u) => u.level === 'province') ?? vintage.units[0];
    return top && unitPath(vintage.id, top);
  };
  // The boundaries people live in today: the newest period.
  const newest = vintages.at(-1);
  if (newest) add('/dia-ban/', topPage(newest));
  for (const vintage of vintages) add(`/dia-ban/${vintage.id}/`, topPage(vintage));

  // A period's map shows communes where it has them, as the map's own first view does.
  for (const layer of [...layers].sort((a, b) => (a.level === b.level ? 0 : a.level === 'commune' ? -1 : 1))) {
    const latest = viewOn(layer);
    if (!latest) continue;
    const [vintageFolder, levelFolder] = prefixes(mapPath(latest));
    add(vintageFolder!, mapPath(latest));
    add(levelFolder!, mapPath(latest));
    for (const indicator of Object.keys(layer.years) as (keyof MapLayer['years'])[]) {
      const view = layer.years[indicator].length > 0 ? viewOn(layer, { indicator }) : undefined;
      if (view) add(prefixes(mapPath(view))[2]!, mapPath(view));
    }
  }

  for (const [section, folders] of Object.entries(GROUPING_FOLDERS)) {
    for (const vintage of vintages) for (const folder of folders(vintage.id)) add(folder, section);
  }
  return [...found].map(([path, target]) => ({ path, target }));
}

/** `/ban-do/v/xa/i/2025/` → `/ban-do/v/`, `/ban-do/v/xa/`, `/ban-do/v/xa/i/`. */
function prefixes(viewPath: string): string[] {
  const parts = viewPath.split('/').filter(Boolean);
  return [2, 3, 4].map((n) => `/${parts.slice(0, n).join('/')}/`);
}
