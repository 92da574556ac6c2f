// node scripts/build-geo.ts [--source DIR] [--data DIR] [--check]
//
// Regenerates data/geo/ (simplified TopoJSON per vintage and level, index.json,
// README.md) from the boundary files in sources/boundaries/. Joins shapes to the units of
// the current release on codes and stops with every problem listed when a unit has
// no shape, a shape no unit, or a ring is wound the wrong way for d3-geo.
// --check writes nothing and exits 1 when data/geo/ is not what the sources give.
// Exit codes: 0 ok, 1 problems (or out of date with --check), 2 usage.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { manifest as manifestSchema, unitsFile } from '../src/domain/schemas/index.ts';
import { buildGeo } from './geo/pipeline.ts';

let values: { source?: string; data?: string; check?: boolean };
try {
  ({ values } = parseArgs({
    options: { source: { type: 'string' }, data: { type: 'string' }, check: { type: 'boolean', default: false } },
  }));
} catch (e) {
  console.error(`${(e as Error).message}\nCách dùng: node scripts/build-geo.ts [--source DIR] [--data DIR] [--check]`);
  process.exit(2);
}

const sourceDir = path.resolve(values.source ?? 'sources/boundaries');
const dataRoot = path.resolve(values.data ?? 'data');
const geoDir = path.join(dataRoot, 'geo');
if (!existsSync(sourceDir)) {
  console.error(`Không thấy thư mục nguồn ${sourceDir}`);
  process.exit(2);
}

const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(dataRoot, 'releases/index.json'), 'utf8')));
const units = unitsFile.parse(JSON.parse(readFileSync(path.join(dataRoot, 'releases', manifest.current, 'units.json'), 'utf8')));
const unitCodes = (vintage: string, level: string): string[] | undefined => {
  const v = units.vintages.find((x) => x.id === vintage);
  const codes = v?.units.filter((u) => u.level === level).map((u) => u.code);
  return codes && codes.length > 0 ? codes : undefined;
};

const started = performance.now();
const { files, problems, stats } = buildGeo({ sourceDir, unitCodes });
for (const s of stats) {
  console.log(
    `${s.file}: ${s.features} vùng, ${s.sourceVertices} → ${s.arcPoints} điểm, ${(s.bytes / 1024).toFixed(1)} KB, ` +
      `diện tích đổi nhiều nhất ${(s.maxAreaChange.share * 100).toFixed(2)}% (${s.maxAreaChange.code})`,
  );
}
if (problems.length > 0) {
  console.error(`\n${problems.length} lỗi, không ghi tệp nào (bản dữ liệu ${manifest.current}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

if (values.check) {
  const stale = [...files].filter(([file, text]) => {
    const target = path.join(geoDir, file);
    return !existsSync(target) || readFileSync(target, 'utf8') !== text;
  });
  if (stale.length > 0) {
    console.error(`data/geo/ chưa cập nhật: ${stale.map(([f]) => f).join(', ')}. Chạy node scripts/build-geo.ts`);
    process.exit(1);
  }
  console.log('data/geo/ khớp với nguồn.');
} else {
  // Layer folders are owned by this script: clear them so a dropped layer leaves no file behind.
  for (const entry of existsSync(geoDir) ? readdirSync(geoDir, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && /^\d{4}-\d{2}$/.test(entry.name)) rmSync(path.join(geoDir, entry.name), { recursive: true });
  }
  for (const [file, text] of files) {
    const target = path.join(geoDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  console.log(`Đã ghi ${files.size} tệp vào ${path.relative(process.cwd(), geoDir) || geoDir} trong ${Math.round(performance.now() - started)} ms.`);
}
