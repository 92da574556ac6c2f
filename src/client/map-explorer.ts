/**
 * Map explorer enhancement. The page already holds the whole map as an SVG drawn
 * at build time (Mercator, like Leaflet's own projection), so Leaflet is given
 * that very element as an overlay: zoom, pan, pinch and keyboard come from
 * Leaflet, the areas stay the same links with the same accessible names, and no
 * geometry is downloaded twice. The box keeps its reserved size: no layout shift.
 *
 * State lives in the URL: the path says which view (layer, indicator, year), the
 * query the zoom (?z=1.5&c=21.85,106.76: 2^1.5 times the whole-province view,
 * whatever the screen) and the chosen area (&chon=06073), so a
 * shared link or a reload shows the same thing. The view controls carry the
 * zoom along to the next view.
 *
 * Touch: the first tap on an area shows its figure, a second tap opens its page.
 * Mouse: hover shows the figure, a click opens the page. Keyboard: Tab reaches
 * each area (its figure shows), Enter opens the page.
 */
import { Control, control, DomEvent, latLng, latLngBounds, map as createMap, svgOverlay, tileLayer, type Map as LeafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { MAP_TILES, MAX_ZOOM_IN } from '../domain/map/settings.ts';
import { mapClient as T } from '../i18n/map.vi.ts';

const box = document.querySelector<HTMLElement>('[data-map-explorer]');
const svg = box?.querySelector<SVGSVGElement>('svg.choropleth');
if (box && svg) enhance(box, svg);

function codeOf(a: Element): string | undefined {
  return /\/(\d+)-[^/]*\/?$/.exec(a.getAttribute('href') ?? '')?.[1];
}

function enhance(box: HTMLElement, svg: SVGSVGElement): void {
  const [west, south, east, north] = (svg.dataset['bounds'] ?? '').split(',').map(Number) as [number, number, number, number];
  const bounds = latLngBounds([south, west], [north, east]);
  const areas = [...svg.querySelectorAll<SVGAElement>('.choropleth__areas a')];
  const layerKey = box.dataset['layer'] ?? '';

  // ---------------------------------------------------------------- map --
  // Reserve the box at the SVG's size before Leaflet moves the SVG: no layout shift.
  box.style.aspectRatio = `${svg.viewBox.baseVal.width} / ${svg.viewBox.baseVal.height}`;
  const map: LeafletMap = createMap(box, {
    zoomSnap: 0,
    zoomDelta: 0.5,
    wheelPxPerZoomLevel: 120,
    attributionControl: Boolean(MAP_TILES),
    zoomControl: false,
    maxBounds: bounds.pad(0.3),
    maxBoundsViscosity: 0.8,
  });
  map.fitBounds(bounds, { animate: false, padding: [0, 0] });
  const home = map.getZoom();
  const homeCentre = map.getCenter();
  map.setMinZoom(home - 0.5);
  map.setMaxZoom(home + MAX_ZOOM_IN);
  if (MAP_TILES) {
    tileLayer(MAP_TILES.url, { attribution: MAP_TILES.attribution, maxZoom: MAP_TILES.maxZoom }).addTo(map);
    svg.style.opacity = String(MAP_TILES.opacity);
  }
  svgOverlay(svg, bounds, { interactive: true }).addTo(map);
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', T.region);
  control.zoom({ position: 'topright', zoomInTitle: T.zoomIn, zoomOutTitle: T.zoomOut }).addTo(map);
  const Reset = Control.extend({
    onAdd() {
      const bar = document.createElement('div');
      bar.className = 'leaflet-bar';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-reset';
      button.title = T.reset;
      button.setAttribute('aria-label', T.reset);
      button.textContent = '⤢';
      bar.append(button);
      DomEvent.disableClickPropagation(bar);
      button.addEventListener('click', () => map.fitBounds(bounds));
      return bar;
    },
  });
  new Reset({ position: 'topright' }).addTo(map);

  // ------------------------------------------------------------ details --
  const panel = document.createElement('div');
  panel.className = 'map-details';
  panel.hidden = true;
  panel.setAttribute('aria-live', 'polite');
  const text = document.createElement('p');
  const link = document.createElement('a');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'map-details__close';
  close.setAttribute('aria-label', T.close);
  close.textContent = '×';
  panel.append(close, text, link);
  box.append(panel);
  DomEvent.disableClickPropagation(panel);
  DomEvent.disableScrollPropagation(panel);

  const rings = [ringPath('map-ring map-ring--halo'), ringPath('map-ring')];
  function ringPath(className: string): SVGPathElement {
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    p.setAttribute('class', className);
    p.setAttribute('aria-hidden', 'true');
    return p;
  }

  let selected: SVGAElement | undefined;
  function show(a: SVGAElement | undefined, remember: boolean): void {
    if (!a) {
      panel.hidden = true;
      rings.forEach((r) => r.remove());
      if (remember) {
        selected = undefined;
        writeUrl();
      }
      return;
    }
    text.textContent = a.getAttribute('aria-label');
    link.href = a.getAttribute('href') ?? '#';
    link.textContent = T.open((a.getAttribute('aria-label') ?? '').split(':')[0] ?? '');
    panel.hidden = false;
    const d = a.querySelector('path')?.getAttribute('d') ?? '';
    for (const r of rings) {
      r.setAttribute('d', d);
      svg.append(r);
    }
    if (remember) {
      selected = a;
      writeUrl();
    }
  }
  close.addEventListener('click', () => show(undefined, true));

  // Hover previews; leaving goes back to the chosen area.
  for (const a of areas) {
    a.addEventListener('mouseenter', () => show(a, false));
    a.addEventListener('mouseleave', () => show(selected, false));
    a.addEventListener('focus', () => {
      // Keyboard focus chooses the area; a tap or click focuses too, but is handled on click.
      if (!a.matches(':focus-visible')) return;
      show(a, true);
      keepInView(a);
    });
  }

  let pointer = 'mouse';
  let dragged = false;
  box.addEventListener('pointerdown', (e) => {
    pointer = e.pointerType;
    dragged = false;
  }, true);
  map.on('dragstart', () => {
    dragged = true;
  });
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
      }
    },
    true,
  );

  function keepInView(a: SVGAElement): void {
    const r = a.getBoundingClientRect();
    const c = box.getBoundingClientRect();
    const dx = r.left < c.left ? r.left - c.left - 20 : r.right > c.right ? r.right - c.right + 20 : 0;
    const dy = r.top < c.top ? r.top - c.top - 20 : r.bottom > c.bottom ? r.bottom - c.bottom + 20 : 0;
    if (dx || dy) map.panBy([dx, dy], { animate: false });
  }

  // -------------------------------------------------------------- URL --
  function stateQuery(forLayer: string): URLSearchParams {
    const q = new URLSearchParams();
    const zoom = map.getZoom();
    const centre = map.latLngToContainerPoint(homeCentre);
    const size = map.getSize();
    if (Math.abs(zoom - home) > 0.001 || Math.abs(centre.x - size.x / 2) > 2 || Math.abs(centre.y - size.y / 2) > 2) {
      const c = map.getCenter();
      // Zoom relative to the whole province, so a link shows the same area on any screen.
      q.set('z', String(Number((zoom - home).toFixed(3))));
      q.set('c', `${c.lat.toFixed(4)},${c.lng.toFixed(4)}`);
    }
    const code = selected && codeOf(selected);
    if (code && forLayer === layerKey) q.set('chon', code);
    return q;
  }
  const layerOfPath = (path: string): string => /^\/ban-do\/([^/]+\/[^/]+)\//.exec(path)?.[1] ?? '';
  function writeUrl(): void {
    const q = stateQuery(layerKey).toString();
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-map-link]')) {
      const url = new URL(a.href, location.href);
      const q2 = stateQuery(layerOfPath(url.pathname)).toString();
      a.href = `${url.pathname}${q2 ? `?${q2}` : ''}`;
    }
  }
  function readUrl(): void {
    const q = new URLSearchParams(location.search);
    const z = Number(q.get('z'));
    const [lat, lng] = (q.get('c') ?? '').split(',').map(Number);
    if (q.has('z') && Number.isFinite(z) && Number.isFinite(lat) && Number.isFinite(lng)) {
      map.setView(latLng(lat!, lng!), home + z, { animate: false });
    }
    const code = q.get('chon');
    const a = code ? areas.find((x) => codeOf(x) === code) : undefined;
    if (a) show(a, true);
  }
  readUrl();
  map.on('moveend', writeUrl);
  writeUrl();
  document.querySelector<HTMLElement>('[data-map-hint]')?.removeAttribute('hidden');
}
