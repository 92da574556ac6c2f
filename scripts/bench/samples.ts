/**
 * One page of each kind a reader meets, chosen from a built site: the page with the
 * largest HTML of its kind, since pages of one kind load the same assets. The Lighthouse
 * report (scripts/lighthouse.ts) runs on these; their names are the report's rows.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

export interface SampleKind {
  name: string;
  pattern: RegExp;
  /** Embeds are noindex by design (src/layouts/Embed.astro): SEO is not counted for them. */
  indexed: boolean;
  map: boolean;
}

const SAMPLE_KINDS: readonly SampleKind[] = [
  { name: 'home', pattern: /^\/$/, indexed: true, map: false },
  { name: 'map view', pattern: /^\/ban-do\/.+\/\d{4}\/$/, indexed: true, map: true },
  { name: 'unit page', pattern: /^\/dia-ban\/[^/]+\/[^/]+\/$/, indexed: true, map: false },
  { name: 'criteria', pattern: /^\/tieu-chi\/$/, indexed: true, map: false },
  { name: 'progress', pattern: /^\/tien-do\/$/, indexed: true, map: false },
  { name: 'story', pattern: /^\/dien-hinh\/(?!loai\/|dia-ban\/|khen-thuong\/)[^/]+\/$/, indexed: true, map: false },
  { name: 'update', pattern: /^\/tin-tuc\/(?!trang\/|chu-de\/)[^/]+\/$/, indexed: true, map: false },
  { name: 'release data', pattern: /^\/du-lieu\/(?!ranh-gioi\/)[^/]+\/$/, indexed: true, map: false },
  { name: 'map embed', pattern: /^\/nhung\/(?:[^/]+\/)?ban-do\/.+\/\d{4}\/$/, indexed: false, map: true },
  { name: 'chart embed', pattern: /^\/nhung\/(?:[^/]+\/)?bieu-do\/.+\/$/, indexed: false, map: false },
  { name: 'search', pattern: /^\/tim-kiem\/$/, indexed: true, map: false },
];

export interface Sample extends SampleKind {
  route: string;
}

/** The heaviest route of each kind among `routes` (kinds with no page are left out). */
export function pickSamples(distDir: string, routes: readonly string[], kinds: readonly SampleKind[] = SAMPLE_KINDS): Sample[] {
  const size = (route: string) => statSync(path.join(distDir, route, 'index.html')).size;
  return kinds.flatMap((kind) => {
    const matching = routes.filter((r) => kind.pattern.test(r));
    if (matching.length === 0) return [];
    const route = matching.map((r) => ({ r, bytes: size(r) })).sort((a, b) => b.bytes - a.bytes || a.r.localeCompare(b.r))[0]!.r;
    return [{ ...kind, route }];
  });
}
