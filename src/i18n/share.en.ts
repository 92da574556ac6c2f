/** English text of the share cards' alternative text and labels (the English edition of src/i18n/share.vi.ts). */
import type { Shape } from './lang.ts';
import { notes, type LeadFigure, type share as shareVi } from './share.vi.ts';
import { formatDate, formatInt } from '../format/en.ts';

export const share = {
  map: 'Map',
  mapAlt: (heading: string, layer: string) => `Map – ${heading}: ${layer}`,
  unitAlt: (unit: string, lead: LeadFigure | undefined) =>
    lead
      ? `${unit}: poverty rate at the end of ${lead.year}, ${lead.rate}${notes([lead.carried && 'converted from former units', lead.illustrative && 'illustrative figures'])}`
      : `${unit}: no figures yet`,
  progress: 'Progress',
  progressTitle: 'Lạng Sơn province’s progress in poverty reduction against the 2021–2025 plan',
  progressFigure: (year: number) => `Province-wide poverty rate at the end of ${year}`,
  criteria: 'Emulation criteria',
  criteriaTitle: 'The emulation criteria and the assessment of every district and commune',
  criteriaFigure: (_met: number, total: number) => `assessments meeting the criteria, out of ${formatInt(total)}`,
  release: 'Open data',
  releasePlace: (id: string, date: string | null | undefined) => `Release ${id}${date ? ` · published ${formatDate(date)}` : ''}`,
  releaseFigure: 'figures of the units by year, to download as CSV, Excel and JSON',
} as const satisfies Shape<typeof shareVi>;
