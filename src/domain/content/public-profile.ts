/**
 * What of a profile may be published. Every page, share card, search record
 * and sitemap entry is built from this view, never from the raw frontmatter,
 * so nothing outside an individual's or household's consent can reach them:
 *
 * | scope missing | effect |
 * |---|---|
 * | `name`     | no name: the UI uses a neutral label ("Một hộ gia đình …") |
 * | `location` | no place: no unit link, no place filter, not among "related" |
 * | `photo`    | no image |
 * | `story`    | no story and no summary (in either language): no page of its own, not indexed |
 *
 * Collectives, enterprises, models and initiatives publish everything.
 */
import type { Recognition, Source } from '../schemas/index.ts';
import { isPersonalKind, type ConsentScope, type Place, type ProfileKind } from './schemas.ts';

/** The fields of a profile entry this view reads (the image type is Astro's or a string). */
export interface ProfileInput<Image = unknown> {
  title: string;
  kind: ProfileKind;
  place?: Place | undefined;
  summary: string;
  summaryEn?: string | undefined;
  image?: Image | undefined;
  imageAlt?: string | undefined;
  imageCredit?: string | undefined;
  recognitions: string[];
  publishedAt: string;
  updatedAt?: string | undefined;
  sources: Source[];
  sample: boolean;
  consent?: { obtained: true; date: string; scope: ConsentScope[]; record: string } | undefined;
}

export interface PublicProfile<Image = unknown> {
  slug: string;
  kind: ProfileKind;
  /** The title, or undefined when the name may not be shown (use a neutral label). */
  title: string | undefined;
  place: Place | undefined;
  /** Undefined when the story may not be shown. */
  summary: string | undefined;
  /** The English summary, when written and the story may be shown. */
  summaryEn: string | undefined;
  image: { src: Image; alt: string; credit: string } | undefined;
  /** The story (Markdown body) may be shown; the profile has a page. */
  hasPage: boolean;
  recognitionIds: string[];
  publishedAt: string;
  updatedAt: string | undefined;
  sources: Source[];
  sample: boolean;
}

export function allowed(input: Pick<ProfileInput, 'kind' | 'consent'>, scope: ConsentScope): boolean {
  if (!isPersonalKind(input.kind)) return true;
  return input.consent?.obtained === true && input.consent.scope.includes(scope);
}

/**
 * The public view of one profile. `pointingAt` lists the recognitions whose
 * `profile` names this slug; they join the ids listed in the frontmatter.
 */
export function publicProfile<Image>(slug: string, input: ProfileInput<Image>, pointingAt: readonly string[] = []): PublicProfile<Image> {
  const may = (scope: ConsentScope) => allowed(input, scope);
  const image =
    may('photo') && input.image !== undefined && input.imageAlt && input.imageCredit
      ? { src: input.image, alt: input.imageAlt, credit: input.imageCredit }
      : undefined;
  return {
    slug,
    kind: input.kind,
    title: may('name') ? input.title : undefined,
    place: may('location') ? input.place : undefined,
    summary: may('story') ? input.summary : undefined,
    summaryEn: may('story') ? input.summaryEn : undefined,
    image,
    hasPage: may('story'),
    recognitionIds: [...new Set([...input.recognitions, ...pointingAt])].sort(),
    publishedAt: input.publishedAt,
    updatedAt: input.updatedAt,
    sources: input.sources,
    sample: input.sample,
  };
}

/**
 * A recognition's recipient as it may be shown: the name from the decision,
 * unless the recognition belongs to a personal profile whose subject did not
 * agree to be named or placed. Without `location` the issuer is withheld too
 * ("Chủ tịch UBND huyện …" names the district).
 */
export function publicRecipient(
  r: Recognition,
  profile: { title: string | undefined; place: unknown } | undefined,
): { name: string | undefined; place: { vintage: string; unit: string } | undefined; issuer: string | undefined } {
  const personal = r.recipient.kind === 'individual' || r.recipient.kind === 'household';
  const place = r.recipient.vintage !== undefined && r.recipient.unit !== undefined ? { vintage: r.recipient.vintage, unit: r.recipient.unit } : undefined;
  if (!personal || !profile) return { name: r.recipient.name, place, issuer: r.issuer };
  const located = profile.place !== undefined;
  return { name: profile.title === undefined ? undefined : r.recipient.name, place: located ? place : undefined, issuer: located ? r.issuer : undefined };
}
