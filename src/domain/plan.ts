/**
 * The plan's text (sources/plan/) as a tree of numbered sections with stable anchors:
 * "II. NỘI DUNG THI ĐUA" is `ii`, its item "1." is `ii-1`, "IV.1.đ)" is `iv-1-dd`. The text is
 * the document as received: nothing is reworded, only paragraphs split by a page break
 * ("giảm" / "nghèo bền vững") are joined again.
 *
 * The document's layout, which the parser relies on: blocks separated by blank lines; a
 * section opens with a Roman numeral ("II. "), an item with a number ("1. "), a sub-item
 * with a letter ("a) ", "đ) "); bullets start with "- " and a line without "- " right under
 * a bullet continues it; bold is written `**…**`.
 */

export type PlanBlock = { kind: 'paragraph'; text: string; strong: boolean } | { kind: 'list'; items: string[] };

export interface PlanSection {
  /** Stable anchor: `ii`, `ii-1`, `iv-1-dd`. */
  anchor: string;
  /** As cited: "II", "II.1", "IV.1.đ". */
  number: string;
  level: 1 | 2 | 3;
  /** The marker's text when it is a title ("MỤC ĐÍCH, YÊU CẦU", "Mục đích"); else undefined. */
  heading: string | undefined;
  /** Text under the marker, before the children; a paragraph item's own text comes first. */
  blocks: PlanBlock[];
  children: PlanSection[];
}

export interface Plan {
  /** The lines above the first paragraph: "KẾ HOẠCH" and the full title. */
  title: string[];
  /** "Căn cứ …" and the paragraph that introduces the sections. */
  preamble: PlanBlock[];
  sections: PlanSection[];
  /** What follows the last section: the closing paragraph, the recipients, the signature. */
  closing: PlanBlock[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const MARKERS: { level: 1 | 2 | 3; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^(${ROMAN.join('|')})\\. (.+)$`, 's') },
  { level: 2, re: /^(\d{1,2})\. (.+)$/s },
  { level: 3, re: /^([a-zđ])\) (.+)$/s },
];
/** A marker's text that ends a sentence is the item's first paragraph; a short one without is a title. */
const isTitle = (text: string) => text.length <= 120 && !/[.;:!?]$/.test(text);
const ENDS_SENTENCE = /[.;:!?”"…)]$/;
const STARTS_LOWER = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;

/** "II.1", "IV.1.đ" (the plan's way of citing a section) → "ii-1", "iv-1-dd". */
export function sectionAnchor(number: string): string {
  return number
    .split('.')
    .map((part) => (part === 'đ' ? 'dd' : part.toLowerCase()))
    .join('-');
}

function markerOf(block: string): { level: 1 | 2 | 3; mark: string; text: string } | undefined {
  for (const { level, re } of MARKERS) {
    const m = re.exec(block);
    if (m) return { level, mark: m[1]!, text: m[2]!.replace(/\s*\n\s*/g, ' ').trim() };
  }
  return undefined;
}

/** Blank-line separated blocks, with a paragraph cut by a page break joined again. */
function blocksOf(text: string): string[] {
  const raw = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const out: string[] = [];
  for (const block of raw) {
    const previous = out.at(-1);
    const previousMarker = previous === undefined ? undefined : markerOf(previous);
    const brokenOff =
      previous !== undefined &&
      !ENDS_SENTENCE.test(previous) &&
      !(previousMarker && isTitle(previousMarker.text)) &&
      !previous.split('\n').at(-1)!.startsWith('- ') &&
      STARTS_LOWER.test(block) &&
      markerOf(block) === undefined;
    if (brokenOff) out[out.length - 1] = `${previous} ${block}`;
    else out.push(block);
  }
  return out;
}

/** Adds a block, running bullets on into the list before them (the document puts a blank line between bullets). */
function push(blocks: PlanBlock[], block: PlanBlock): void {
  const last = blocks.at(-1);
  if (block.kind === 'list' && last?.kind === 'list') last.items.push(...block.items);
  else blocks.push(block);
}

/** A block of text: a list when it is made of bullets, else a paragraph (line breaks kept). */
function toBlock(block: string): PlanBlock {
  const lines = block.split('\n').map((l) => l.trim());
  if (lines[0]!.startsWith('- ')) {
    const items: string[] = [];
    for (const line of lines) {
      if (line.startsWith('- ')) items.push(line.slice(2).trim());
      else items[items.length - 1] = `${items.at(-1)!} ${line}`;
    }
    return { kind: 'list', items };
  }
  const joined = lines.join('\n');
  const strong = /^\*\*[\s\S]+\*\*$/.test(joined);
  return { kind: 'paragraph', text: strong ? joined.slice(2, -2) : joined, strong };
}

export function parsePlan(text: string): Plan {
  const plan: Plan = { title: [], preamble: [], sections: [], closing: [] };
  const open: PlanSection[] = [];
  let ended = false;
  for (const block of blocksOf(text)) {
    const marker = ended ? undefined : markerOf(block);
    if (marker) {
      while (open.length >= marker.level) open.pop();
      const parent = open.at(-1);
      if (marker.level > 1 && !parent) throw new Error(`kế hoạch: mục "${marker.mark}" đứng ngoài một phần I, II…`);
      const number = parent ? `${parent.number}.${marker.mark}` : marker.mark;
      const title = isTitle(marker.text);
      const section: PlanSection = {
        anchor: sectionAnchor(number),
        number,
        level: marker.level,
        heading: title ? marker.text : undefined,
        blocks: title ? [] : [{ kind: 'paragraph', text: marker.text, strong: false }],
        children: [],
      };
      (parent ? parent.children : plan.sections).push(section);
      open.push(section);
      continue;
    }
    const current = open.at(-1);
    if (!current) {
      // Title lines first, then the paragraphs before section I.
      if (plan.preamble.length === 0 && !block.includes('\n') && !ENDS_SENTENCE.test(block) && plan.title.length < 2) plan.title.push(block);
      else push(plan.preamble, toBlock(block));
      continue;
    }
    // Text under an item whose own text is a paragraph (VI.6) is the document's closing part.
    if (ended || (current.heading === undefined && current.children.length === 0 && !block.startsWith('- '))) {
      ended = true;
      push(plan.closing, toBlock(block));
      continue;
    }
    push(current.blocks, toBlock(block));
  }
  return plan;
}

/** Every section of the plan, depth first, in reading order. */
export function allSections(plan: Plan): PlanSection[] {
  const out: PlanSection[] = [];
  const visit = (s: PlanSection) => {
    out.push(s);
    s.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  return out;
}

/**
 * The milestones of section V: what the plan says happens when. An update reports on one
 * with `milestones: [id]` in its front matter; /ke-hoach/ shows it beside the milestone.
 */
export const PLAN_MILESTONES = [
  { id: 'ke-hoach-trien-khai-2022', section: 'V.1', year: 2022 },
  { id: 'so-ket-2023', section: 'V.2', year: 2023 },
  { id: 'tong-ket-2025', section: 'V.2', year: 2025 },
  { id: 'tong-ket-ctmtqg-2025', section: 'V.3', year: 2025 },
] as const;
export type PlanMilestoneId = (typeof PLAN_MILESTONES)[number]['id'];
export const planMilestoneIds = PLAN_MILESTONES.map((m) => m.id) as [PlanMilestoneId, ...PlanMilestoneId[]];
