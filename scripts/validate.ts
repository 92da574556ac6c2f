// npm run validate -- [--data DIR] [--release ID] [--content DIR] [--format text|json]
// Exit 0: no errors; 1: errors in the data; 2: usage problem.
import { parseArgs } from 'node:util';
import { folders } from '../src/config.ts';
import { formatText } from '../src/domain/validation/format-report.ts';
import { UsageError, validate } from '../src/domain/validation/validate.ts';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        release: { type: 'string' },
        content: { type: 'string' },
        format: { type: 'string', default: 'text' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`Sai tham số: ${(e as Error).message}`);
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    console.error(`Sai tham số: --format phải là "text" hoặc "json", không phải "${values.format}"`);
    return 2;
  }
  try {
    const { report } = validate({ ...folders(values), releaseId: values.release });
    console.log(values.format === 'json' ? JSON.stringify(report, null, 2) : formatText(report));
    return report.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`Sai tham số: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main();
