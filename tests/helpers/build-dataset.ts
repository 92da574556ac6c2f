import { readFileSync } from 'node:fs';
import { Dataset, type ReleaseData } from '../../src/domain/dataset.ts';
import { criteriaFile, crosswalksFile, observationsFile, recognitionsFile, unitsFile, type Classification, type CriteriaFile, type Observation, type ObservationsFile, type Unit } from '../../src/domain/schemas/index.ts';

export const realCriteria = criteriaFile.parse(JSON.parse(readFileSync('data/criteria/2021-2025.json', 'utf8')));

const syntheticSource = { id: 's-test', kind: 'synthetic' as const, title: 'Số liệu thử', note: 'dùng cho kiểm thử' };

/** year → [households, poor, nearPoor] */
export type SeriesSpec = Record<number, [number, number, number]>;

export interface UnitSpec {
  code: string;
  level: Unit['level'];
  parent?: string;
  classifications?: Classification[];
  series?: SeriesSpec;
  /** year → [households, poor] of ethnic-minority households, beside `series` of the same year. */
  ethnicMinority?: Record<number, [number, number]>;
}

/** An in-memory release of one vintage, for engine tests that need exact figures. */
export function buildDataset(units: UnitSpec[], vintage = '2020-01', criteria: CriteriaFile = realCriteria): Dataset {
  const observations: Observation[] = [];
  for (const u of units) {
    for (const [year, [households, poor, nearPoor]] of Object.entries(u.series ?? {})) {
      const minority = u.ethnicMinority?.[Number(year)];
      const ethnicMinority = minority && { ethnicMinority: { households: minority[0], poor: minority[1] } };
      observations.push({ vintage, unit: u.code, year: Number(year), households, poor, nearPoor, ...ethnicMinority, source: 's-test' });
    }
  }
  const data: ReleaseData = {
    release: { id: '2024.1', title: 'Thử', status: 'demo' },
    units: {
      vintages: [
        {
          id: vintage,
          validFrom: '2020-01-01',
          validTo: null,
          units: units.map((u) => ({
            code: u.code,
            level: u.level,
            ...(u.parent ? { parent: u.parent } : {}),
            name: `Đơn vị ${u.code}`,
            type: u.level === 'province' ? 'tỉnh' : u.level === 'district' ? 'huyện' : u.level === 'commune' ? 'xã' : 'thôn',
            ...(u.classifications ? { classifications: u.classifications } : {}),
          })),
        },
      ],
      sources: [syntheticSource],
    },
    crosswalks: { crosswalks: [], sources: [] },
    observations: { observations, sources: [] },
    recognitions: { recognitions: [], sources: [] },
    criteria,
  };
  return new Dataset(data);
}

/** Households of 10,000 make a rate in hundredths equal to the poor count: 600 fewer poor = 6,00 points. */
export function seriesFromPoor(poorByYear: Record<number, number>, nearPoor = 0): SeriesSpec {
  return Object.fromEntries(Object.entries(poorByYear).map(([y, poor]) => [y, [10_000, poor, nearPoor]]));
}

/** The embedded release, read from its files, so a test can change its observations before the Dataset is built. */
export function embeddedRelease(change: (observations: ObservationsFile) => void = () => {}): Dataset {
  const current = JSON.parse(readFileSync('data/releases/index.json', 'utf8')).current as string;
  const read = (name: string) => JSON.parse(readFileSync(`data/releases/${current}/${name}`, 'utf8'));
  const observations = observationsFile.parse(read('observations.json'));
  change(observations);
  return new Dataset({
    release: { id: current, title: 'thử', status: 'demo' },
    units: unitsFile.parse(read('units.json')),
    crosswalks: crosswalksFile.parse(read('crosswalks.json')),
    observations,
    recognitions: recognitionsFile.parse(read('recognitions.json')),
    criteria: realCriteria,
  });
}
