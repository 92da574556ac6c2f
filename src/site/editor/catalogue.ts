/**
 * What the editor needs to know of the release a build shows, written at build time to
 * /quan-tri/danh-muc.json: the units of every boundary vintage (the "Đơn vị hành chính"
 * list, which follows the vintage chosen) and the recognitions (the "Khen thưởng" list, and
 * the facts the content checks ask about). Nothing here is typed by hand: a new release
 * gives new lists at the next build.
 *
 * No Node imports: the browser bundle (src/client/editor/) reads `factsFrom` too, so the
 * form answers the content checks exactly as the build's releaseFacts() does.
 */
import { placeNames, type ReleaseFacts } from '../../domain/content/check.ts';
import { lineagePlaceNames } from '../../domain/content/lineage-names.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { isPersonalRecipient } from '../../domain/schemas/recognitions.ts';
import { awardName } from '../../i18n/content.vi.ts';
import { editor as t } from '../../i18n/editor.vi.ts';

export interface Catalogue {
  /** The release the lists come from. */
  release: string;
  /**
   * Each unit's name and parent, and the names of the units it came from or went into in the other
   * vintages (`lineage`): the content checks look for the place's names in a profile that withholds it.
   */
  vintages: { id: string; label: string; units: { code: string; label: string; name: string; parent?: string; lineage?: string[] }[] }[];
  recognitions: { id: string; label: string; illustrative: boolean; place?: { vintage: string; unit: string }; personal?: true; profile?: string }[];
}

export function catalogue(dataset: Dataset): Catalogue {
  const { units, recognitions, release } = dataset.data;
  return {
    release: release.id,
    vintages: units.vintages.map((v) => ({
      id: v.id,
      label: t.vintage(v.id, v.validFrom, v.validTo, v.units.length),
      units: v.units.map((u) => {
        const parent = u.parent ? dataset.unit(v.id, u.parent) : undefined;
        const label = t.unit(`${u.type} ${u.name}`, parent && parent.level !== 'province' ? `${parent.type} ${parent.name}` : undefined, u.code);
        const lineage = lineagePlaceNames(dataset, v.id, u.code);
        return { code: u.code, label, name: u.name, ...(u.parent !== undefined ? { parent: u.parent } : {}), ...(lineage.length > 0 ? { lineage } : {}) };
      }),
    })),
    recognitions: recognitions.recognitions.map((r) => ({
      id: r.id,
      label: t.recognition(awardName(r.award, r.class), r.recipient.name, r.decision, r.date, r.id),
      illustrative: dataset.source(r.source)?.kind === 'synthetic',
      ...(r.recipient.vintage !== undefined && r.recipient.unit !== undefined ? { place: { vintage: r.recipient.vintage, unit: r.recipient.unit } } : {}),
      ...(isPersonalRecipient(r.recipient) ? { personal: true as const } : {}),
      ...(r.profile !== undefined ? { profile: r.profile } : {}),
    })),
  };
}

/** The content checks' view of the release, from the catalogue (the same answers as releaseFacts()). */
export function factsFrom(c: Catalogue): ReleaseFacts {
  const units = new Map(c.vintages.flatMap((v) => v.units.map((u) => [`${v.id}|${u.code}`, u] as const)));
  const byId = new Map(c.recognitions.map((r) => [r.id, r]));
  return {
    releaseId: c.release,
    unitExists: (vintage, code) => units.has(`${vintage}|${code}`),
    placeNames: (vintage, code) => placeNames((c) => units.get(`${vintage}|${c}`), code),
    lineagePlaceNames: (vintage, code) => units.get(`${vintage}|${code}`)?.lineage ?? [],
    recognition: (id) => {
      const r = byId.get(id);
      return r ? { illustrative: r.illustrative, ...(r.place ? { place: r.place } : {}), ...(r.personal ? { personal: r.personal } : {}) } : undefined;
    },
    recognitionsPointingAt: (slug) => c.recognitions.filter((r) => r.profile === slug).map((r) => r.id),
  };
}
