/**
 * The plan page (/ke-hoach/): the plan's text parsed at build time (src/domain/plan.ts) and,
 * beside each section, where its results are on the site: a target's yearly results, a
 * criterion's evaluations, the recognitions citing a criterion assessed from dossiers or
 * made under a form of award, the updates about a milestone, who does what.
 */
import planText from '../../sources/plan/ke-hoach-phong-trao-thi-dua-2021-2025.txt?raw';
import { restsOnIllustrative } from '../domain/criteria.ts';
import { allSections, parsePlan, PLAN_MILESTONES, sectionAnchor, type Plan, type PlanMilestoneId, type PlanSection } from '../domain/plan.ts';
import type { AwardKind, Source } from '../domain/schemas/index.ts';
import { formatInt } from '../format/local.ts';
// The plan's bullets are Vietnamese on every page: they are matched against the Vietnamese award labels.
import { awardLabel } from '../i18n/content.ts';
import { awardLabel as vietnameseAwardLabel, awardOrder, awardSlug } from '../i18n/content.vi.ts';
import { planPage as t, type PlanResultPlace } from '../i18n/plan-page.ts';
import type { ContentData, RecognitionView } from './content/data.ts';
import { NAV_ITEMS } from './nav.ts';
import type { SiteData } from './site-data.ts';
import { targetViews } from './targets-view.ts';
import { AWARDS_PATH, awardSectionPath, criterionPath, dossierCriterionPath, targetPath } from './urls.ts';

export interface LinkView {
  text: string;
  path: string;
  /** Said after the text to a screen reader, where many links share one text (“0 khen thưởng trong dữ liệu”). */
  about?: string;
}

export interface TargetNote {
  name: string;
  path: string;
  /** The latest year's result, or undefined when the target has none yet. */
  latest: { year: number; status: string; statusClass: string; illustrative: boolean; caveat: string | undefined } | undefined;
}

export interface CriterionNote {
  name: string;
  path: string;
  counts: string;
  /** The evaluations rest on synthetic figures. */
  illustrative: boolean;
}

export interface DossierNote {
  name: string;
  path: string;
  /** The recipient (a name, Vietnamese on every page) apart from the award and year, which are in the page's language. */
  recognitions: { recipient: string; award: string; path: string | undefined; illustrative: boolean }[];
}

/** What /ke-hoach/ shows beside one section. */
export interface SectionNotes {
  targets: TargetNote[];
  criteria: CriterionNote[];
  dossier: DossierNote[];
  /** For the list of award forms (IV.2.a): a link per bullet, in the bullets' order. */
  awards: (LinkView | undefined)[];
}

export interface MilestoneView {
  id: PlanMilestoneId;
  /** The section of V that sets it ("V.2") and its anchor. */
  section: string;
  anchor: string;
  when: string;
  what: string;
  updates: LinkView[];
}

export interface ResponsibilityView {
  number: string;
  anchor: string;
  who: string;
  what: string;
  where: LinkView[];
  note: string | undefined;
}

export interface TocEntry {
  anchor: string;
  number: string;
  label: string;
  /** The label is the plan's own words (Vietnamese), not a heading of the page's language. */
  quoted: boolean;
  children: TocEntry[];
}

export interface PlanView {
  plan: Plan;
  source: Source;
  toc: TocEntry[];
  notes: Map<string, SectionNotes>;
  milestones: MilestoneView[];
  responsibilities: ResponsibilityView[];
}

let parsed: Plan | undefined;
/** The plan, parsed once per build. */
function planDocument(): Plan {
  parsed ??= parsePlan(planText);
  return parsed;
}

const LABEL_MAX = 70;
const shorten = (text: string) => (text.length <= LABEL_MAX ? text : `${text.slice(0, text.lastIndexOf(' ', LABEL_MAX))}…`);
const quotedLabel = (s: PlanSection) => {
  if (s.heading) return s.heading;
  const first = s.blocks[0];
  return first?.kind === 'paragraph' ? shorten(first.text) : '';
};
const tocEntry = (s: PlanSection, children: TocEntry[]): TocEntry => {
  const gloss = t.gloss?.sections[s.number];
  return { anchor: s.anchor, number: s.number, label: gloss?.heading ?? quotedLabel(s), quoted: !gloss, children };
};

const PLACE_PATHS: Record<PlanResultPlace, string> = {
  progress: NAV_ITEMS.find((n) => n.key === 'progress')!.href,
  criteria: NAV_ITEMS.find((n) => n.key === 'criteria')!.href,
  profiles: NAV_ITEMS.find((n) => n.key === 'profiles')!.href,
  updates: NAV_ITEMS.find((n) => n.key === 'updates')!.href,
  data: NAV_ITEMS.find((n) => n.key === 'data')!.href,
  awards: AWARDS_PATH,
};

/** A form of award named by a bullet of IV.2.a ("Bằng khen của Chủ tịch UBND tỉnh;"). */
function awardOfBullet(text: string): AwardKind | undefined {
  return awardOrder.find((award) => text.startsWith(vietnameseAwardLabel[award]));
}

const recognitionParts = (r: RecognitionView) => ({ recipient: r.recipient, award: `${r.award}, ${r.year}` });

export function planView(site: SiteData, content: ContentData): PlanView {
  const plan = planDocument();
  const { dataset } = site;
  const criteria = dataset.data.criteria;
  const notes = new Map<string, SectionNotes>();
  const notesOf = (anchor: string) => {
    let n = notes.get(anchor);
    if (!n) notes.set(anchor, (n = { targets: [], criteria: [], dossier: [], awards: [] }));
    return n;
  };

  for (const view of targetViews(site)) {
    const last = view.rows.at(-1);
    notesOf(sectionAnchor(view.target.section)).targets.push({
      name: view.target.name,
      path: targetPath(view.target.id),
      latest: last && { year: last.result.year, status: last.status, statusClass: last.statusClass, illustrative: last.illustrative, caveat: last.caveat },
    });
  }

  for (const criterion of criteria.criteria) {
    const evaluations = site.evaluations.filter((e) => e.criterion === criterion.id);
    const count = (f: (e: (typeof evaluations)[number]) => boolean) => formatInt(evaluations.filter(f).length);
    notesOf(sectionAnchor(criterion.section)).criteria.push({
      name: criterion.name,
      path: criterionPath(criterion.id),
      counts: evaluations.length === 0 ? t.noEvaluations : t.criterionCounts(count((e) => e.met), count((e) => e.evaluable && !e.met), count((e) => !e.evaluable)),
      illustrative: evaluations.some((e) => restsOnIllustrative(site.dataset, e)),
    });
  }

  for (const criterion of criteria.dossierCriteria) {
    notesOf(sectionAnchor(criterion.section)).dossier.push({
      name: criterion.name,
      path: dossierCriterionPath(criterion.id),
      recognitions: content.recognitions
        .filter((r) => r.recognition.grounds.includes(criterion.id))
        .map((r) => ({ ...recognitionParts(r), path: r.profile?.path ?? r.place?.path, illustrative: r.illustrative })),
    });
  }

  const awardsSection = allSections(plan).find((s) => s.number === 'IV.2.a');
  const awardList = awardsSection?.blocks.find((b) => b.kind === 'list');
  if (awardsSection && awardList?.kind === 'list') {
    notesOf(awardsSection.anchor).awards = awardList.items.map((item) => {
      const award = awardOfBullet(item);
      if (!award) return undefined;
      const n = content.recognitions.filter((r) => r.recognition.award === award).length;
      return { text: t.awardCount(formatInt(n)), path: awardSectionPath(awardSlug[award]), about: awardLabel[award] };
    });
  }

  const milestones = PLAN_MILESTONES.map((m) => ({
    id: m.id,
    section: m.section,
    anchor: sectionAnchor(m.section),
    ...t.milestones[m.id],
    updates: content.updates.filter((u) => u.entry.data.milestones.includes(m.id)).map((u) => ({ text: u.entry.data.title, path: u.path })),
  }));

  const responsibilities = (allSections(plan).find((s) => s.number === 'VI')?.children ?? []).flatMap((s) => {
    const r = t.responsibilities[s.number];
    return r ? [{ number: s.number, anchor: s.anchor, who: r.who, what: r.what, note: r.note, where: r.where.map((p) => ({ text: t.places[p], path: PLACE_PATHS[p] })) }] : [];
  });

  const toc = plan.sections.map((s) => tocEntry(s, s.children.map((c) => tocEntry(c, []))));

  return { plan, source: criteria.source, toc, notes, milestones, responsibilities };
}
