/**
 * Share cards (Open Graph images): 1200×630 PNG, drawn at build time with
 * satori (layout and text to SVG paths) and resvg (SVG to PNG, png.ts), in the
 * image fonts (fonts.ts), on the image workers (pool.ts). Cards are kept in the PNG
 * cache under a hash of the card's text and the layout version, so satori only runs
 * for cards that changed.
 */
import satori, { type Font } from 'satori';
import { OG_HEIGHT, OG_WIDTH } from '../og.ts';
import { IMAGE_FONT_FAMILY, imageFonts } from './fonts.ts';
import { cachedPng } from './png.ts';
import { runInPool } from '../workers/pool.ts';
import { og as t } from '../../i18n/content.vi.ts';

export interface CardInput {
  /** Small line above the title: "Điển hình tiên tiến", "Tin tức", "Địa bàn". */
  eyebrow: string;
  title: string;
  /** Place or date line under the title. */
  place?: string | undefined;
  /** The key figure, large, with its label. */
  figure?: { value: string; label: string } | undefined;
  /** A sentence shown when there is no key figure (a profile's summary). */
  text?: string | undefined;
  /** Yellow badge: the card shows illustrative content. */
  badge?: string | undefined;
  /** Host name printed at the bottom. */
  host: string;
  /**
   * A drawing on the right half (a map's areas): SVG markup in its own coordinates,
   * `width` × `height`, with its <defs>. Drawn over satori's output, scaled to fit.
   */
  art?: { svg: string; defs?: string; width: number; height: number } | undefined;
}

/** Bump when the layout changes: it is part of the cache key. */
const LAYOUT_VERSION = 'card-8';

/** The box of the drawing on a card with art: right of the text, between the bands. */
const ART_BOX = { x: 640, y: 112, width: 520, height: 430 } as const;

const BRAND = '#8c1d18';
const BRAND_DARK = '#701611';
const TEXT = '#1b1b1b';
const MUTED = '#4a4f55';
const WARN = '#ffd84d';

// One array for every card: satori keeps the fonts it parsed for the array it was given.
let fonts: Font[] | undefined;
const satoriFonts = (): Font[] => (fonts ??= imageFonts().faces.map((f) => ({ name: IMAGE_FONT_FAMILY, data: f.data, weight: f.weight, style: 'normal' })));

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Title sizes, largest first (titleSize picks one). */
const TITLE_SIZES = [64, 54, 46, 40, 34] as const;
const PADDING_LEFT = 56;
/** Right of the text: the card's margin, or the drawing and a gap before it. */
const paddingRight = (beside: boolean) => (beside ? OG_WIDTH - ART_BOX.x + 24 : 56);
/** Width of the title's column: the card's, or left of the drawing. */
const textWidth = (beside: boolean) => OG_WIDTH - PADDING_LEFT - paddingRight(beside);

// lineClamp alone cuts the text at three lines with an ellipsis; `overflow: hidden`
// would add a clip path and mask, about 3 ms of a card's 30 in satori and resvg.
const titleNode = (title: string, size: number): Node => el('div', { display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.22, lineClamp: 3 }, title);

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const letters = (text: string) => text.replace(/\s+/g, '');

/**
 * The text satori lays out for a title at a size, read back from its <text> elements
 * (`embedFont: false`): the whole title, or the part before lineClamp's ellipsis.
 */
async function laidOutTitle(title: string, size: number, width: number): Promise<string> {
  const svg = await satori(el('div', { display: 'flex', width }, [titleNode(title, size)]) as never, { width, height: OG_HEIGHT, fonts: satoriFonts(), embedFont: false });
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&[a-z]+;|&#\d+;/g, (e) => XML_ENTITIES[e] ?? e)).join('');
}

/** The size a title's length asks for: short titles large, long ones smaller, leaving room for the lines below. */
function sizeForLength(title: string): number {
  const n = [...title].length;
  return n <= 40 ? 64 : n <= 70 ? 54 : n <= 100 ? 46 : 40;
}

/**
 * The size its length asks for, or a smaller one when the title would not be whole in three
 * lines at that size, measured by satori itself: sized by length alone, "Kết quả đánh giá theo
 * tiêu chí của Phong trào năm 2023" beside a map lost its year to the ellipsis, and the cards
 * of 2022 and 2023 were the same picture. A title too long even at the smallest size is cut there.
 */
export async function titleSize(title: string, beside: boolean): Promise<number> {
  const width = textWidth(beside);
  for (const size of TITLE_SIZES.filter((s) => s <= sizeForLength(title))) {
    if (letters(await laidOutTitle(title, size, width)) === letters(title)) return size;
  }
  return TITLE_SIZES.at(-1)!;
}

function tree(card: CardInput, titleSizePx: number): Node {
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: IMAGE_FONT_FAMILY, color: TEXT },
    [
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 96, padding: '0 56px', background: BRAND, color: '#ffffff' }, [
        el('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, t.site),
        el('div', { display: 'flex', fontSize: 26, color: '#f4d6d3' }, card.eyebrow),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `44px ${paddingRight(Boolean(card.art))}px 0 ${PADDING_LEFT}px` }, [
        titleNode(card.title, titleSizePx),
        card.place ? el('div', { display: 'flex', marginTop: 20, fontSize: 32, color: MUTED }, card.place) : null,
        el('div', { display: 'flex', flexGrow: 1 }),
        !card.figure && card.text
          ? el('div', { display: 'block', marginBottom: 28, fontSize: 30, lineHeight: 1.35, color: TEXT, lineClamp: 3 }, card.text)
          : null,
        card.figure
          ? el('div', { display: 'flex', alignItems: 'baseline', gap: 24, marginBottom: 28 }, [
              el('div', { display: 'flex', fontSize: 76, fontWeight: 700, color: BRAND_DARK, lineHeight: 1 }, card.figure.value),
              el('div', { display: 'flex', fontSize: 30, color: MUTED, maxWidth: 640 }, card.figure.label),
            ])
          : null,
      ]),
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 72, padding: '0 56px', borderTop: `4px solid ${BRAND}` }, [
        el('div', { display: 'flex', fontSize: 24, color: MUTED }, card.host),
        card.badge
          ? el('div', { display: 'flex', padding: '6px 18px', fontSize: 26, fontWeight: 700, background: WARN, color: TEXT, border: `3px solid ${TEXT}`, borderRadius: 8 }, card.badge)
          : null,
      ]),
    ].filter(Boolean),
  );
}

/** satori's SVG with the art scaled into its box, centred. */
function withArt(svg: string, art: NonNullable<CardInput['art']>): string {
  const scale = Math.min(ART_BOX.width / art.width, ART_BOX.height / art.height);
  const x = ART_BOX.x + (ART_BOX.width - art.width * scale) / 2;
  const y = ART_BOX.y + (ART_BOX.height - art.height * scale) / 2;
  const group = `${art.defs ? `<defs>${art.defs}</defs>` : ''}<g transform="translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${scale.toFixed(4)})">${art.svg}</g>`;
  return svg.replace(/<\/svg>\s*$/, `${group}</svg>`);
}

/** The card as an SVG of paths (satori draws the text as outlines), with its art. */
export async function cardSvg(card: CardInput): Promise<string> {
  const svg = await satori(tree(card, await titleSize(card.title, Boolean(card.art))) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: satoriFonts() });
  return card.art ? withArt(svg, card.art) : svg;
}

/** The card as PNG bytes. */
export function renderCard(card: CardInput): Promise<Buffer> {
  return cachedPng(['card', LAYOUT_VERSION, JSON.stringify(card)], () => runInPool({ kind: 'card', card }));
}

/** A static endpoint's response for a card. */
export async function cardResponse(card: CardInput): Promise<Response> {
  const png = await renderCard(card);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
