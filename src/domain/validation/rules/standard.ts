/**
 * A review after the plan confirmed under its poverty standard (`standardThrough` of the
 * criteria file) changes which years the pages compare, and the methodology page's section
 * "Chuẩn nghèo" (/phuong-phap/, STANDARD_METHOD_PATH) is where a reader learns which years
 * compare and why. So each edition of that page must cite the confirmation among its sources
 * (the same source id, or the same address): otherwise it would still say the standard is not
 * confirmed while the tables give the year its fall (docs/criteria.md#years-compared).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../content/frontmatter.ts';
import type { CriteriaFile } from '../../schemas/index.ts';
import type { FileReporter } from '../problems.ts';

/** The methodology page in each edition, relative to the content root. */
const METHOD_PAGE_FILES = ['pages/phuong-phap.md', 'pages/en/phuong-phap.md'] as const;

export function checkStandardCited(criteria: CriteriaFile, contentRoot: string, report: FileReporter): void {
  const confirmation = criteria.standardThrough;
  if (!confirmation) return;
  for (const file of METHOD_PAGE_FILES) {
    const full = path.join(contentRoot, file);
    if (!existsSync(full)) continue;
    const read = readFrontmatter(readFileSync(full, 'utf8'));
    const sources = read.ok && Array.isArray(read.data['sources']) ? (read.data['sources'] as Record<string, unknown>[]) : [];
    const cited = sources.some((s) => s['id'] === confirmation.source.id || (confirmation.source.url != null && s['url'] === confirmation.source.url));
    if (!cited) {
      report.error(
        ['standardThrough', 'source'],
        'standard-not-explained',
        `năm ${confirmation.year} được so sánh theo chuẩn nghèo của giai đoạn, nhưng trang Phương pháp (content/${file}) chưa dẫn nguồn xác nhận "${confirmation.source.id}": thêm nguồn này vào sources của trang và sửa đoạn "Chuẩn nghèo" cho khớp`,
        { year: confirmation.year, page: `content/${file}`, source: confirmation.source.id },
      );
    }
  }
}
