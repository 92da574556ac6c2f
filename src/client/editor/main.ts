/**
 * The staff editor at /quan-tri/ (Decap CMS, served from the site; README "Trình biên tập").
 * Loaded before decap-cms.js: it asks Decap to wait, then, once Decap is loaded, registers
 * the unit and date widgets and the check before saving, words a few Decap messages our way, and
 * starts Decap with /quan-tri/config.yml. On this machine (`npm run editor`, the page on
 * localhost) the local backend is the same origin's /api/v1, which scripts/editor.ts
 * forwards to decap-server; anywhere else Decap uses the production backend of the config.
 */
import { editor as t } from '../../i18n/editor.vi.ts';
import type { Catalogue } from '../../site/editor/catalogue.ts';
import { dropOrder, problemsOf, refusal, withoutEmpty } from './checks.ts';
import { dateWidget } from './date-widget.ts';
import type { DecapWindow, Immutable } from './decap.ts';
import { unitWidget } from './unit-widget.ts';

const w = window as unknown as DecapWindow;
w.CMS_MANUAL_INIT = true;

/** Decap's Vietnamese phrases with ours merged in at the same paths. */
function phrases(base: Record<string, unknown>): Record<string, unknown> {
  const set = (o: Record<string, unknown>, path: string[], value: string): Record<string, unknown> => {
    const [head, ...rest] = path as [string, ...string[]];
    return { ...o, [head]: rest.length === 0 ? value : set((o[head] as Record<string, unknown>) ?? {}, rest, value) };
  };
  return Object.entries(t.decap).reduce((out, [path, text]) => set(out, path.split('.'), text), base);
}

document.addEventListener('DOMContentLoaded', () => {
  const { CMS } = w;
  const catalogue: Promise<Catalogue> = fetch('/quan-tri/danh-muc.json').then((r) => r.json() as Promise<Catalogue>);
  CMS.registerLocale('vi', phrases(CMS.getLocale('vi') ?? {}));
  const unit = unitWidget(w, catalogue);
  CMS.registerWidget('don-vi', unit.control, unit.preview);
  const date = dateWidget(w);
  CMS.registerWidget('ngay', date.control, date.preview);
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const stored = entry.get('data') as Immutable;
      const data = stored.toJS() as Record<string, unknown>;
      const slug = entry.get('slug');
      const problems = problemsOf(String(entry.get('collection')), typeof slug === 'string' && slug !== '' ? slug : undefined, withoutEmpty(data), await catalogue);
      if (problems.length > 0) throw refusal(problems);
      return dropOrder(data).reduce((d, path) => d.deleteIn(path), stored);
    },
  });
  const local = location.hostname === 'localhost' || location.hostname === '127.0.0.1';
  CMS.init(local ? { config: { local_backend: { url: `${location.origin}/api/v1` } } } : {});
});
