/**
 * What /nhung/ lists: every chart and every map view that can be embedded, grouped as the
 * site shows them, each with its live and pinned embed paths and its <iframe> code.
 */
import { embedPath } from '../urls.ts';
import { chartEmbeds, currentRelease, mapEmbeds, type FigureEmbed, type MapEmbed } from './embeds.ts';
import { layerLabel } from '../../i18n/map.vi.ts';
import { embedIndex as t } from '../../i18n/embed-index.vi.ts';

export interface EmbedItem {
  title: string;
  /** The figure's page on the site. */
  pagePath: string;
  live: string;
  pinned: string;
  /** <iframe> code, live and pinned, with absolute URLs. */
  liveCode: string;
  pinnedCode: string;
}

export interface EmbedGroup {
  heading: string;
  items: EmbedItem[];
}

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The <iframe> code of a figure, as the "Nhúng" box under it gives it. */
export const iframeCode = (figure: Pick<FigureEmbed, 'title' | 'height'>, src: string): string =>
  `<iframe src="${src}" title="${attr(figure.title)}" width="100%" height="${figure.height}" loading="lazy"></iframe>`;

export function embedGroups(origin: URL): EmbedGroup[] {
  const rel = currentRelease();
  const item = (f: FigureEmbed): EmbedItem => {
    const live = embedPath(f.kind, f.slug);
    const pinned = embedPath(f.kind, f.slug, rel.entry.id);
    return { title: f.title, pagePath: f.pagePath, live, pinned, liveCode: iframeCode(f, new URL(live, origin).href), pinnedCode: iframeCode(f, new URL(pinned, origin).href) };
  };
  const charts = chartEmbeds(rel);
  const groups: EmbedGroup[] = [
    { heading: t.provinceHeading, items: charts.filter((c) => !c.chart.id.startsWith('chart-district-')).map(item) },
    { heading: t.districtsHeading, items: charts.filter((c) => c.chart.id.startsWith('chart-district-')).map(item) },
  ];
  const byLayer = new Map<string, MapEmbed[]>();
  for (const m of mapEmbeds(rel)) {
    const key = `${m.view.vintage}|${m.view.level}`;
    byLayer.set(key, [...(byLayer.get(key) ?? []), m]);
  }
  for (const maps of byLayer.values()) {
    const label = layerLabel(maps[0]!.layer);
    groups.push({ heading: `${t.mapsHeading}: ${t.layerHeading(label.name, label.period)}`, items: maps.map(item) });
  }
  return groups.filter((g) => g.items.length > 0);
}
