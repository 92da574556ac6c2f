/**
 * Reads the administrative-unit extracts in sources/admin-units/
 * (see its SOURCE.md) and normalises names: NFC, single spaces, "NT" written out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.ts';
import { compareCodes } from './common.ts';

export type CommuneType = 'xã' | 'phường' | 'thị trấn';

export interface RefCommune {
  code: string;
  name: string;
  type: CommuneType;
  district: string;
}

export interface RefDistrict {
  code: string;
  name: string;
  type: 'thành phố' | 'huyện';
}

export interface RefVintageList {
  province: { code: string; name: string };
  districts: RefDistrict[];
  communes: RefCommune[];
}

export interface RefMergeRow {
  oldCode: string;
  newCode: string;
  /** true when only part of the old unit went to the new one. */
  partial: boolean;
}

export interface Reference {
  units2020: RefVintageList;
  units2024: RefVintageList;
  units2025: { province: { code: string; name: string }; communes: Omit<RefCommune, 'district'>[] };
  merge2024: RefMergeRow[];
  merge2025: RefMergeRow[];
}

export const REFERENCE_FILES = {
  units2020: 'langson_units_2021-2024_200communes.json',
  units2024: 'langson_units_2025H1_194communes.json',
  units2025: 'langson_units_2025-07_65communes.json',
  merge2024: 'langson_merge_2024-12_200to194.csv',
  merge2025: 'langson_old_to_new_2025-07_NSO.csv',
} as const;

/** NFC, runs of white space collapsed, "NT" (nông trường) written out. */
function normaliseName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(^|\s)NT(?=\s|$)/gu, '$1Nông trường');
}

const COMMUNE_PREFIXES: [string, CommuneType][] = [
  ['Thị trấn ', 'thị trấn'],
  ['Phường ', 'phường'],
  ['Xã ', 'xã'],
];

function communeType(fullName: string, where: string): CommuneType {
  for (const [prefix, type] of COMMUNE_PREFIXES) if (fullName.startsWith(prefix)) return type;
  throw new Error(`${where}: cannot tell the unit type of "${fullName}"`);
}

function districtType(fullName: string, where: string): RefDistrict['type'] {
  if (fullName.startsWith('Thành phố ')) return 'thành phố';
  if (fullName.startsWith('Huyện ')) return 'huyện';
  throw new Error(`${where}: cannot tell the unit type of "${fullName}"`);
}

interface RawDistrictFile {
  province: { Code: string; Name: string };
  districts: { code: string; name: string; fullName: string; communes: { code: string; name: string; fullName: string }[] }[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function readDistrictFile(file: string): RefVintageList {
  const raw = readJson(file) as RawDistrictFile;
  const where = path.basename(file);
  const districts: RefDistrict[] = [];
  const communes: RefCommune[] = [];
  for (const d of raw.districts) {
    const fullName = normaliseName(d.fullName);
    districts.push({ code: d.code, name: normaliseName(d.name), type: districtType(fullName, where) });
    for (const c of d.communes) {
      const full = normaliseName(c.fullName);
      const name = normaliseName(c.name);
      if (!full.endsWith(name)) throw new Error(`${where}: ${c.code} name "${name}" does not end "${full}"`);
      communes.push({ code: c.code, name, type: communeType(full, where), district: d.code });
    }
  }
  districts.sort((a, b) => compareCodes(a.code, b.code));
  communes.sort((a, b) => compareCodes(a.code, b.code));
  return { province: { code: raw.province.Code, name: normaliseName(raw.province.Name) }, districts, communes };
}

interface RawNewCommunes {
  province: { code: string; name: string };
  units: { code: string; name: string; fullName: string; type: string }[];
}

export function readReference(dir: string): Reference {
  const file = (name: string) => path.join(dir, name);
  const raw2025 = readJson(file(REFERENCE_FILES.units2025)) as RawNewCommunes;
  const communes2025 = raw2025.units
    .map((u) => {
      const full = normaliseName(u.fullName);
      const name = normaliseName(u.name);
      const type = communeType(full, REFERENCE_FILES.units2025);
      if (type !== normaliseName(u.type).toLowerCase()) throw new Error(`${REFERENCE_FILES.units2025}: ${u.code} type "${u.type}" vs "${full}"`);
      if (!full.endsWith(name)) throw new Error(`${REFERENCE_FILES.units2025}: ${u.code} name "${name}" does not end "${full}"`);
      return { code: u.code, name, type };
    })
    .sort((a, b) => compareCodes(a.code, b.code));

  const merge2024 = parseCsv(readFileSync(file(REFERENCE_FILES.merge2024), 'utf8')).map((r) => {
    if (r.share !== 'whole' && r.share !== 'part') throw new Error(`${REFERENCE_FILES.merge2024}: share "${r.share}" for ${r.old_code}`);
    return { oldCode: req(r, 'old_code'), newCode: req(r, 'new_code'), partial: r.share === 'part' };
  });
  const merge2025 = parseCsv(readFileSync(file(REFERENCE_FILES.merge2025), 'utf8')).map((r) => {
    const note = normaliseName(req(r, 'note_vi'));
    if (note !== 'Nhập toàn bộ' && note !== 'Nhập một phần') throw new Error(`${REFERENCE_FILES.merge2025}: note "${note}" for ${r.old_code}`);
    return { oldCode: req(r, 'old_code'), newCode: req(r, 'new_code'), partial: note === 'Nhập một phần' };
  });

  return {
    units2020: readDistrictFile(file(REFERENCE_FILES.units2020)),
    units2024: readDistrictFile(file(REFERENCE_FILES.units2024)),
    units2025: { province: { code: raw2025.province.code, name: normaliseName(raw2025.province.name) }, communes: communes2025 },
    merge2024,
    merge2025,
  };
}

function req(row: Record<string, string>, key: string): string {
  const v = row[key];
  if (v === undefined || v === '') throw new Error(`CSV row without ${key}: ${JSON.stringify(row)}`);
  return v;
}
