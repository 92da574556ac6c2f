/**
 * The zoomable map, loaded only when a reader asks for it (the "Phóng to / kéo bản đồ"
 * button, or a link that carries a zoom): Leaflet is given the page's own SVG as an
 * overlay, so zoom, pan, pinch and keyboard come from Leaflet while the areas stay the
 * same links with the same accessible names, and no geometry is downloaded twice. The
 * box keeps its reserved size: no layout shift. Leaflet and its CSS are a separate
 * chunk and file: a reader who only looks, taps and reads pays nothing for them.
 */
import { Control, control, DomEvent, latLng, latLngBounds, map as createMap, svgOverlay, tileLayer } from 'leaflet';
// As a URL, not an import: Astro would otherwise link the stylesheet from every map page.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { MAP_TILES, MAX_ZOOM_IN } from '../domain/map/settings.ts';
import { mapWords as T } from './map-strings.ts';

export interface ZoomHooks {
  /** The map moved or zoomed (write the URL, refit the names). */
  moved(): void;
  /** Reset the reader's "dragged" flag on each pointer down; set when a drag starts. */
  dragging(dragged: boolean): void;
}

export interface Zoomable {
  /** z and c of the URL when the reader has zoomed or panned away from the whole province. */
  state(): { z: string; c: string } | undefined;
  /** Pan so the area is inside the box. */
  keepInView(a: Element): void;
}

/** Leaflet's stylesheet, linked once and waited for, so the map is never laid out unstyled. */
function leafletStyles(): Promise<void> {
  if (document.querySelector('link[data-leaflet]')) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = leafletCss;
  link.dataset['leaflet'] = '';
  const loaded = new Promise<void>((done) => {
    link.addEventListener('load', () => done());
    link.addEventListener('error', () => done());
  });
  document.head.append(link);
  return loaded;
}

export async function enableZoom(box: HTMLElement, svg: SVGSVGElement, hooks: ZoomHooks, start?: { z: number; lat: number; lng: number }): Promise<Zoomable> {
  await leafletStyles();
  const [west, south, east, north] = (svg.dataset['bounds'] ?? '').split(',').map(Number) as [number, number, number, number];
  const bounds = latLngBounds([south, west], [north, east]);
  // Reserve the box at the SVG's size before Leaflet moves the SVG: no layout shift.
  box.style.aspectRatio = `${svg.viewBox.baseVal.width} / ${svg.viewBox.baseVal.height}`;
  const map = createMap(box, {
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
  box.addEventListener('pointerdown', () => hooks.dragging(false), true);
  map.on('dragstart', () => hooks.dragging(true));
  if (start) map.setView(latLng(start.lat, start.lng), home + start.z, { animate: false });
  map.on('moveend', () => hooks.moved());
  map.on('zoomend', () => hooks.moved());

  return {
    state() {
      const zoom = map.getZoom();
      const centre = map.latLngToContainerPoint(homeCentre);
      const size = map.getSize();
      if (Math.abs(zoom - home) <= 0.001 && Math.abs(centre.x - size.x / 2) <= 2 && Math.abs(centre.y - size.y / 2) <= 2) return undefined;
      const c = map.getCenter();
      // Zoom relative to the whole province, so a link shows the same area on any screen.
      return { z: String(Number((zoom - home).toFixed(3))), c: `${c.lat.toFixed(4)},${c.lng.toFixed(4)}` };
    },
    keepInView(a) {
      const r = a.getBoundingClientRect();
      const c = box.getBoundingClientRect();
      const dx = r.left < c.left ? r.left - c.left - 20 : r.right > c.right ? r.right - c.right + 20 : 0;
      const dy = r.top < c.top ? r.top - c.top - 20 : r.bottom > c.bottom ? r.bottom - c.bottom + 20 : 0;
      if (dx || dy) map.panBy([dx, dy], { animate: false });
    },
  };
}
