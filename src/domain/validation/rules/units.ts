import type { Dataset } from '../../dataset.ts';
import type { UnitLevel } from '../../schemas/index.ts';
import { levelNameVi } from '../../levels.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';
import { isNormalizedName } from './normalized-name.ts';

const parentLevel: Record<UnitLevel, UnitLevel | undefined> = {
  province: undefined,
  district: 'province',
  commune: 'district',
  village: 'commune',
};

const codeShape: Record<UnitLevel, RegExp> = {
  province: /^\d{2}$/,
  district: /^\d{3}$/,
  commune: /^\d{5}$/,
  village: /^\d{5}-\d{2}$/,
};

const codeShapeText: Record<UnitLevel, string> = {
  province: '2 chữ số',
  district: '3 chữ số',
  commune: '5 chữ số',
  village: '<mã xã>-<2 chữ số>',
};

/** Which levels each classification may be given to. */
const classificationLevels: Record<string, readonly UnitLevel[]> = {
  'poor-district': ['district'],
  zone: ['commune'],
  'especially-difficult': ['commune', 'village'],
};

export function checkUnits(dataset: Dataset, report: FileReporter): void {
  const vintageIds = new Set<string>();
  dataset.vintages.forEach((v, vi) => {
    const at = (...rest: (string | number)[]) => ['vintages', originalIndex(v, vi), ...rest];
    if (vintageIds.has(v.id)) report.error(at('id'), 'vintage-duplicate', `thời kỳ địa giới "${v.id}" bị khai báo hai lần`, v.id);
    vintageIds.add(v.id);
    if (v.validTo !== null && v.validTo < v.validFrom) {
      report.error(at('validTo'), 'vintage-period', `ngày kết thúc ${v.validTo} trước ngày bắt đầu ${v.validFrom}`, v.validTo);
    }
    if (v.basis && !dataset.source(v.basis)) report.error(at('basis'), 'source-unknown', `không có nguồn "${v.basis}"`, v.basis);
    const hasDistricts = v.units.some((u) => u.level === 'district');
    const codes = new Set<string>();
    v.units.forEach((u, ui) => {
      // Paths are built only for a problem: a large release has tens of thousands of units.
      const unitAt = (...rest: (string | number)[]) => at('units', originalIndex(u, ui), ...rest);
      if (codes.has(u.code)) {
        report.error(unitAt('code'), 'unit-code-duplicate', `mã "${u.code}" lặp lại trong thời kỳ ${v.id}`, u.code);
      }
      codes.add(u.code);
      if (!codeShape[u.level].test(u.code) || (u.level === 'village' && u.parent && !u.code.startsWith(`${u.parent}-`))) {
        report.error(unitAt('code'), 'unit-code-format', `mã đơn vị cấp ${levelNameVi[u.level]} phải có dạng ${codeShapeText[u.level]}`, u.code);
      }
      if (!isNormalizedName(u.name)) {
        report.error(unitAt('name'), 'name-not-normalized', 'tên phải ở dạng Unicode NFC, không có khoảng trắng thừa', u.name);
      }
      checkParent(dataset, v.id, hasDistricts, u, () => unitAt('parent'), report);
      (u.classifications ?? []).forEach((c, ci) => {
        const cat = (field: string) => unitAt('classifications', ci, field);
        if (c.to !== null && c.to < c.from) report.error(cat('to'), 'classification-period', `năm kết thúc ${c.to} trước năm bắt đầu ${c.from}`, c.to);
        if (!classificationLevels[c.kind]?.includes(u.level)) {
          report.error(cat('kind'), 'classification-level', `phân loại "${c.kind}" không áp dụng cho đơn vị cấp ${levelNameVi[u.level]}`, c.kind);
        }
        if (!dataset.source(c.source)) report.error(cat('source'), 'source-unknown', `không có nguồn "${c.source}"`, c.source);
      });
    });
  });
}

function checkParent(
  dataset: Dataset,
  vintage: string,
  hasDistricts: boolean,
  u: { code: string; level: UnitLevel; parent?: string | undefined },
  pathOf: () => (string | number)[],
  report: FileReporter,
): void {
  // In a vintage without districts, communes hang off the province.
  const expected = u.level === 'commune' && !hasDistricts ? 'province' : parentLevel[u.level];
  if (expected === undefined) {
    if (u.parent !== undefined) report.error(pathOf(), 'parent-level', 'đơn vị cấp tỉnh không có đơn vị cấp trên', u.parent);
    return;
  }
  if (u.parent === undefined) {
    report.error(pathOf().slice(0, -1), 'parent-missing', `đơn vị "${u.code}" thiếu đơn vị cấp trên (cấp ${levelNameVi[expected]})`, u.code);
    return;
  }
  const parent = dataset.unit(vintage, u.parent);
  if (!parent) {
    report.error(pathOf(), 'parent-unknown', `không có đơn vị "${u.parent}" trong thời kỳ ${vintage}`, u.parent);
  } else if (parent.level !== expected) {
    report.error(pathOf(), 'parent-level', `đơn vị cấp trên phải là cấp ${levelNameVi[expected]}, không phải cấp ${levelNameVi[parent.level]}`, u.parent);
  }
}
