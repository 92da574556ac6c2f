/**
 * Share cards (Open Graph images): 1200×630 PNG, drawn at build time with
 * satori (layout and text to SVG paths) and resvg (SVG to PNG), in the
 * self-hosted Be Vietnam Pro.
 *
 * Font trap (shared/NOTES.md): @fontsource splits the font into subsets.
 * Given all three under one name satori drops letters like ệ, Đ, ậ; each
 * subset is registered under its own name and listed in fontFamily.
 *
 * Cards are cached in node_modules/.cache/og-cards by a hash of everything
 * that goes into them (text, layout version, font bytes), so a rebuild only
 * draws the cards whose content changed. The bytes are the same either way.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH } from '../og.ts';
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
}

/** Bump when the layout changes: it is part of the cache key. */
const LAYOUT_VERSION = 'card-4';
const SUBSETS = ['vietnamese', 'latin-ext', 'latin'] as const;
const FAMILY = SUBSETS.map((s) => `BVP-${s}`).join(', ');

const BRAND = '#8c1d18';
const BRAND_DARK = '#701611';
const TEXT = '#1b1b1b';
const MUTED = '#4a4f55';
const WARN = '#ffd84d';

let fonts: Font[] | undefined;
let fontDigest = '';

function loadFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  const hash = createHash('sha256');
  fonts = SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => {
      const data = readFileSync(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`));
      hash.update(data);
      return { name: `BVP-${subset}`, data, weight, style: 'normal' as const };
    }),
  );
  fontDigest = hash.digest('hex');
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** Shrinks long titles so they fit in three lines. */
function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 40 ? 64 : n <= 70 ? 54 : n <= 100 ? 46 : 40;
}

function tree(card: CardInput): Node {
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: FAMILY, color: TEXT },
    [
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: 96, padding: '0 56px', background: BRAND, color: '#ffffff' }, [
        el('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, t.site),
        el('div', { display: 'flex', fontSize: 26, color: '#f4d6d3' }, card.eyebrow),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 56px 0' }, [
        el(
          'div',
          { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.22, maxHeight: 3 * 1.22 * titleSize(card.title), overflow: 'hidden', lineClamp: 3 },
          card.title,
        ),
        card.place ? el('div', { display: 'flex', marginTop: 20, fontSize: 32, color: MUTED }, card.place) : null,
        el('div', { display: 'flex', flexGrow: 1 }),
        !card.figure && card.text
          ? el('div', { display: 'block', marginBottom: 28, fontSize: 30, lineHeight: 1.35, color: TEXT, maxHeight: 3 * 1.35 * 30, overflow: 'hidden', lineClamp: 3 }, card.text)
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

function cacheDir(): string {
  return path.resolve(process.env['OG_CACHE_DIR'] || 'node_modules/.cache/og-cards');
}

/** The card as PNG bytes. */
export async function renderCard(card: CardInput): Promise<Uint8Array> {
  const fontData = loadFonts();
  const key = createHash('sha256').update(JSON.stringify([LAYOUT_VERSION, fontDigest, card])).digest('hex');
  const cached = path.join(cacheDir(), `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(tree(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: fontData });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const temp = `${cached}.${process.pid}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, cached);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return png;
}

/** A static endpoint's response for a card. */
export async function cardResponse(card: CardInput): Promise<Response> {
  const png = await renderCard(card);
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
