/**
 * The downloadable files of a figure: CSV of exactly what it shows, a standalone SVG of
 * the drawing and its PNG. One computation per (release, figure, format), kept for the
 * build; the endpoints under src/pages/du-lieu/[release]/ serve them.
 */
import { SITE_URL } from '../../config.ts';
import { chartCsv, chartTable, mapCsv, mapTable } from '../../domain/export/chart-csv.ts';
import { DATA_LICENCE } from '../../domain/export/datapackage.ts';
import { figureSheet } from '../../domain/export/table-sheets.ts';
import { XLSX_MEDIA_TYPE } from '../../domain/export/xlsx.ts';
// Vietnamese whatever page links to it: a file has one address for both languages (docs/english-edition.md).
import { embed as t } from '../../i18n/embed.vi.ts';
import { exportText } from '../../i18n/export.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { chartSvg } from './chart-svg.ts';
import { embedReleases, type EmbedRelease, type FigureEmbed } from './embeds.ts';
import { mapClassLabel, mapSvg } from './map-svg.ts';
import { sharedWhileRunning } from '../build-cache.ts';
import { drawAhead } from '../images/ahead.ts';
import { svgToPng } from '../images/png.ts';
import { workbookInPool } from '../workers/pool.ts';
import type { FileText } from './svg-frame.ts';
import { figureFilePath, type FileExt } from '../urls.ts';

const MEDIA_TYPES: Record<FileExt, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_MEDIA_TYPE,
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** Title, release line, demo notice and source lines every file of the figure carries. */
function fileText(rel: EmbedRelease, fig: FigureEmbed, origin: URL): FileText {
  const page = new URL(fig.pagePath, origin).href;
  const docs = t.fileDocs(fig.sources);
  return {
    title: fig.title,
    release: t.fileRelease(rel.entry.id, rel.entry.publishedAt),
    description: fig.description,
    ...(rel.site.demo ? { demo: t.fileDemo } : {}),
    source: [`${t.fileSource(vi.site.name, origin.host, rel.entry.id)}. ${t.licence(DATA_LICENCE.name.replaceAll('-', ' '))}.`, ...(docs ? [docs] : []), page],
  };
}

/** Where the files say they come from: the site's own address (Astro's `site` is SITE_URL). */
const ORIGIN = new URL(SITE_URL);

const memo = new Map<string, Buffer>();

/** The CSV or the SVG of a figure. */
export function figureFile(rel: EmbedRelease, fig: FigureEmbed, ext: 'csv' | 'svg', origin: URL): Buffer {
  const key = `${rel.entry.id}|${figureFilePath(rel.entry.id, fig.kind, fig.slug, ext)}`;
  const hit = memo.get(key);
  if (hit) return hit;
  let bytes: Buffer;
  if (ext === 'csv') {
    bytes = Buffer.from(fig.kind === 'bieu-do' ? chartCsv(fig.table) : mapCsv(fig.model, { classLabel: (k) => mapClassLabel(fig.model, k) }), 'utf8');
  } else {
    const svg =
      fig.kind === 'bieu-do'
        ? chartSvg(fig.chart.model, fileText(rel, fig, origin))
        : mapSvg(fig.model, { ...fileText(rel, fig, origin), ...(fig.layer.geo ? { credit: fig.layer.geo.credit } : {}) });
    bytes = Buffer.from(svg, 'utf8');
  }
  memo.set(key, bytes);
  return bytes;
}

/**
 * How many times its SVG's size a figure's PNG is drawn. A map (632 px wide) at 1.5× is
 * 948 px, wider than a phone screen or a social post needs; its SVG is there for print. At
 * 2× the 140 maps of a cold build cost about 6 s more CPU (of 56 s in all). A chart
 * (392 px wide) stays at 2× to keep its small print readable.
 */
export const PNG_ZOOM: Record<FigureEmbed['kind'], number> = { 'ban-do': 1.5, 'bieu-do': 2 };

/** The PNG of a figure: its SVG drawn larger (PNG_ZOOM; png.ts, on the image workers). */
export function figurePng(rel: EmbedRelease, fig: FigureEmbed, origin: URL): Promise<Buffer> {
  return svgToPng(figureFile(rel, fig, 'svg', origin).toString('utf8'), PNG_ZOOM[fig.kind]);
}

interface FileProps {
  release: EmbedRelease;
  figure: FigureEmbed;
  ext: FileExt;
}

/** Static paths of every download of the figures `select` picks, for each release; their PNGs and workbooks are made ahead (images/ahead.ts). */
export function figureFilePaths(select: (release: EmbedRelease) => FigureEmbed[]) {
  const paths = embedReleases().flatMap((release) =>
    select(release).flatMap((figure) =>
      figure.files.map((ext) => ({ params: { release: release.entry.id, file: `${figure.slug}.${ext}` }, props: { release, figure, ext } satisfies FileProps })),
    ),
  );
  drawAhead(
    paths.flatMap(({ props: { release, figure, ext } }) =>
      ext === 'png' ? [() => figurePng(release, figure, ORIGIN)] : ext === 'xlsx' ? [() => figureXlsx(release, figure, ORIGIN)] : [],
    ),
  );
  return paths;
}

/**
 * Figure workbooks being written, by release, kind and slug: a page whose workbook was started
 * ahead waits for it instead of writing it again. Once written, it is in the build's cache.
 */
const writing = new Map<string, Promise<Buffer>>();

/**
 * The figure's table as an Excel workbook: the CSV's columns, typed (xlsx.ts), under the
 * same title, release line, sources, page address and demo notice as its SVG; from the
 * build's cache when unchanged.
 */
function figureXlsx(rel: EmbedRelease, fig: FigureEmbed, origin: URL): Promise<Buffer> {
  return sharedWhileRunning(writing, `${rel.entry.id} ${fig.kind} ${fig.slug}`, () => writeFigureXlsx(rel, fig, origin));
}

function writeFigureXlsx(rel: EmbedRelease, fig: FigureEmbed, origin: URL): Promise<Buffer> {
  const text = fileText(rel, fig, origin);
  const table = fig.kind === 'bieu-do' ? chartTable(fig.table) : mapTable(fig.model, { classLabel: (k) => mapClassLabel(fig.model, k) });
  const notes = [text.release, ...text.source, ...(table.kinds.includes('percent') ? [exportText.percentLine] : []), ...(text.demo ? [text.demo] : [])];
  return workbookInPool([figureSheet(t.sheetName, fig.title, table, notes, t.figureColumn)], {
    title: fig.title,
    creator: vi.footer.publisher,
    date: rel.entry.publishedAt ?? '1980-01-01',
  });
}

/** The bytes of one download, as a static endpoint's response. */
export async function figureFileResponse(props: unknown): Promise<Response> {
  const { release, figure, ext } = props as FileProps;
  const bytes = ext === 'xlsx' ? await figureXlsx(release, figure, ORIGIN) : ext === 'png' ? await figurePng(release, figure, ORIGIN) : figureFile(release, figure, ext, ORIGIN);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MEDIA_TYPES[ext] } });
}
