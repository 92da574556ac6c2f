/**
 * The content of the site as pages see it: profiles (through their consent,
 * src/domain/content/public-profile.ts), recognitions with the evidence for
 * their claims, and updates. Built once per build and shared by every page
 * that asks (the unit pages ask ~480 times).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Evaluation } from '../../domain/criteria.ts';
import { publicProfile, publicRecipient, type PublicProfile } from '../../domain/content/public-profile.ts';
import { predecessors, successors } from '../../domain/lineage.ts';
import { isPersonalRecipient, type Criterion, type DossierCriterion, type Recognition, type Source, type Unit } from '../../domain/schemas/index.ts';
import { slugify } from '../../domain/slug.ts';
import { explainEvaluation, unitLabel } from '../../i18n/results.ts';
import { awardName, kindLabel, neutralTitle, profiles as tp, recognitions as tr } from '../../i18n/content.ts';
import { oncePerLang } from '../../i18n/current.ts';
import { siteData, type SiteData } from '../site-data.ts';
import { listedSummary, type ListedSummary } from './english-summary.ts';
import { dossierCriterionPath, profilePath, unitPath, updatePath } from '../urls.ts';

type ImageMeta = CollectionEntry<'profiles'>['data']['image'];

export interface PlaceRef {
  vintage: string;
  unit: Unit;
  /** "xã Hoa Thám", with the district for an old commune: "xã Hoa Thám (huyện Bình Gia)". */
  label: string;
  /** "xã Hoa Thám". */
  shortLabel: string;
  path: string;
  /** `<vintage>/<code>`: the filter key. */
  key: string;
}

export interface ClaimView {
  criterion: Criterion;
  /** The year the criterion is shown met (or last evaluated) as of. */
  asOf: number | undefined;
  met: boolean;
  evaluable: boolean;
  reasons: string[];
  /** The figures behind the reasons are illustrative (synthetic). */
  illustrative: boolean;
}

export interface RecognitionView {
  recognition: Recognition;
  award: string;
  year: number;
  /** The recipient as it may be shown (a neutral label when the person did not agree to be named). */
  recipient: string;
  /** The recipient is a name as written (Vietnamese on every page), not a neutral label in the page's language. */
  recipientNamed: boolean;
  recipientKind: string;
  place: PlaceRef | undefined;
  profile: ProfileView | undefined;
  /** Withheld when it would reveal the place of someone who did not agree to it. */
  issuer: string | undefined;
  source: Source | undefined;
  illustrative: boolean;
  claims: ClaimView[];
  /** The criteria assessed from dossiers that the award cites. */
  grounds: { criterion: DossierCriterion; path: string }[];
}

export interface ProfileView extends Omit<PublicProfile<ImageMeta>, 'place'> {
  entry: CollectionEntry<'profiles'>;
  displayTitle: string;
  /** The title is the profile's own (Vietnamese on every page), not a neutral label in the page's language. */
  named: boolean;
  kindLabel: string;
  place: PlaceRef | undefined;
  /** Units the profile belongs to, in every vintage (ancestors, predecessors, successors). */
  placeKeys: string[];
  awards: RecognitionView[];
  /** The page, when the story may be shown. */
  path: string | undefined;
  /** The first bold figure of the story ("**10 tỷ đồng**"), for share cards. */
  keyFigure: string | undefined;
}

export interface UpdateView {
  entry: CollectionEntry<'updates'>;
  slug: string;
  path: string;
  tags: { name: string; slug: string }[];
  keyFigure: string | undefined;
  /** The summary lists show in the page's language (the English one on English pages, when written). */
  summary: ListedSummary;
}

export interface ContentData {
  profiles: ProfileView[];
  recognitions: RecognitionView[];
  updates: UpdateView[];
  /** Places offered by the place filter: old districts and communes, new communes. */
  placeOptions: PlaceRef[];
}

export function placeRef(site: SiteData, vintage: string, code: string): PlaceRef | undefined {
  const unit = site.dataset.unit(vintage, code);
  if (!unit) return undefined;
  const parent = unit.parent ? site.dataset.unit(vintage, unit.parent) : undefined;
  const shortLabel = unit.level === 'province' ? tp.province : unitLabel(unit);
  const label = unit.level === 'commune' && parent && parent.level === 'district' ? `${shortLabel} (${unitLabel(parent)})` : shortLabel;
  return { vintage, unit, label, shortLabel, path: unitPath(vintage, unit), key: `${vintage}/${code}` };
}

/** The unit, its ancestors below the province, and the same for its predecessors and successors. */
function placeKeys(site: SiteData, vintage: string, code: string): string[] {
  const { dataset } = site;
  const keys = new Set<string>();
  const withAncestors = (v: string, c: string) => {
    for (let u = dataset.unit(v, c); u && u.level !== 'province'; u = u.parent ? dataset.unit(v, u.parent) : undefined) keys.add(`${v}/${u.code}`);
  };
  withAncestors(vintage, code);
  for (const g of [...successors(dataset, vintage, code), ...predecessors(dataset, vintage, code)]) {
    for (const l of g.links) withAncestors(l.vintage, l.code);
  }
  return [...keys].sort();
}

const FIRST_BOLD_FIGURE = /\*\*([^*\n]*\d[^*\n]*)\*\*/;
const keyFigureOf = (body: string | undefined): string | undefined => body?.match(FIRST_BOLD_FIGURE)?.[1]?.trim();

function claimView(site: SiteData, criterion: Criterion, vintage: string, unit: Unit, decisionYear: number): ClaimView {
  const { engine, dataset } = site;
  let shown: Evaluation | undefined;
  for (let year = engine.lastClaimYear(decisionYear); year > engine.baselineYear; year--) {
    if (!engine.applies(criterion, unit, year)) continue;
    const e = engine.evaluate(criterion, vintage, unit, year);
    if (e.met) {
      shown = e;
      break;
    }
    shown ??= e;
  }
  if (!shown) return { criterion, asOf: undefined, met: false, evaluable: false, reasons: [], illustrative: false };
  const years = Array.from({ length: shown.asOf - engine.baselineYear + 1 }, (_, i) => engine.baselineYear + i);
  const illustrative = years.some((y) => dataset.figures(vintage, unit.code, y)?.illustrative);
  return { criterion, asOf: shown.asOf, met: shown.met, evaluable: shown.evaluable, reasons: explainEvaluation(shown, engine.baselineYear), illustrative };
}

const byTitle = (a: { displayTitle: string }, b: { displayTitle: string }) => a.displayTitle.localeCompare(b.displayTitle, 'vi');

async function build(): Promise<ContentData> {
  const site = siteData();
  const { dataset } = site;
  const recognitions = dataset.data.recognitions.recognitions;

  const profiles: ProfileView[] = (await getCollection('profiles')).map((entry) => {
    const slug = entry.id;
    const pointing = recognitions.filter((r) => r.profile === slug).map((r) => r.id);
    const pub = publicProfile(slug, entry.data, pointing);
    const place = pub.place && placeRef(site, pub.place.vintage, pub.place.unit);
    return {
      ...pub,
      entry,
      place,
      displayTitle: pub.title ?? neutralTitle(entry.data.kind, place && place.unit.level !== 'province' ? place.shortLabel : undefined),
      named: pub.title !== undefined,
      kindLabel: kindLabel[entry.data.kind],
      placeKeys: pub.place ? placeKeys(site, pub.place.vintage, pub.place.unit) : [],
      awards: [],
      path: pub.hasPage ? profilePath(slug) : undefined,
      keyFigure: pub.hasPage ? keyFigureOf(entry.body) : undefined,
    };
  });
  profiles.sort((a, b) => Number(a.sample) - Number(b.sample) || byTitle(a, b));
  const profileBySlug = new Map(profiles.map((p) => [p.slug, p]));

  const criteria = new Map(dataset.data.criteria.criteria.map((c) => [c.id, c]));
  const dossierCriteria = new Map(dataset.data.criteria.dossierCriteria.map((c) => [c.id, c]));
  const views: RecognitionView[] = recognitions.map((r) => {
    const profile = profiles.find((p) => p.recognitionIds.includes(r.id)) ?? (r.profile ? profileBySlug.get(r.profile) : undefined);
    const shown = publicRecipient(r, profile);
    const personal = isPersonalRecipient(r.recipient);
    const year = Number(r.date.slice(0, 4));
    const unit = r.recipient.vintage && r.recipient.unit ? dataset.unit(r.recipient.vintage, r.recipient.unit) : undefined;
    const source = dataset.source(r.source);
    return {
      recognition: r,
      award: awardName(r.award, r.class),
      year,
      recipient: shown.name ?? (personal ? profile?.displayTitle ?? tr.neutralRecipient(r.recipient.kind as 'individual' | 'household') : r.recipient.name),
      recipientNamed: shown.name !== undefined || !personal || (profile?.named ?? false),
      recipientKind: tr.recipientKind[r.recipient.kind],
      place: shown.place && placeRef(site, shown.place.vintage, shown.place.unit),
      profile,
      issuer: shown.issuer,
      source,
      illustrative: source?.kind === 'synthetic',
      claims: r.claims.flatMap((id) => {
        const criterion = criteria.get(id);
        return criterion && unit && r.recipient.vintage ? [claimView(site, criterion, r.recipient.vintage, unit, year)] : [];
      }),
      grounds: r.grounds.flatMap((id) => {
        const criterion = dossierCriteria.get(id);
        return criterion ? [{ criterion, path: dossierCriterionPath(id) }] : [];
      }),
    };
  });
  for (const p of profiles) p.awards = views.filter((v) => p.recognitionIds.includes(v.recognition.id));

  const keys = new Set(profiles.flatMap((p) => p.placeKeys));
  const oldest = dataset.vintages[0]?.id;
  const newest = dataset.vintages.at(-1)?.id;
  const own = new Set(profiles.flatMap((p) => (p.place ? [p.place.key] : [])));
  const placeOptions = [...keys]
    .map((k) => {
      const [v, code] = k.split('/') as [string, string];
      return placeRef(site, v, code)!;
    })
    .filter((p) => own.has(p.key) || (p.vintage === oldest && p.unit.level === 'district') || p.vintage === newest)
    .sort((a, b) => a.vintage.localeCompare(b.vintage) || a.label.localeCompare(b.label, 'vi'));

  const updates: UpdateView[] = (await getCollection('updates'))
    .map((entry) => ({
      entry,
      slug: entry.id,
      path: updatePath(entry.id),
      tags: entry.data.tags.map((name) => ({ name, slug: slugify(name) })),
      keyFigure: keyFigureOf(entry.body),
      summary: listedSummary(entry.data.summary, entry.data.summaryEn),
    }))
    .sort((a, b) => b.entry.data.publishedAt.localeCompare(a.entry.data.publishedAt) || a.slug.localeCompare(b.slug));

  return { profiles, recognitions: views, updates, placeOptions };
}

// Labels, award names and reasons are words: one build per language.
const cached = oncePerLang(build);

export function contentData(): Promise<ContentData> {
  return cached();
}

/**
 * Profiles with a page that share a place with this one, closest first: the same unit (or one it
 * was formed from or became), else the same district, as the heading says ("Cùng địa bàn hoặc
 * cùng huyện": two stories from communes of one former district are not "the same place").
 */
export function relatedProfiles(all: readonly ProfileView[], profile: ProfileView, max = 4): ProfileView[] {
  const mine = new Set(profile.placeKeys);
  if (mine.size === 0) return [];
  return all
    .filter((p) => p !== profile && p.path)
    .map((p) => ({ p, shared: p.placeKeys.filter((k) => mine.has(k)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || byTitle(a.p, b.p))
    .slice(0, max)
    .map((x) => x.p);
}
