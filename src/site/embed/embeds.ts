/**
 * Everything that can be embedded or downloaded, per release: each chart of /tien-do/
 * and each view of the map explorer, with its table, its sources and its paths.
 *
 *   /nhung/bieu-do/<chart>/                       live: follows the current release
 *   /nhung/<release>/bieu-do/<chart>/             pinned to one release
 *   /nhung/ban-do/<vintage>/<huyen|xa>/<indicator>/<year>/      (and pinned)
 *   /du-lieu/<release>/bieu-do/<chart>.csv|svg|png              the files of one release
 *   /du-lieu/<release>/ban-do/<vintage>/<level>/<indicator>/<year>.csv|svg|png
 *
 * <chart> is `ty-le-ho-ngheo`, `ty-le-ho-can-ngheo`, `ho-ngheo-va-can-ngheo`, or
 * `ty-le-ho-ngheo/<vintage>/<code>-<slug>` for a district (the unit page's path).
 * Files carry the release id in their path, so their bytes never change: the live embed
 * and /tien-do/ link the current release's files.
 *
 * Pinned embeds are built for every non-draft release of the manifest from that
 * release's own files (loaded and validated like the current one); a release that no
 * longer validates is skipped with a warning in the build log rather than failing the
 * whole site.
 */
import { buildSettings } from '../../config.ts';
import { planRatePath, provinceRateTarget, provinceSeries } from '../../domain/progress.ts';
import type { Figures } from '../../domain/dataset.ts';
import type { ChartTableSpec } from '../../domain/export/chart-csv.ts';
import { allViews, layerOf, mapLayers, type MapLayer, type MapView } from '../../domain/map/explorer.ts';
import { loadGeoIndex } from '../../domain/map/load.ts';
import type { MapModel } from '../../domain/map/model.ts';
import type { MapContext } from '../../domain/map/values.ts';
import { compareReleaseIds, type ReleaseEntry, type Source } from '../../domain/schemas/index.ts';
import { validate } from '../../domain/validation/validate.ts';
import { currentLang } from '../../i18n/current.ts';
import { embed as t } from '../../i18n/embed.ts';
import { explorer, layerLabel, summarySentences } from '../../i18n/map.ts';
import { formatDecimal } from '../../format/local.ts';
import { districtMultiples, provinceNearPoorChart, provinceRateChart, provinceScaleChart, type ProgressChart } from '../progress-view.ts';
import { siteData, type SiteData } from '../site-data.ts';
import { mapPath, mapSlug, progressDistrictPath, releasePath, type FigureKind, type FileExt } from '../urls.ts';
import { explorerModel, viewModel } from '../map/map-site.ts';
import type { ForwardedAddress } from '../forwarding.ts';

export interface EmbedRelease {
  entry: ReleaseEntry;
  site: SiteData;
  current: boolean;
}

interface FigureBase {
  /** Path under /nhung/[<release>/]<kind>/ and /du-lieu/<release>/<kind>/, without slashes at the ends. */
  slug: string;
  title: string;
  description: string;
  /** Where the figure lives on the site (the embed links back to it). */
  pagePath: string;
  sources: Source[];
  /** Files offered: CSV and XLSX always, SVG and PNG when there is a drawing. */
  files: FileExt[];
  /** Suggested iframe height in CSS pixels (the embed scrolls inside beyond it). */
  height: number;
}

/**
 * A figure's files, as its download links list them: the workbook first, because a reader
 * who opens the CSV in a spreadsheet loses the codes' leading zeros (the note under the
 * links says so); then the CSV for software, then the drawing.
 */
const FIGURE_DATA_FILES: FileExt[] = ['xlsx', 'csv'];
const FIGURE_FILES: FileExt[] = [...FIGURE_DATA_FILES, 'svg', 'png'];

export interface ChartEmbed extends FigureBase {
  kind: 'bieu-do';
  chart: ProgressChart;
  table: ChartTableSpec;
}

export interface MapEmbed extends FigureBase {
  kind: 'ban-do';
  view: MapView;
  model: MapModel;
  layer: MapLayer;
  /** "xã, phường, thị trấn (địa giới 01/01/2020 – 30/11/2024)". */
  layerName: string;
}

export type FigureEmbed = ChartEmbed | MapEmbed;

// -------------------------------------------------------------- file names --

/** Name offered by the browser when saving: "bieu-do-ty-le-ho-ngheo-2026.1.csv". */
export const figureFileName = (releaseId: string, kind: FigureKind, slug: string, ext: FileExt): string =>
  `${kind}-${slug.replaceAll('/', '-')}-${releaseId}.${ext}`;

/**
 * Suggested iframe heights: the whole embed, link back included, at every frame width from
 * 320 to 900 px, for a host that pastes the code without the snippet (many CMSs drop
 * scripts). Narrow frames are tall because the text wraps, wide ones because the drawing
 * grows to its largest (Embed.astro); tests/e2e/embeds.ts measures every embed.
 */
const EMBED_HEIGHT = { chart: 730, smallChart: 670, map: 1120, mapWithoutDrawing: 520 } as const;

// ---------------------------------------------------------------- releases --

let releasesMemo: EmbedRelease[] | undefined;

/** Non-draft releases of the manifest that load, oldest first, and the one siteData() shows (a draft in a preview build). */
export function embedReleases(): EmbedRelease[] {
  if (releasesMemo) return releasesMemo;
  const current = siteData();
  const { dataRoot, contentRoot } = buildSettings();
  const out: EmbedRelease[] = [];
  for (const entry of [...current.manifest.releases].sort((a, b) => compareReleaseIds(a.id, b.id))) {
    if (entry.id === current.release.id) {
      out.push({ entry, site: current, current: true });
      continue;
    }
    if (entry.status === 'draft') continue;
    const { report, dataset, engine, carriedEngine } = validate({ dataRoot, contentRoot, releaseId: entry.id });
    if (!report.ok || !dataset || !engine || !carriedEngine) {
      console.warn(`[nhung] bỏ qua khung nhúng cố định của phiên bản ${entry.id}: dữ liệu không hợp lệ (${report.errors.length} lỗi; chạy npm run validate -- --release ${entry.id}).`);
      continue;
    }
    out.push({
      entry,
      current: false,
      site: {
        ...current, dataset, engine, carriedEngine, release: dataset.data.release, demo: entry.status === 'demo',
        evaluations: engine.evaluateAll(), indications: carriedEngine.evaluateCarried(),
      },
    });
  }
  releasesMemo = out;
  return out;
}

export const currentRelease = (): EmbedRelease => embedReleases().find((r) => r.current)!;

// ------------------------------------------------------------------ charts --

/** Province charts by the id progress-view gives them. A new chart needs a slug here. */
const PROVINCE_SLUGS: Record<string, string> = {
  'chart-province-rate': 'ty-le-ho-ngheo',
  'chart-province-near-poor': 'ty-le-ho-can-ngheo',
  'chart-province-scale': 'ho-ngheo-va-can-ngheo',
};

function sourcesOf(site: SiteData, figures: readonly (Figures | undefined)[]): Source[] {
  const ids = [...new Set(figures.flatMap((f) => f?.sources ?? []))].sort();
  return ids.map((id) => site.dataset.source(id)).filter((s) => s !== undefined);
}

const points = (chart: ProgressChart, i = 0) => chart.model.series[i]?.points ?? [];

/**
 * The plan's band of the province rate chart, per year of the plan's period: the same path
 * as the chart's (`planRatePath`; tests/embed-files.test.ts redraws the band from these
 * values and compares it with the chart's). A year after the period has empty cells.
 */
function planBand(site: SiteData, chart: ProgressChart): ChartTableSpec['band'] {
  const { criteria } = site.dataset.data;
  const target = provinceRateTarget(criteria);
  const base = points(chart).find((p) => p.year === site.dataset.baselineYear);
  if (!target || !base) return undefined;
  return {
    upper: { column: 'plan_rate_upper', title: t.planUpper(formatDecimal(target.points, 0)) },
    lower: { column: 'plan_rate_lower', title: t.planLower(formatDecimal(target.bandTo ?? target.points, 0)) },
    points: planRatePath(criteria, { year: base.year, rate: base.value }, points(chart).map(({ year }) => year))!,
  };
}

/**
 * The unit a province chart is about, for its table: the province is one unit across
 * vintages (Dataset.figures), taken from the first vintage as provinceSeries takes it.
 * Every district hangs off it (rule parent-level), so a valid release has one.
 */
function provinceSubject(site: SiteData): ChartTableSpec['subject'] {
  const province = site.dataset.vintages.flatMap((v) => v.units).find((u) => u.level === 'province');
  if (!province) throw new Error(`Phiên bản ${site.release.id} không có đơn vị cấp tỉnh: biểu đồ toàn tỉnh không biết mã, tên đơn vị.`);
  return { code: province.code, name: province.name };
}

function provinceCharts(rel: EmbedRelease): ChartEmbed[] {
  const { site } = rel;
  const figures = provinceSeries(site.dataset).map((p) => p.figures);
  const subject = provinceSubject(site);
  const sources = sourcesOf(site, figures);
  const base = (chart: ProgressChart): Omit<ChartEmbed, 'table'> => {
    const slug = PROVINCE_SLUGS[chart.id];
    if (!slug) throw new Error(`Biểu đồ ${chart.id} chưa có đường dẫn nhúng: thêm vào PROVINCE_SLUGS (src/site/embed/embeds.ts).`);
    return {
      kind: 'bieu-do', slug, chart, title: chart.title, description: chart.description, pagePath: `/tien-do/#${chart.id}-h`,
      sources, files: FIGURE_FILES, height: EMBED_HEIGHT.chart,
    };
  };
  const out: ChartEmbed[] = [];
  const rate = provinceRateChart(site);
  if (rate) {
    const band = planBand(site, rate);
    out.push({
      ...base(rate),
      table: {
        subject,
        years: rate.model.xTicks.map((x) => Number(x.label)), unit: 'percent',
        series: [{ column: 'poor_rate', title: rate.model.series[0]!.label, points: points(rate) }],
        ...(band ? { band } : {}),
      },
    });
  }
  const near = provinceNearPoorChart(site);
  out.push({
    ...base(near),
    table: {
      subject,
      years: near.model.xTicks.map((x) => Number(x.label)), unit: 'percent',
      series: [{ column: 'near_poor_rate', title: near.model.series[0]!.label, points: points(near) }],
    },
  });
  const scale = provinceScaleChart(site);
  if (scale) {
    const baseline = points(scale).find((p) => p.year === site.dataset.baselineYear);
    out.push({
      ...base(scale),
      table: {
        subject,
        years: scale.model.xTicks.map((x) => Number(x.label)), unit: 'households',
        series: [{ column: 'poor_and_near_poor', title: scale.model.series[0]!.label, points: points(scale) }],
        ...(baseline && scale.model.rule ? { rule: { column: 'half_of_baseline', title: scale.model.rule.label, value: baseline.value / 2, lastYear: site.dataset.lastComparableYear } } : {}),
      },
    });
  }
  return out;
}

function districtCharts(rel: EmbedRelease): ChartEmbed[] {
  const { site } = rel;
  return districtMultiples(site).map((m) => {
    const figures = site.dataset.seriesYears(m.ref.vintage, m.ref.unit.code).map((y) => site.dataset.figures(m.ref.vintage, m.ref.unit.code, y));
    return {
      kind: 'bieu-do',
      slug: `ty-le-ho-ngheo/${m.ref.path.replace(/^\/dia-ban\//, '').replace(/\/$/, '')}`,
      chart: m,
      title: m.title,
      description: m.description,
      pagePath: `${progressDistrictPath(m.ref.vintage, m.ref.unit)}#${m.id}-h`,
      sources: sourcesOf(site, figures),
      files: FIGURE_FILES,
      height: EMBED_HEIGHT.smallChart,
      table: {
        subject: { code: m.ref.unit.code, name: m.ref.unit.name },
        years: m.model.xTicks.map((x) => Number(x.label)), unit: 'percent',
        series: [{ column: 'poor_rate', title: m.model.series[0]!.label, points: points(m) }],
      },
    };
  });
}

// By language and release: titles, descriptions and column titles are words of the page (an
// English page's box under a chart); embeds and files are rendered in Vietnamese.
const chartMemo = new Map<string, ChartEmbed[]>();

/** Every chart of /tien-do/ for a release, in the page's order. */
export function chartEmbeds(rel: EmbedRelease = currentRelease()): ChartEmbed[] {
  const key = `${currentLang()}|${rel.entry.id}`;
  let charts = chartMemo.get(key);
  if (!charts) chartMemo.set(key, (charts = [...provinceCharts(rel), ...districtCharts(rel)]));
  return charts;
}

/** The embed of a chart of /tien-do/ by its id (`chart-province-rate`, `chart-district-181`). */
export const chartEmbedById = (id: string, rel: EmbedRelease = currentRelease()): ChartEmbed | undefined =>
  chartEmbeds(rel).find((c) => c.chart.id === id);

// -------------------------------------------------------------------- maps --

interface ReleaseMaps {
  ctx: MapContext;
  layers: MapLayer[];
  views: MapView[];
  /** By language and slug: a map embed's title and description are words of the page. */
  models: Map<string, MapEmbed>;
  /** By slug: a model has no words, so both languages share it. */
  computed: Map<string, MapModel>;
}

const mapsMemo = new Map<string, ReleaseMaps>();

function releaseMaps(rel: EmbedRelease): ReleaseMaps {
  let maps = mapsMemo.get(rel.entry.id);
  if (!maps) {
    const { dataRoot } = buildSettings();
    const ctx: MapContext = { dataset: rel.site.dataset, engine: rel.site.engine, carriedEngine: rel.site.carriedEngine };
    const layers = mapLayers(ctx, loadGeoIndex(dataRoot)?.layers ?? []);
    maps = { ctx, layers, views: allViews(layers), models: new Map(), computed: new Map() };
    mapsMemo.set(rel.entry.id, maps);
  }
  return maps;
}

/** The explorer's model of a view; for an older release, the same computation on its data. */
function modelOf(rel: EmbedRelease, maps: ReleaseMaps, view: MapView, layer: MapLayer): MapModel {
  if (rel.current) return explorerModel(view);
  const slug = mapSlug(view);
  const hit = maps.computed.get(slug);
  if (hit) return hit;
  const model = viewModel(maps.ctx, buildSettings().dataRoot, layer, view);
  maps.computed.set(slug, model);
  return model;
}

export function mapEmbed(view: MapView, rel: EmbedRelease = currentRelease()): MapEmbed {
  const maps = releaseMaps(rel);
  const slug = mapSlug(view);
  // Title and description are words: one per language (the explorer's English twin shows this embed too).
  const key = `${currentLang()}|${slug}`;
  const hit = maps.models.get(key);
  if (hit) return hit;
  const layer = layerOf(maps.layers, view)!;
  const model = modelOf(rel, maps, view, layer);
  const label = layerLabel(layer);
  const layerName = `${label.name.toLocaleLowerCase('vi')} (${label.period})`;
  const made: MapEmbed = {
    kind: 'ban-do',
    slug,
    view,
    model,
    layer,
    layerName,
    title: `${explorer.heading(view.indicator, view.year)}: ${layerName}`,
    description: summarySentences(model).map((s) => s.text).join(' '),
    pagePath: mapPath(view),
    sources: model.sources.map((id) => rel.site.dataset.source(id)).filter((s) => s !== undefined),
    files: model.drawing ? FIGURE_FILES : FIGURE_DATA_FILES,
    height: model.drawing ? EMBED_HEIGHT.map : EMBED_HEIGHT.mapWithoutDrawing,
  };
  maps.models.set(key, made);
  return made;
}

/** Every view of the map explorer for a release. */
export const mapEmbeds = (rel: EmbedRelease = currentRelease()): MapEmbed[] => releaseMaps(rel).views.map((v) => mapEmbed(v, rel));

// --------------------------------------------------------------- way back --

/** Where an embed's link back leads: the figure's page, or its release's page (`toRelease`). */
export interface BackLink {
  path: string;
  toRelease: boolean;
}

let livePagesMemo: Set<string> | undefined;
/** The figures' places on the pages the current release builds: map views, and charts with their anchors. */
const livePages = (): Set<string> =>
  (livePagesMemo ??= new Set([...releaseMaps(currentRelease()).views.map(mapPath), ...chartEmbeds(currentRelease()).map((c) => c.pagePath)]));

/**
 * The link back of a figure's embed. The site's pages follow the current release, but a
 * pinned embed stays in articles for years: once the current release has no figures for a
 * map's year or a district's chart (the first real release drops the demo's illustrative
 * communes), that page is no longer built. The link then leads to the pinned release's own
 * page, which is kept for good, rather than to a page that is gone.
 */
export function backLink(rel: EmbedRelease, figure: { pagePath: string }): BackLink {
  return rel.current || livePages().has(figure.pagePath) ? { path: figure.pagePath, toRelease: false } : { path: releasePath(rel.entry.id), toRelease: true };
}

/**
 * The pages of figures an earlier release had and the current one no longer builds (a map's
 * year, a district's chart, once the first real release drops the demo's communes). Articles
 * link to them as to the embeds, so each forwards, as a pinned embed's link back does, to the
 * page of the latest release that had it, whose data are kept there for good
 * (src/pages/[...forward].astro).
 */
export function goneFigurePages(): ForwardedAddress[] {
  const pageOf = (pagePath: string) => pagePath.split('#', 1)[0]!;
  const live = new Set([...livePages()].map(pageOf));
  const gone = new Map<string, string>();
  for (const rel of embedReleases().filter((r) => !r.current).reverse()) {
    for (const page of [...releaseMaps(rel).views.map(mapPath), ...chartEmbeds(rel).map((c) => pageOf(c.pagePath))]) {
      if (!live.has(page) && !gone.has(page)) gone.set(page, releasePath(rel.entry.id));
    }
  }
  return [...gone].map(([path, target]) => ({ path, target }));
}
