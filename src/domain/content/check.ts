/**
 * Checks on content files before anything is rendered. A problem fails the
 * build with a line per problem, `file:line  rule  message` (the validator's
 * format, docs/validation.md), in Vietnamese with the rule id in English:
 *
 * - Markdown only: no .mdx file, no MDX import/export, expression or component
 *   in a .md file (MDX runs code on the build machine);
 * - every photo in a story's text has a description;
 * - personal data in any file and in its name (phone, ID number, e-mail, Zalo or
 *   Facebook link, street address);
 * - every private person a story names has consented (`people`), or is named in a
 *   public role by a source;
 * - consent on individual and household profiles: present, obtained, dated,
 *   with a scope and a record; no photo without `photo`; without `name`, the
 *   person's name (taken from the title) appears nowhere else in the file,
 *   nor in the file name (which becomes the URL), nor the name they are called by
 *   (subject-mentions.ts); without `location`, neither their units' names, in this
 *   boundary vintage or another, nor a village;
 * - with the release at hand: the profile's place exists, its recognitions
 *   exist and are about its place, and a real (non-sample) profile is never
 *   linked to an illustrative award.
 */
import { foldVietnamese, slugify } from '../slug.ts';
import { frontmatterBlock } from './frontmatter.ts';
import { checkImageNames } from './images.ts';
import { isPlaceholderName, isSamePerson, linesNaming, nameKey, namedPeople } from './people.ts';
import { findPersonalData, personalDataLabel } from './personal-data.ts';
import { callingByName, villagesNamed } from './subject-mentions.ts';
import { consentScopes, isPersonalKind, profileKinds, type ConsentScope, type ProfileKind } from './schemas.ts';
import type { CollectionName } from './files.ts';
import { lineOfKey, lines, MARKDOWN_IMAGE, proseLines } from './text.ts';

export interface ContentProblem {
  /** Path as the author knows it, e.g. "content/profiles/ho-nong-van-a.md". */
  file: string;
  line: number;
  rule: string;
  message: string;
}

/** One content file: its raw text and its parsed (unvalidated) frontmatter. */
export interface ContentFile {
  file: string;
  /** The slug the file is published under (file name without extension). */
  slug: string;
  text: string;
  data: Record<string, unknown>;
  /** The frontmatter could not be read (YAML error): no other check is meaningful. */
  parseError?: { line: number; message: string } | undefined;
}

/** What the checker needs to know about the release the site is built from. */
export interface ReleaseFacts {
  /** The release checked against: the current one, or with --drafts the draft the site shows. */
  releaseId: string;
  unitExists(vintage: string, code: string): boolean;
  /** The names of a unit and of the units above it, the province's excepted ("Quý Hòa", "Bắc Khê"). */
  placeNames(vintage: string, code: string): string[];
  /** The same for the units it came from or went into in the other boundary vintages (lineage-names.ts). */
  lineagePlaceNames(vintage: string, code: string): string[];
  /** `personal`: the decision names an individual or a household as its recipient. */
  recognition(id: string): { illustrative: boolean; place?: { vintage: string; unit: string }; personal?: true } | undefined;
  /** Ids of the recognitions whose `profile` names this slug. */
  recognitionsPointingAt(slug: string): string[];
}


/** A frontmatter the YAML parser could not read. */
export function checkFrontmatter(f: ContentFile): ContentProblem[] {
  return f.parseError ? [{ file: f.file, line: f.parseError.line, rule: 'frontmatter-invalid', message: `không đọc được phần đầu (YAML): ${f.parseError.message}` }] : [];
}

const TABLE_ALIGNMENT = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/**
 * Markdown that renders to inline styles, which the site's Content Security Policy blocks:
 * column alignment in tables (`|---:|`) becomes style="text-align:…".
 */
export function checkInlineStyles(f: ContentFile): ContentProblem[] {
  return f.text.split(/\r?\n/).flatMap((line, i) =>
    TABLE_ALIGNMENT.test(line) && line.includes(':')
      ? [{ file: f.file, line: i + 1, rule: 'table-alignment', message: 'căn lề cột bảng (dấu ":" ở hàng gạch ngang) tạo style nội tuyến mà chính sách bảo mật (CSP) của trang chặn: bỏ dấu ":"' }]
      : [],
  );
}

/**
 * Personal data anywhere in the file, frontmatter included (it is public in the repository
 * too), and in the file name, which becomes the page's address and a sitemap entry.
 */
export function checkPersonalData(f: ContentFile): ContentProblem[] {
  const inText = findPersonalData(f.text).map((hit) => ({
    file: f.file,
    line: hit.line,
    rule: `personal-data-${hit.kind}`,
    message: `có dạng ${personalDataLabel[hit.kind]} ("${hit.excerpt}", cột ${hit.column}): không đăng thông tin cá nhân; nếu là số liệu, viết có dấu chấm phân cách hàng nghìn`,
  }));
  const inName = findPersonalData(f.slug.replace(/[-_]+/g, ' ')).map((hit) => ({
    file: f.file,
    line: 1,
    rule: `personal-data-${hit.kind}`,
    message: `tên tệp "${f.slug}" có dạng ${personalDataLabel[hit.kind]} (tên tệp là địa chỉ trang): đổi tên tệp`,
  }));
  return [...inName, ...inText];
}

const MDX_LINE = /^ {0,3}(?:import|export)\s/;
const MDX_COMPONENT = /<[A-Z][\w.]*(?=[\s/>])/;


/**
 * MDX in a Markdown file: an `import`/`export` line, a `{…}` expression or a `<Component>`.
 * In a .md file they are inert text, but they mean the author expects code to run; say so
 * instead of publishing them as text. Code blocks and `code spans` may hold anything.
 */
export function checkMarkdownOnly(f: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { line, text } of proseLines(f)) {
    const problem = (message: string) => problems.push({ file: f.file, line, rule: 'mdx-syntax', message });
    if (MDX_LINE.test(text)) problem(`dòng "${text.trim().slice(0, 40)}" là lệnh import/export của MDX, không dùng trong nội dung: nội dung chỉ là Markdown, không chạy mã`);
    else if (text.includes('{') || text.includes('}')) problem('dấu ngoặc nhọn { } là biểu thức MDX (chạy mã khi dựng trang), không dùng trong nội dung Markdown: bỏ dấu ngoặc, hoặc đặt trong `…` nếu cần hiện nguyên văn');
    else if (MDX_COMPONENT.test(text)) problem(`"${MDX_COMPONENT.exec(text)![0]}" là thành phần MDX, không dùng trong nội dung Markdown`);
  }
  return problems;
}

/**
 * A photo in a story's text says what it shows: the editor's "Image" button writes
 * `![](/anh/…)` with the description left empty, and a screen reader then says nothing
 * (or the file name) where a sighted reader sees the photo.
 */
export function checkImageDescriptions(f: ContentFile): ContentProblem[] {
  return proseLines(f).flatMap(({ line, text }) =>
    [...text.matchAll(MARKDOWN_IMAGE)]
      .filter(([, alt]) => alt!.trim() === '')
      .map(([, , src]) => ({
        file: f.file,
        line,
        rule: 'image-description-missing',
        message: `ảnh ${src} chưa có mô tả: viết điều ảnh cho thấy vào giữa hai ngoặc vuông, ví dụ ![Người dân xã Hồng Phong thu hoạch hồi](${src}); người nghe trang bằng trình đọc màn hình chỉ biết ảnh qua mô tả này`,
      })),
  );
}

/** Files of a content folder that the site would not read, or must not: MDX, which runs code on the build machine. */
export function checkFileTypes(folder: string, names: readonly string[]): ContentProblem[] {
  return names
    .filter((name) => /\.mdx$/i.test(name))
    .map((name) => ({
      file: `${folder}/${name}`,
      line: 1,
      rule: 'mdx-not-allowed',
      message: 'tệp .mdx không được nhận: nội dung chỉ viết bằng Markdown (.md), vì MDX chạy mã trên máy dựng trang. Đổi đuôi tệp thành .md (và bỏ import, export, { }); trang cần thành phần riêng do lập trình viên làm trong src/pages/',
    }));
}

interface PersonEntry {
  name?: unknown;
  consent?: unknown;
  public?: { source?: unknown };
}

/**
 * Every person a story names (a form of address and a capitalised name) is either the
 * subject of a personal profile, whose `consent` governs, or listed in `people` with
 * consent or a public role backed by one of the file's sources. Sample content may use the
 * placeholder names of forms ("Nông Văn A"). The file name may not carry an unlisted name.
 */
export function checkPeople(f: ContentFile): ContentProblem[] {
  if (f.parseError) return [];
  const problems: ContentProblem[] = [];
  const people = (Array.isArray(f.data['people']) ? f.data['people'] : []).filter((p): p is PersonEntry => typeof p === 'object' && p !== null);
  const sourceIds = new Set((Array.isArray(f.data['sources']) ? f.data['sources'] : []).map((s) => (s as { id?: unknown })?.id).filter((id) => typeof id === 'string'));
  for (const p of people) {
    const source = p.public?.source;
    if (typeof source === 'string' && !sourceIds.has(source)) {
      problems.push({ file: f.file, line: lineOfKey(f.text, 'people'), rule: 'person-source-unknown', message: `people: nguồn "${source}" nêu tên ${String(p.name)} không có trong sources của tệp` });
    }
  }
  const subject = isPersonalProfile(f) && typeof f.data['title'] === 'string' ? nameFromTitle(f.data['title']) : undefined;
  const sample = f.data['sample'] === true;
  const unlisted = new Set<string>();
  for (const n of namedPeople(f.text)) {
    if (sample && isPlaceholderName(n.name)) continue;
    if (subject && isSamePerson(n.name, subject)) continue;
    if (people.some((p) => typeof p.name === 'string' && isSamePerson(n.name, p.name))) continue;
    unlisted.add(n.name);
    problems.push({
      file: f.file,
      line: n.line,
      rule: 'person-without-consent',
      message:
        `"${n.address} ${n.name}" là tên một người: cần sự đồng ý của người đó (people: [{ name, consent }]); ` +
        'cán bộ, người được báo chí nêu tên vì việc công thì ghi people: [{ name, public: { role, source } }] với source là một nguồn của tệp. Nếu không, bỏ tên',
    });
  }
  const slug = ` ${f.slug.replace(/-/g, ' ')} `;
  for (const name of unlisted) {
    if (name.includes(' ') && slug.includes(` ${nameKey(name)} `)) {
      problems.push({ file: f.file, line: 1, rule: 'person-without-consent', message: `tên tệp "${f.slug}" chứa tên "${name}" (tên tệp là địa chỉ trang): đổi tên tệp` });
    }
  }
  return problems;
}

const TITLE_PREFIXES = /^(?:hộ\s+gia\s+đình|gia\s+đình|hộ|vợ\s+chồng|ông|bà|anh|chị|cô|chú|bác|cụ|em|cháu|đồng\s+chí)\s+/iu;

/**
 * The person's name in a personal profile's title: "Hộ gia đình ông Nông Văn A
 * (tên giả định)" → "Nông Văn A". The longest run of capitalised words after
 * the usual forms of address; undefined when the title names nobody.
 */
export function nameFromTitle(title: string): string | undefined {
  let rest = title.replace(/\([^)]*\)/g, ' ').replace(/[–—:,;.!?"“”].*$/u, '').trim();
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(TITLE_PREFIXES, '');
  }
  const words = rest.split(/\s+/);
  const runs: string[][] = [[]];
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) runs.at(-1)!.push(w);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  const best = runs.reduce((a, b) => (b.length > a.length ? b : a), []);
  return best.length >= 2 ? best.join(' ') : undefined;
}

const folded = (s: string) => ` ${foldVietnamese(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;

/** Whether the file is the profile of an individual or a household (whose consent governs what is shown). */
function isPersonalProfile(f: ContentFile): boolean {
  const kind = f.data['kind'];
  return typeof kind === 'string' && (profileKinds as readonly string[]).includes(kind) && isPersonalKind(kind as ProfileKind);
}

/** Consent and the personal-data scope of an individual or household profile. */
export function checkConsent(f: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const kind = f.data['kind'];
  if (f.parseError) return problems;
  if (!isPersonalProfile(f)) return problems;
  const at = (key: string) => lineOfKey(f.text, key);
  const problem = (line: number, rule: string, message: string) => problems.push({ file: f.file, line, rule, message });
  const consent = f.data['consent'];
  if (consent === undefined || consent === null) {
    problem(at('kind'), 'consent-missing', `hồ sơ ${kind === 'household' ? 'hộ gia đình' : 'cá nhân'} phải có "consent" (obtained, date, scope, record): không có sự đồng ý thì không đăng`);
    return problems;
  }
  if (typeof consent !== 'object') {
    problem(at('consent'), 'consent-invalid', '"consent" phải là một khối gồm obtained, date, scope, record');
    return problems;
  }
  const c = consent as Record<string, unknown>;
  if (c['obtained'] !== true) problem(at('obtained'), 'consent-not-obtained', 'consent.obtained phải là true');
  const date = c['date'];
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) problem(at('date'), 'consent-invalid', 'consent.date phải là ngày dạng YYYY-MM-DD');
  if (typeof c['record'] !== 'string' || c['record'].trim() === '') problem(at('record'), 'consent-invalid', 'consent.record phải nêu nơi lưu biên bản đồng ý');
  const scope = c['scope'];
  const valid = Array.isArray(scope) && scope.length > 0 && scope.every((s) => (consentScopes as readonly unknown[]).includes(s));
  if (!valid) {
    problem(at('scope'), 'consent-invalid', `consent.scope phải là danh sách gồm một hoặc nhiều mục trong: ${consentScopes.join(', ')}`);
    return problems;
  }
  const scopes = new Set(scope as string[]);
  if (!scopes.has('photo') && f.data['image'] !== undefined) {
    problem(at('image'), 'photo-without-consent', 'có ảnh nhưng phạm vi đồng ý không gồm "photo": bỏ ảnh khỏi hồ sơ hoặc bổ sung đồng ý');
  }
  if (!scopes.has('name')) {
    const name = typeof f.data['title'] === 'string' ? nameFromTitle(f.data['title']) : undefined;
    if (name) {
      const titleLine = at('title');
      // Whole text, so a name split by a line break or written with entities is still found.
      for (const line of linesNaming(f.text, name)) {
        if (line !== titleLine) problem(line, 'name-without-consent', `tên "${name}" xuất hiện nhưng phạm vi đồng ý không gồm "name": bỏ tên, trang sẽ dùng cách gọi chung`);
      }
      // The story calls its subject by the last words of the name ("anh Quýt", "Mr Quyt"), as people are called.
      const named = new Set(linesNaming(f.text, name));
      for (const n of namedPeople(f.text)) {
        if (n.line === titleLine || named.has(n.line) || !isSamePerson(n.name, name)) continue;
        named.add(n.line);
        problem(n.line, 'name-without-consent', `"${n.address} ${n.name}" gọi tên "${name}" nhưng phạm vi đồng ý không gồm "name": bỏ tên, viết cách gọi chung ("chủ hộ", "bà")`);
      }
      // Called by the given name alone, after any form of address or inside a sentence ("chú Quýt", "năm ấy, Quýt …"): subject-mentions.ts says when a capital is a name.
      for (const c of callingByName(f.text, name)) {
        if (c.line === titleLine || named.has(c.line)) continue;
        named.add(c.line);
        problem(c.line, 'name-without-consent', `"${c.text}" gọi người trong hồ sơ bằng tên "${name}" nhưng phạm vi đồng ý không gồm "name": bỏ tên, viết cách gọi chung ("chủ hộ", "bà")`);
      }
      if (folded(f.slug.replace(/-/g, ' ')).includes(folded(slugify(name).replace(/-/g, ' ')))) {
        problem(1, 'name-without-consent', `tên tệp "${f.slug}" chứa tên "${name}" (tên tệp là địa chỉ trang): đổi tên tệp`);
      }
    }
  }
  return problems;
}

/**
 * What a personal profile's subject did not agree to show among what a decision about them
 * says (their name, their place): a decision is published whole in the release's files, so
 * linking it to the profile would undo the page's discretion.
 */
function withheldScopes(f: ContentFile): ConsentScope[] {
  if (!isPersonalProfile(f)) return [];
  const scope = (f.data['consent'] as { scope?: unknown } | null | undefined)?.scope;
  if (!Array.isArray(scope)) return [];
  const given = new Set(scope);
  return (['name', 'location'] as const).filter((s) => !given.has(s));
}

/**
 * The names of a unit and of the units above it, the top one (the province) excepted, and
 * so is a unit named after it (thành phố Lạng Sơn): a story may always name its province.
 */
export function placeNames(unit: (code: string) => { name: string; parent?: string | undefined } | undefined, code: string): string[] {
  const names: string[] = [];
  let u = unit(code);
  for (; u?.parent !== undefined; u = unit(u.parent)) names.push(u.name);
  return names.filter((n) => n !== u?.name);
}

/** The profile against the release: place, recognitions, sources. */
export function checkProfileAgainstRelease(f: ContentFile, release: ReleaseFacts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (f.parseError) return problems;
  const problem = (key: string, rule: string, message: string) => problems.push({ file: f.file, line: lineOfKey(f.text, key), rule, message });
  const place = f.data['place'] as { vintage?: unknown; unit?: unknown } | undefined;
  const placeKnown = place && typeof place.vintage === 'string' && typeof place.unit === 'string';
  if (placeKnown && !release.unitExists(place.vintage as string, String(place.unit))) {
    problem('place', 'unit-unknown', `không có đơn vị mã "${String(place.unit)}" trong thời kỳ ${String(place.vintage)}`);
  }
  const placeWithheld = withheldScopes(f).includes('location');
  // Where the signed consent is kept ("lưu tại UBND xã …", as this folder's README shows) is never published.
  const end = frontmatterBlock(f.text)?.closingLine ?? 0;
  const unpublished = new Set(lines(f.text).flatMap((l, i) => (i < end && /(?:^|[\s{,])record\s*:/.test(l) ? [i + 1] : [])));
  const placeProblem = (line: number, message: string) => problems.push({ file: f.file, line, rule: 'place-without-consent', message });
  if (placeKnown && placeWithheld) {
    const own = release.placeNames(place.vintage as string, String(place.unit));
    // The commune's and district's names before the 2024–2025 reforms (or after them) point at the place as well as today's.
    const other = release.lineagePlaceNames(place.vintage as string, String(place.unit)).filter((n) => !own.includes(n));
    for (const [names, what] of [[own, 'là địa bàn của hồ sơ'], [other, 'là tên địa bàn của hồ sơ ở một thời kỳ địa giới khác (trước hoặc sau sáp nhập)']] as const) {
      for (const name of names) {
        for (const line of linesNaming(f.text, name)) {
          if (!unpublished.has(line)) placeProblem(line, `"${name}" ${what} nhưng phạm vi đồng ý không gồm "location": bỏ tên địa bàn (trang chỉ nêu tỉnh)`);
        }
        if (folded(f.slug.replace(/-/g, ' ')).includes(folded(name))) {
          placeProblem(1, `tên tệp "${f.slug}" chứa địa bàn "${name}" (tên tệp là địa chỉ trang), nhưng phạm vi đồng ý không gồm "location": đổi tên tệp`);
        }
      }
    }
  }
  if (placeWithheld) {
    for (const v of villagesNamed(f.text)) {
      if (!unpublished.has(v.line)) placeProblem(v.line, `"${v.text}" nêu thôn, bản, tổ dân phố nhưng phạm vi đồng ý không gồm "location": bỏ tên nơi ở (trang chỉ nêu tỉnh)`);
    }
  }
  const listed = Array.isArray(f.data['recognitions']) ? (f.data['recognitions'] as unknown[]).map(String) : [];
  const ids = [...new Set([...listed, ...release.recognitionsPointingAt(f.slug)])];
  const sample = f.data['sample'] === true;
  for (const id of ids) {
    const r = release.recognition(id);
    if (!r) {
      problem('recognitions', 'recognition-unknown', `không có khen thưởng "${id}" trong phiên bản dữ liệu ${release.releaseId}: bỏ mã này khỏi hồ sơ, hoặc chọn một khen thưởng có trong phiên bản đó`);
      continue;
    }
    if (r.illustrative && !sample) {
      problem('sample', 'illustrative-award-on-real-profile', `khen thưởng "${id}" là minh họa nhưng hồ sơ không phải hồ sơ mẫu (sample: true): không gắn khen thưởng minh họa cho tổ chức, người có thật`);
    }
    if (r.place && placeKnown && r.place.vintage === place.vintage && r.place.unit !== String(place.unit)) {
      problem('place', 'recognition-place-mismatch', `khen thưởng "${id}" trao cho đơn vị mã ${r.place.unit}, khác địa bàn của hồ sơ (${String(place.unit)})`);
    }
    const withheld = r.personal ? withheldScopes(f) : [];
    if (withheld.length > 0) {
      problem(
        'recognitions',
        'recognition-reveals-subject',
        `khen thưởng "${id}" nêu tên, địa bàn và cơ quan khen thưởng của người nhận, và các tệp dữ liệu tải về (recognitions.csv, .xlsx, .json) đăng chúng cạnh địa chỉ hồ sơ này; ` +
          `phạm vi đồng ý không gồm ${withheld.map((s) => `"${s}"`).join(', ')}: bỏ liên kết giữa hồ sơ và khen thưởng (recognitions của hồ sơ, profile của khen thưởng) hoặc bổ sung đồng ý`,
      );
    }
  }
  if (!sample && (!Array.isArray(f.data['sources']) || f.data['sources'].length === 0)) {
    problem('title', 'sources-required', 'hồ sơ về tổ chức, mô hình có thật phải nêu nguồn (sources)');
  }
  return problems;
}

/**
 * Every check of one file of a collection (check-collection.ts runs it on each file of a
 * folder; the editor runs it on a file before saving it, src/client/editor/).
 */
export function checkFile(f: ContentFile, collection: CollectionName, facts: () => ReleaseFacts): ContentProblem[] {
  const problems = [...checkFrontmatter(f), ...checkMarkdownOnly(f), ...checkImageDescriptions(f), ...checkPersonalData(f), ...checkPeople(f), ...checkInlineStyles(f), ...checkImageNames(f)];
  if (collection === 'profiles') problems.push(...checkConsent(f), ...checkProfileAgainstRelease(f, facts()), ...checkProfileSources(f));
  return problems;
}

/** A source's field as written: a non-empty string, or a date YAML read as a Date. */
const present = (v: unknown): boolean => (typeof v === 'string' && v.trim() !== '') || (v instanceof Date && !Number.isNaN(v.getTime()));

/**
 * A real profile rests on at least one article or document the reader can find and date:
 * its title, the outlet or authority (issuer), the day it was published and its address.
 * A section or listing page, or a page that shows no date, is not enough on its own.
 */
export function checkProfileSources(f: ContentFile): ContentProblem[] {
  if (f.parseError || f.data['sample'] === true) return [];
  const sources = Array.isArray(f.data['sources']) ? (f.data['sources'] as unknown[]) : [];
  if (sources.length === 0) return [];
  const complete = sources.some((s) => {
    const r = s as Record<string, unknown> | null;
    return r !== null && typeof r === 'object' && ['title', 'issuer', 'date', 'url'].every((key) => present(r[key]));
  });
  return complete
    ? []
    : [{
        file: f.file,
        line: lineOfKey(f.text, 'sources'),
        rule: 'source-incomplete',
        message: 'hồ sơ có thật cần ít nhất một nguồn là một bài báo hay văn bản cụ thể, ghi đủ tiêu đề (title), nơi đăng (issuer), ngày đăng (date) và địa chỉ (url); trang chuyên mục, trang không ghi ngày không đủ',
      }];
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}  ${p.rule}  ${p.message}`).join('\n');
}

/** Thrown by the content loader: the build stops with every problem listed. */
export class ContentCheckError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`Nội dung không hợp lệ (${problems.length} lỗi), không tạo trang web:\n${formatProblems(problems)}`);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}
