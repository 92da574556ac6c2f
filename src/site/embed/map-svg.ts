/**
 * A map view as a standalone SVG file: the explorer's areas, district borders, outline
 * and the names that fit, with the fills and patterns of Choropleth.astro and map.css,
 * then the legend of MapLegend.astro (every class shown with its count) and the source
 * (svg-frame.ts).
 */
import type { CriteriaStatus } from '../../domain/indicators.ts';
import type { MapModel } from '../../domain/map/model.ts';
import type { Swatch } from '../../domain/map/palette.ts';
import { formatInt } from '../../format/local.ts';
import { classLabel, darkerMeans, explorer, legendTitle, noDataLabel, statusLabel } from '../../i18n/map.vi.ts';
import { patternId, swatchFill } from '../map/swatch.ts';
import { drawingKey } from '../map/drawing-key.ts';
import { PARENT_LETTER_SPACING, writtenNames, type WrittenName } from '../../domain/map/names.ts';
import { LABEL_FONT } from '../../domain/map/settings.ts';
import { unitLabel } from '../../i18n/results.vi.ts';
import { esc, FONT_FAMILY, footer, header, PAD, svgDocument, textBlocks, wrap, type FileText } from './svg-frame.ts';

const ID = 'm';
const BORDER = '#3d434a';

/** The legend's words for a class key, as MapLegend.astro says them. */
export function mapClassLabel(model: MapModel, key: string): string {
  if (key === 'nd') return noDataLabel;
  if (model.scheme.kind === 'numeric') {
    const c = model.scheme.classes.find((x) => x.key === key);
    return c ? classLabel(c, model.scheme.unit) : key;
  }
  return statusLabel[key as CriteriaStatus] ?? key;
}

export function patternDefs(patterns: readonly Swatch[]): string {
  return patterns
    .map((s) => {
      const size = s.pattern!.kind === 'dots' ? 5 : 6;
      const transform = s.pattern!.kind === 'hatch' ? ' patternTransform="rotate(45)"' : s.pattern!.kind === 'stripes' ? ' patternTransform="rotate(-45)"' : '';
      const ink =
        s.pattern!.kind === 'dots'
          ? `<circle cx="2.5" cy="2.5" r="1.1" fill="${s.pattern!.ink}"/>`
          : `<path d="M0 0V${size}" stroke="${s.pattern!.ink}" stroke-width="${s.pattern!.kind === 'hatch' ? 1.2 : 2}"/>`;
      return `<pattern id="${patternId(ID, s)}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${transform}><rect width="${size}" height="${size}" fill="${s.fill}"/>${ink}</pattern>`;
    })
    .join('');
}

/** The areas, borders and outline, in the drawing's coordinates (also the map's share card). */
export function mapMarks(model: MapModel): string {
  const drawing = model.drawing!;
  let s = '<g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">';
  for (const a of model.areas) if (a.d) s += `<path d="${a.d}" fill="${swatchFill(ID, a.swatch)}"/>`;
  s += '</g>';
  if (drawing.parentBorders) s += `<path d="${drawing.parentBorders}" fill="none" stroke="${BORDER}" stroke-width="1.4" stroke-linejoin="round"/>`;
  s += `<path d="${drawing.outline}" fill="none" stroke="${BORDER}" stroke-width="1.2" stroke-linejoin="round"/>`;
  return s;
}

const NAMES_STYLE = `font-family="${esc(FONT_FAMILY)}" font-size="${LABEL_FONT}" text-anchor="middle" dominant-baseline="central" stroke="#ffffff" stroke-width="4.5" stroke-linejoin="round" paint-order="stroke"`;

/**
 * The names that fit at the page map's size without script (Choropleth.astro), with the same
 * halo; namesakes with their district; the districts' names, in grey capitals, while no
 * area's own name fits.
 */
function mapNames({ areas, parents }: ReturnType<typeof writtenNames>): string {
  const texts = (names: readonly WrittenName[]) =>
    names
      .filter((n) => n.shown)
      .map((n) => `<text x="${n.label.x}" y="${n.label.y}">${esc(n.text)}</text>`)
      .join('');
  const p = texts(parents);
  const s = texts(areas);
  return (
    (p ? `<g ${NAMES_STYLE} font-weight="700" letter-spacing="${PARENT_LETTER_SPACING}" fill="#4a4f55">${p}</g>` : '') +
    (s ? `<g ${NAMES_STYLE} font-weight="600" fill="#1b1b1b">${s}</g>` : '')
  );
}

export function mapSvg(model: MapModel, text: FileText & { credit?: string }): string {
  const drawing = model.drawing;
  if (!drawing) throw new Error(`Bản đồ ${model.view.vintage}/${model.view.level} không có ranh giới: không có tệp SVG.`);
  const width = drawing.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const top = header(text, width);
  let body = top.svg;
  let y = top.y + 4;
  const names = writtenNames(model, unitLabel, LABEL_FONT);
  const key = drawingKey(drawing, explorer, names.parents.some((n) => n.shown));
  body += `<g transform="translate(${PAD},${y})">${mapMarks(model)}${mapNames(names)}</g>`;
  y += drawing.height + 12;

  const word = model.view.level === 'district' ? 'huyện' : 'xã';
  const title = textBlocks([{ text: legendTitle(model.view.indicator, model.view.year, model.baselineYear), size: 13, bold: true }], PAD, y, width);
  body += title.svg;
  y = title.y;
  for (const entry of model.legend) {
    const label = `${mapClassLabel(model, entry.key)} (${formatInt(entry.count)} ${word})`;
    const lines = wrap(label, inner - 42, 12);
    body += `<rect x="${PAD}" y="${y}" width="32" height="20" fill="${swatchFill(ID, entry.swatch)}" stroke="#5f6368"/>`;
    lines.forEach((line, i) => {
      body += `<text x="${PAD + 42}" y="${y + 14 + i * 16}" font-size="12" fill="#1b1b1b">${esc(line)}</text>`;
    });
    y += Math.max(24, lines.length * 16 + 6);
  }
  const notes = textBlocks(
    [
      ...(model.scheme.kind === 'numeric' ? [{ text: `${darkerMeans(model.view.indicator)} ${explorer.classesNote}`, size: 12 }] : []),
      ...(model.summary.carried > 0 ? [{ text: explorer.carriedLegend(model.summary.carriedYears), size: 12, bold: true }] : []),
      ...(key ? [{ text: key, size: 12 }] : []),
      ...(text.credit ? [{ text: text.credit, size: 11 }] : []),
    ],
    PAD,
    y + 2,
    width,
  );
  body += notes.svg;
  const bottom = footer(text, notes.y + 4, width);
  body += bottom.svg;
  return svgDocument({
    width,
    height: bottom.y + PAD - 6,
    title: text.title,
    desc: `${text.description} ${text.release}`,
    body,
    ...(model.patterns.length > 0 ? { defs: patternDefs(model.patterns) } : {}),
  });
}
