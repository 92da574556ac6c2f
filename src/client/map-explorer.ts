/**
 * Map explorer enhancement, light on purpose: the page already holds the whole map
 * as an SVG drawn at build time, with every area a link whose accessible name carries
 * its figure. This script adds, without any library:
 *
 * - the readout under the map (never over it, so it hides no area): hover, focus or a
 *   first tap shows an area's figure there; a second tap opens its page;
 * - area names at a readable size, shown where they fit, refitted as the map grows;
 * - the chosen area in the URL (&chon=06073), so a shared link or a reload shows it;
 * - a "Phóng to / kéo bản đồ" button (in the readout) that loads the zoomable map (src/client/map-zoom.ts,
 *   Leaflet) only when the reader asks; a link carrying a zoom (?z=1.5&c=21.85,106.76:
 *   2^1.5 times the whole-province view, whatever the screen) loads it at once. The view
 *   controls carry zoom and choice along to the next view.
 *
 * Touch: the first tap on an area shows its figure, a second tap opens its page.
 * Mouse: hover shows the figure, a click opens the page. Keyboard: Tab reaches
 * each area (its figure shows), Enter opens the page.
 */
import { LABEL_EM_PER_LETTER, LABEL_PX, namesShown, type LabelPlace } from '../domain/map/settings.ts';
import { PARENT_EM_PER_LETTER, parentNamesShown } from '../domain/map/names.ts';
import { vietnamesePath } from '../i18n/lang.ts';
import { mapWords as T } from './map-strings.ts';
import type { Zoomable } from './map-zoom.ts';

const box = document.querySelector<HTMLElement>('[data-map-explorer]');
const svg = box?.querySelector<SVGSVGElement>('svg.choropleth');
const readout = document.querySelector<HTMLElement>('[data-map-details]');
if (box && svg && readout) enhance(box, svg, readout);

function codeOf(a: Element): string | undefined {
  return /\/(\d+)-[^/]*\/?$/.exec(a.getAttribute('href') ?? '')?.[1];
}

function enhance(box: HTMLElement, svg: SVGSVGElement, panel: HTMLElement): void {
  const areas = [...svg.querySelectorAll<SVGAElement>('.choropleth__areas a')];
  const layerKey = box.dataset['layer'] ?? '';
  let zoom: Zoomable | undefined;
  let dragged = false;

  // ---------------------------------------------------------- readout --
  const text = panel.querySelector('p') ?? panel.appendChild(document.createElement('p'));
  text.textContent = T.hint;
  const link = document.createElement('a');
  link.hidden = true;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'map-details__close';
  close.setAttribute('aria-label', T.close);
  close.textContent = '×';
  close.hidden = true;
  // Before the text, so the text leaves room for it only when it shows (map.css).
  panel.prepend(close);
  panel.append(link);
  // The readout is not a live region: on focus or under the pointer a screen reader already
  // says the area's name, which is its figure, and saying it again on every Tab is noise. A
  // first tap opens nothing, so that alone is announced, from a status present from the start.
  const said = document.createElement('span');
  said.className = 'visually-hidden';
  said.setAttribute('role', 'status');
  panel.append(said);
  // Closing hides the focused button: the readout takes focus, so the keyboard keeps its place.
  panel.tabIndex = -1;

  // The chosen area's shape (a <path>, or a <use> of the layer's boundaries file) drawn again as rings.
  let rings: Element[] = [];
  function ring(shape: Element, className: string): Element {
    const r = shape.cloneNode(false) as Element;
    r.removeAttribute('fill');
    r.setAttribute('class', className);
    r.setAttribute('aria-hidden', 'true');
    return r;
  }

  let selected: SVGAElement | undefined;
  function show(a: SVGAElement | undefined, remember: boolean): void {
    if (remember) selected = a;
    rings.forEach((r) => r.remove());
    rings = [];
    if (!a) {
      text.textContent = T.hint;
      link.hidden = close.hidden = true;
    } else {
      text.textContent = a.getAttribute('aria-label');
      link.href = a.getAttribute('href') ?? '#';
      link.textContent = T.open((a.getAttribute('aria-label') ?? '').split(':')[0] ?? '');
      link.hidden = close.hidden = false;
      const shape = a.querySelector('path, use');
      rings = shape ? [ring(shape, 'map-ring map-ring--halo'), ring(shape, 'map-ring')] : [];
      // Under the names, over every area.
      const names = svg.querySelector('.choropleth__labels');
      for (const r of rings) svg.insertBefore(r, names);
    }
    if (remember) writeUrl();
  }
  close.addEventListener('click', () => {
    const hadFocus = document.activeElement === close;
    show(undefined, true);
    said.textContent = '';
    if (hadFocus) panel.focus();
  });

  // Hover previews; leaving goes back to the chosen area.
  for (const a of areas) {
    a.addEventListener('mouseenter', () => show(a, false));
    a.addEventListener('mouseleave', () => show(selected, false));
    a.addEventListener('focus', () => {
      // Keyboard focus chooses the area; a tap or click focuses too, but is handled on click.
      if (!a.matches(':focus-visible')) return;
      show(a, true);
      zoom?.keepInView(a);
    });
  }

  let pointer = 'mouse';
  box.addEventListener('pointerdown', (e) => {
    pointer = e.pointerType;
  }, true);
  box.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element).closest?.('.choropleth__areas a') as SVGAElement | null;
      if (!a) return;
      if (dragged) {
        e.preventDefault();
        return;
      }
      // Keyboard (detail 0) and mouse open the page; the first tap of a finger only shows the figure.
      if (e.detail !== 0 && pointer !== 'mouse' && selected !== a) {
        e.preventDefault();
        show(a, true);
        said.textContent = a.getAttribute('aria-label');
      }
    },
    true,
  );

  // ------------------------------------------------------------ names --
  const labels = svg.querySelector<SVGGElement>('.choropleth__labels');
  const names = labels ? [...labels.querySelectorAll<SVGTextElement>('text')] : [];
  const viewWidth = svg.viewBox.baseVal.width;
  // Each name's place, with its width per letter measured in the names' font. Measured on a
  // canvas, not in the SVG: the names not shown are display="none", so the browser neither
  // lays out nor shapes them (200 names on a commune view were a fifth of its layout). A name
  // is measured when a fit first asks for its width, once: most names of a commune view are
  // too tall for their area on a phone (namesShown checks the height first), and measuring
  // all 200 took 5–10 ms of the page's load.
  let places: LabelPlace[] | undefined;
  /** A name's place as the build wrote it: its anchor, its area's box (data-box) and its letters. */
  function placeOf(t: SVGTextElement): Omit<LabelPlace, 'em'> {
    const [w, h] = (t.dataset['box'] ?? '0 0').split(' ').map(Number) as [number, number];
    return { x: t.x.baseVal[0]?.value ?? 0, y: t.y.baseVal[0]?.value ?? 0, w, h, letters: Math.max(1, [...(t.textContent ?? '')].length) };
  }
  function measurePlaces(group: SVGGElement): LabelPlace[] {
    const font = Number(group.getAttribute('font-size')) || 1;
    let measure: CanvasRenderingContext2D | null | undefined;
    const canvas = (): CanvasRenderingContext2D | null => {
      if (measure !== undefined) return measure;
      const style = getComputedStyle(names[0] ?? group);
      measure = document.createElement('canvas').getContext('2d');
      if (measure) measure.font = `${style.fontWeight} ${font}px ${style.fontFamily}`;
      return measure;
    };
    return names.map((t) => {
      const place = placeOf(t);
      let em: number | undefined;
      return {
        ...place,
        get em(): number {
          if (em === undefined) {
            const c = canvas();
            em = c ? c.measureText(t.textContent ?? '').width / font / place.letters : LABEL_EM_PER_LETTER;
          }
          return em;
        },
      };
    });
  }
  // The districts' names on a commune map (Choropleth.astro): written while no commune's fits.
  const parentLabels = svg.querySelector<SVGGElement>('.choropleth__parents');
  const parentNames = parentLabels ? [...parentLabels.querySelectorAll<SVGTextElement>('text')] : [];
  // Capitals are not measured: a commune map has few districts, and the build's estimate
  // (PARENT_EM_PER_LETTER) keeps them apart.
  const parentPlaces: LabelPlace[] = parentNames.map((t) => ({ ...placeOf(t), em: PARENT_EM_PER_LETTER }));
  function display(texts: readonly SVGTextElement[], shown: readonly boolean[]): void {
    texts.forEach((t, i) => {
      const hidden = t.getAttribute('display') === 'none';
      if (shown[i] && hidden) t.removeAttribute('display');
      else if (!shown[i] && !hidden) t.setAttribute('display', 'none');
    });
  }
  function fitNames(): void {
    const width = svg.getBoundingClientRect().width;
    if (!labels || names.length === 0 || width === 0) return;
    places ??= measurePlaces(labels);
    const font = (LABEL_PX * viewWidth) / width;
    // Only what changes: an attribute set again to the value it has still restyles its
    // element, and most names keep theirs (200 restyled names on a commune view's load).
    const size = font.toFixed(2);
    if (labels.getAttribute('font-size') !== size) labels.setAttribute('font-size', size);
    const shown = namesShown(places, font);
    display(names, shown);
    if (parentLabels) {
      if (parentLabels.getAttribute('font-size') !== size) parentLabels.setAttribute('font-size', size);
      display(parentNames, parentNamesShown(parentPlaces, shown, font));
    }
  }
  fitNames();
  new ResizeObserver(fitNames).observe(svg);

  // ------------------------------------------------------------- zoom --
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'map-zoom-on';
  button.textContent = T.enableZoom;
  async function loadZoom(start?: { z: number; lat: number; lng: number }): Promise<void> {
    if (zoom) return;
    button.disabled = true;
    const { enableZoom } = await import('./map-zoom.ts');
    zoom = await enableZoom(
      box,
      svg,
      {
        moved: () => {
          writeUrl();
          fitNames();
        },
        dragging: (d) => {
          dragged = d;
        },
      },
      start,
    );
    button.remove();
    writeUrl();
  }
  button.addEventListener('click', () => {
    void loadZoom().then(() => box.querySelector<HTMLElement>('.leaflet-control-zoom-in')?.focus());
  });
  // Under the map, in the readout's reserved place: over the map it would hide areas.
  panel.append(button);

  // -------------------------------------------------------------- URL --
  function stateQuery(forLayer: string): URLSearchParams {
    const q = new URLSearchParams();
    const state = zoom?.state();
    if (state) {
      q.set('z', state.z);
      q.set('c', state.c);
    }
    const code = selected && codeOf(selected);
    if (code && forLayer === layerKey) q.set('chon', code);
    return q;
  }
  // The English edition's views (/en/ban-do/…) are the same layers.
  const layerOfPath = (path: string): string => /^\/ban-do\/([^/]+\/[^/]+)\//.exec(vietnamesePath(path))?.[1] ?? '';
  function writeUrl(): void {
    const q = stateQuery(layerKey).toString();
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-map-link]')) {
      const url = new URL(a.href, location.href);
      const q2 = stateQuery(layerOfPath(url.pathname)).toString();
      a.href = `${url.pathname}${q2 ? `?${q2}` : ''}`;
    }
  }
  const q = new URLSearchParams(location.search);
  const code = q.get('chon');
  const chosen = code ? areas.find((x) => codeOf(x) === code) : undefined;
  if (chosen) show(chosen, true);
  const z = Number(q.get('z'));
  const [lat, lng] = (q.get('c') ?? '').split(',').map(Number);
  if (q.has('z') && Number.isFinite(z) && Number.isFinite(lat) && Number.isFinite(lng)) void loadZoom({ z, lat: lat!, lng: lng! });
  else writeUrl();
  document.querySelector<HTMLElement>('[data-map-hint]')?.removeAttribute('hidden');
}
