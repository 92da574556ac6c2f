// npm run release -- publish <id> [--data DIR] [--content DIR] [--date YYYY-MM-DD]
import { parseArgs } from 'node:util';
import { folders } from '../src/config.ts';
import { publishRelease } from '../src/domain/release/publish.ts';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      options: { data: { type: 'string' }, content: { type: 'string' }, date: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`Sai tham số: ${(e as Error).message}`);
    return 2;
  }
  const [command, releaseId] = parsed.positionals;
  const date = parsed.values.date ?? new Date().toISOString().slice(0, 10);
  if (command !== 'publish' || !releaseId || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error('Cách dùng: npm run release -- publish <mã phiên bản> [--data DIR] [--date YYYY-MM-DD]');
    return 2;
  }
  const result = publishRelease({ ...folders(parsed.values), releaseId, date });
  if (!result.ok) {
    for (const p of result.problems) console.error(`${p.file}:${p.path || '/'}  ${p.rule}  ${p.message}`);
    console.error(`Không công bố: ${result.reason}`);
    return 1;
  }
  console.log(`Đã công bố phiên bản ${releaseId} ngày ${date}; đây là phiên bản hiện hành.`);
  return 0;
}

process.exitCode = main();
