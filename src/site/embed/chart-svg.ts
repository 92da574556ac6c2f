/**
 * A line chart as a standalone SVG file: the same model, marks and colours as
 * LineChart.astro (src/site/charts/chart-style.ts), framed with title, legend
 * and source (svg-frame.ts).
 */
import type { LineChartModel } from '../../domain/charts/line-chart.ts';
import { CARRIED_STYLE, CHART_INK, markerPath, seriesStyle } from '../charts/chart-style.ts';
import { charts } from '../../i18n/charts.vi.ts';
// Vietnamese whatever page links to it: a file has one address for both languages (docs/english-edition.md).
import { embed as t } from '../../i18n/embed.vi.ts';
import { esc, footer, header, PAD, svgDocument, wrap, type FileText } from './svg-frame.ts';

/** The drawing itself, in the model's coordinates. */
function chartMarks(model: LineChartModel): string {
  let s = '';
  if (model.band) s += `<path d="${model.band.path}" fill="${CHART_INK.band}"/>`;
  for (const tick of model.yTicks) {
    s += `<line x1="${model.plot.left}" x2="${model.plot.right}" y1="${tick.y}" y2="${tick.y}" stroke="${CHART_INK.grid}" stroke-width="1"/>`;
    s += `<text x="${model.plot.left - 6}" y="${tick.y}" dy="0.32em" text-anchor="end" font-size="12" fill="${CHART_INK.tick}">${esc(tick.label)}</text>`;
  }
  for (const tick of model.xTicks) {
    s += `<text x="${tick.x}" y="${model.plot.bottom + 20}" text-anchor="middle" font-size="12" fill="${CHART_INK.tick}">${esc(tick.label)}</text>`;
  }
  if (model.rule) {
    s += `<line x1="${model.plot.left}" x2="${model.rule.until ?? model.plot.right}" y1="${model.rule.y}" y2="${model.rule.y}" stroke="${CHART_INK.rule}" stroke-width="1.5" stroke-dasharray="${CHART_INK.ruleDash}"/>`;
  }
  model.series.forEach((series, i) => {
    const style = seriesStyle(i);
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    s += `<g><path d="${series.path}" fill="none" stroke="${style.stroke}" stroke-width="2.5"${dash}/>`;
    if (series.carriedPath) {
      s += `<path d="${series.carriedPath}" fill="none" stroke="${style.stroke}" stroke-width="${CARRIED_STYLE.width}" stroke-dasharray="${CARRIED_STYLE.dash}" stroke-linecap="round" opacity="${CARRIED_STYLE.opacity}"/>`;
    }
    for (const p of series.placed) {
      const faded = p.carried ? ` opacity="${CARRIED_STYLE.opacity}"` : '';
      s += `<path d="${markerPath(style.marker, p.x, p.y)}" stroke="${style.stroke}" stroke-width="2" fill="${p.illustrative ? '#fff' : style.stroke}"${faded}/>`;
    }
    s += '</g>';
  });
  return s;
}

interface LegendItem {
  swatch: string;
  label: string;
}

function legendItems(model: LineChartModel): LegendItem[] {
  const items: LegendItem[] = model.series.map((series, i) => {
    const style = seriesStyle(i);
    return { swatch: `<line x1="0" x2="28" y1="6" y2="6" stroke="${style.stroke}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`, label: series.label };
  });
  if (model.band) items.push({ swatch: `<rect x="2" y="0" width="24" height="12" fill="${CHART_INK.band}" stroke="${CHART_INK.bandEdge}"/>`, label: model.band.label });
  if (model.rule) items.push({ swatch: `<line x1="0" x2="28" y1="6" y2="6" stroke="${CHART_INK.rule}" stroke-width="1.5" stroke-dasharray="${CHART_INK.ruleDash}"/>`, label: model.rule.label });
  if (model.series.some((s) => s.points.some((p) => p.carried))) {
    items.push({
      swatch: `<line x1="0" x2="28" y1="6" y2="6" stroke="#333" stroke-width="${CARRIED_STYLE.width}" stroke-dasharray="${CARRIED_STYLE.dash}" stroke-linecap="round" opacity="${CARRIED_STYLE.opacity}"/>`,
      label: charts.carriedSegment,
    });
  }
  if (model.series.some((s) => s.points.some((p) => p.illustrative))) {
    items.push({ swatch: '<circle cx="14" cy="6" r="4" fill="#fff" stroke="#333" stroke-width="2"/>', label: t.fileHollow });
  }
  return items;
}

export function chartSvg(model: LineChartModel, text: FileText): string {
  const width = Math.max(model.width, 360) + 2 * PAD;
  const top = header(text, width);
  let body = top.svg;
  let y = top.y + 4;
  body += `<g transform="translate(${PAD + Math.floor((width - 2 * PAD - model.width) / 2)},${y})">${chartMarks(model)}</g>`;
  y += model.height + 8;
  for (const item of legendItems(model)) {
    const lines = wrap(item.label, width - 2 * PAD - 36, 12);
    body += `<g transform="translate(${PAD},${y + 3})">${item.swatch}</g>`;
    lines.forEach((line, i) => {
      body += `<text x="${PAD + 36}" y="${y + 12 + i * 16}" font-size="12" fill="#1b1b1b">${esc(line)}</text>`;
    });
    y += lines.length * 16 + 4;
  }
  const bottom = footer(text, y + 8, width);
  body += bottom.svg;
  return svgDocument({ width, height: bottom.y + PAD - 6, title: text.title, desc: `${text.description} ${text.release}`, body });
}
