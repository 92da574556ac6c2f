/**
 * Tables written in Markdown (the methods page's boundary periods, a carried-figures example)
 * become the site's tables (src/styles/global.css, "tables" and "stacked tables"): inside a
 * region that scrolls sideways instead of the page, reachable by keyboard and named for screen
 * readers, and stacked on a phone — each row a block, its first cell the row's header, every
 * other cell labelled by its column — so no figure hides in a sideways scroll. Without this a
 * four-column table pushed the methods page past a 320 px screen at 200 % text.
 *
 * The region is named by the heading the table stands under (its id, which the Markdown
 * renderer gives every heading), else by its header row: either is in the text's own
 * language, so English pages need no words from here.
 */
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** A version string for the content cache: entries rendered before this change are rendered again. */
export const TABLE_WRAP_VERSION = 'table-wrap-2';

const HEADING = /^h[1-6]$/;

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The texts of the header row's cells (none when the table has no header row). */
function headerRow(table: HastNode): string[] {
  const head = table.children?.find((c) => c.tagName === 'thead');
  const row = head?.children?.find((c) => c.tagName === 'tr');
  return (row?.children ?? []).filter((c) => c.tagName === 'th' || c.tagName === 'td').map((c) => textOf(c).trim());
}

/** Marks the table `stack`: row headers in the first column, column labels on the other cells. */
function stack(table: HastNode): void {
  const labels = headerRow(table);
  table.properties = { ...table.properties, className: ['stack'] };
  for (const body of table.children?.filter((c) => c.tagName === 'tbody') ?? []) {
    for (const row of body.children?.filter((c) => c.tagName === 'tr') ?? []) {
      row.children?.filter((c) => c.tagName === 'td' || c.tagName === 'th').forEach((cell, i) => {
        if (i === 0) {
          cell.tagName = 'th';
          cell.properties = { ...cell.properties, scope: 'row' };
        } else if (labels[i]) {
          cell.properties = { ...cell.properties, dataLabel: labels[i] };
        }
      });
    }
  }
}

function wrapIn(parent: HastNode): void {
  let heading: HastNode | undefined;
  parent.children = (parent.children ?? []).map((child) => {
    if (child.type !== 'element') return child;
    if (HEADING.test(child.tagName ?? '')) heading = child;
    if (child.tagName !== 'table') {
      wrapIn(child);
      return child;
    }
    const id = heading?.properties?.['id'];
    const name = typeof id === 'string' && id !== '' ? { ariaLabelledBy: id } : { ariaLabel: headerRow(child).filter(Boolean).join(', ') };
    stack(child);
    return { type: 'element', tagName: 'div', properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ...name }, children: [child] };
  });
}

/** The HTML with every table in the site's scrolling, named wrapper; unchanged when it has no table. */
export function wrapTables(html: string): string {
  if (!/<table[\s>]/i.test(html)) return html;
  const tree = htmlToHast(html, { fragment: true }) as unknown as HastNode;
  wrapIn(tree);
  return toHtml(tree as never);
}
