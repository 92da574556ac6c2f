// npm run geo -- [--source DIR] [--data DIR] [--check] [--lang vi|en] [--help]
//
// Regenerates data/geo/ (simplified TopoJSON per vintage and level, index.json,
// README.md) from the boundary files in sources/boundaries/. Joins shapes to the units of
// the current release on codes and stops with every problem listed when a unit has
// no shape, a shape no unit, or a ring is wound the wrong way for d3-geo.
// --check writes nothing and exits 1 when data/geo/ is not what the sources give.
// Exit codes: 0 ok, 1 problems (or out of date with --check), 2 usage (scripts/cli/run.ts).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageFailure } from '../src/domain/failure.ts';
import { manifest as manifestSchema, unitsFile } from '../src/domain/schemas/index.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';
import { buildGeo } from './geo/pipeline.ts';

export function main(argv: string[], io: Io): number {
  const t = cliText(argv);
  const { values } = parseCommandArgs(
    {
      args: argv,
      options: { source: { type: 'string' }, data: { type: 'string' }, check: { type: 'boolean', default: false }, ...LANG_OPTIONS },
      strict: true,
      allowPositionals: false,
    },
    t.geo.usage,
    t,
  );
  checkLanguage(values.lang, t);
  if (values.help) {
    io.out(t.geo.help);
    return 0;
  }

  const sourceDir = path.resolve(values.source ?? 'sources/boundaries');
  const dataRoot = path.resolve(values.data ?? 'data');
  const geoDir = path.join(dataRoot, 'geo');
  if (!existsSync(sourceDir)) throw usageFailure(t.geo.noSource(sourceDir));

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
    io.out(t.geo.layer(s.file, s.features, s.sourceVertices, s.arcPoints, (s.bytes / 1024).toFixed(1), (s.maxAreaChange.share * 100).toFixed(2), s.maxAreaChange.code));
  }
  if (problems.length > 0) {
    io.err(`\n${t.geo.problems(problems.length, manifest.current)}`);
    for (const p of problems) io.err(`  - ${p}`);
    return 1;
  }

  if (values.check) {
    const stale = [...files].filter(([file, text]) => {
      const target = path.join(geoDir, file);
      return !existsSync(target) || readFileSync(target, 'utf8') !== text;
    });
    if (stale.length > 0) {
      io.err(t.geo.stale(stale.map(([f]) => f).join(', ')));
      return 1;
    }
    io.out(t.geo.upToDate);
    return 0;
  }
  // Layer folders are owned by this script: clear them so a dropped layer leaves no file behind.
  for (const entry of existsSync(geoDir) ? readdirSync(geoDir, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && /^\d{4}-\d{2}$/.test(entry.name)) rmSync(path.join(geoDir, entry.name), { recursive: true });
  }
  for (const [file, text] of files) {
    const target = path.join(geoDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  io.out(t.geo.wrote(files.size, path.relative(process.cwd(), geoDir) || geoDir, Math.round(performance.now() - started)));
  return 0;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
