/**
 * A mistake in a command's arguments (scripts/cli/args.ts): said in the command's language,
 * naming the option and, for an unknown one, the closest known option, then the command's
 * usage; exit code 2. Node's own message was English inside a Vietnamese line, advised
 * putting the word after `--` and suggested nothing. Each case runs the command in-process
 * in both languages and checks the whole message.
 */
import { describe, expect, it } from 'vitest';
import { closestNames } from '../scripts/cli/closest.ts';
import { cliEn } from '../src/i18n/cli.en.ts';
import { cliVi } from '../src/i18n/cli.vi.ts';
import { runStaffCommand, type StaffCommand } from './helpers/staff-commands.ts';

const run = runStaffCommand;

/** The arguments, and the reason said in each language (the usage of the command follows it). */
const cases: [StaffCommand, string[], string, string][] = [
  // An unknown option, with the closest known one.
  ['import', ['--relase', '2027.1', '--vintage', '2025-07', 'a.xlsx'], 'không có tùy chọn --relase; có phải ý bạn là --release?', 'there is no option --relase; did you mean --release?'],
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', '--dryrun'], 'không có tùy chọn --dryrun; có phải ý bạn là --dry-run?', 'there is no option --dryrun; did you mean --dry-run?'],
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', '--replace'], 'không có tùy chọn --replace; có phải ý bạn là --replace-years?', 'there is no option --replace; did you mean --replace-years?'],
  ['validate', ['--Release', '2027.1'], 'không có tùy chọn --Release; có phải ý bạn là --release?', 'there is no option --Release; did you mean --release?'],
  ['release', ['publish', '2027.1', '--dat', '2027-01-15'], 'không có tùy chọn --dat; có phải ý bạn là --data hay --date?', 'there is no option --dat; did you mean --data or --date?'],
  ['uploads', ['--upload', 'tai-len'], 'không có tùy chọn --upload; có phải ý bạn là --uploads?', 'there is no option --upload; did you mean --uploads?'],
  ['build', ['--data-dir', 'data'], 'không có tùy chọn --data-dir; có phải ý bạn là --data?', 'there is no option --data-dir; did you mean --data?'],
  ['editor', ['--prot', '4400'], 'không có tùy chọn --prot; có phải ý bạn là --port?', 'there is no option --prot; did you mean --port?'],
  ['geo', ['--chek'], 'không có tùy chọn --chek; có phải ý bạn là --check?', 'there is no option --chek; did you mean --check?'],
  // Nothing close: no suggestion.
  ['editor', ['--output', 'x'], 'không có tùy chọn --output', 'there is no option --output'],
  ['uploads', ['-x'], 'không có tùy chọn -x', 'there is no option -x'],
  // A dash a word processor or a chat app put for "--" when the command was copied: said, with the option meant.
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', '—dry-run'], '"—dry-run" bắt đầu bằng dấu "—", không phải hai dấu gạch nối "--" (Word, Zalo hay đổi "--" thành "—" khi chép lệnh); có phải ý bạn là --dry-run?', '"—dry-run" starts with "—", not with two hyphens "--" (Word and Zalo turn "--" into "—" when a command is copied); did you mean --dry-run?'],
  ['validate', ['–drafts'], '"–drafts" bắt đầu bằng dấu "–", không phải hai dấu gạch nối "--" (Word, Zalo hay đổi "--" thành "—" khi chép lệnh); có phải ý bạn là --drafts?', '"–drafts" starts with "–", not with two hyphens "--" (Word and Zalo turn "--" into "—" when a command is copied); did you mean --drafts?'],
  ['release', ['publish', '2027.1', '—date=2026-12-03'], '"—date=2026-12-03" bắt đầu bằng dấu "—", không phải hai dấu gạch nối "--" (Word, Zalo hay đổi "--" thành "—" khi chép lệnh); có phải ý bạn là --date?', '"—date=2026-12-03" starts with "—", not with two hyphens "--" (Word and Zalo turn "--" into "—" when a command is copied); did you mean --date?'],
  ['build', ['—'], '"—" bắt đầu bằng dấu "—", không phải hai dấu gạch nối "--" (Word, Zalo hay đổi "--" thành "—" khi chép lệnh)', '"—" starts with "—", not with two hyphens "--" (Word and Zalo turn "--" into "—" when a command is copied)'],
  // A long option with one hyphen, which Node reads as short options (-d -r -y…).
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', '-dry-run'], 'không có tùy chọn -dry-run: tên tùy chọn viết sau hai dấu gạch nối; có phải ý bạn là --dry-run?', 'there is no option -dry-run: an option\'s name is written after two hyphens; did you mean --dry-run?'],
  ['release', ['publish', '2027.1', '-date', '2026-12-03'], 'không có tùy chọn -date: tên tùy chọn viết sau hai dấu gạch nối; có phải ý bạn là --date?', 'there is no option -date: an option\'s name is written after two hyphens; did you mean --date?'],
  ['editor', ['-output'], 'không có tùy chọn -output', 'there is no option -output'],
  // An option that takes one value, given twice: Node kept the last one.
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', '--release', '2027.2'], '--release được cho hai lần ("2027.1" rồi "2027.2"), mà chỉ nhận một giá trị: bỏ một lần', '--release is given twice ("2027.1", then "2027.2"), but takes one value: drop one'],
  ['validate', ['--data=a', '--data', 'b'], '--data được cho hai lần ("a" rồi "b"), mà chỉ nhận một giá trị: bỏ một lần', '--data is given twice ("a", then "b"), but takes one value: drop one'],
  // A string option without its value.
  ['validate', ['--release'], 'thiếu giá trị sau --release', '--release needs a value after it'],
  ['build', ['--data', '--drafts'], 'thiếu giá trị sau --data: "--drafts" là một tùy chọn; giá trị bắt đầu bằng dấu - thì viết liền: --data="--drafts"', '--data needs a value: "--drafts" is an option; a value that starts with - is written joined: --data="--drafts"'],
  // A boolean option given a value.
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', '--dry-run=yes'], '--dry-run không nhận giá trị; bỏ "=yes"', '--dry-run takes no value; drop "=yes"'],
  ['geo', ['--check=false'], '--check không nhận giá trị; bỏ "=false"', '--check takes no value; drop "=false"'],
  // A word that is not an option, where the command takes none: often a path with a space.
  ['validate', ['--data', 'D:\\Du', 'lieu'], 'thừa "lieu": lệnh này chỉ nhận các tùy chọn bắt đầu bằng --; đường dẫn có dấu cách thì đặt trong ngoặc kép', 'unexpected "lieu": this command takes only options, which start with --; put a path with spaces in double quotes'],
  ['uploads', ['2027.1'], 'thừa "2027.1": lệnh này chỉ nhận các tùy chọn bắt đầu bằng --; đường dẫn có dấu cách thì đặt trong ngoặc kép', 'unexpected "2027.1": this command takes only options, which start with --; put a path with spaces in double quotes'],
  // The release command publishes one release.
  ['release', [], 'thiếu việc cần làm: publish và mã phiên bản', 'missing what to do: publish and a release id'],
  ['release', ['publsh', '2027.1'], 'lệnh chỉ biết việc "publish", không phải "publsh"', 'the command only knows "publish", not "publsh"'],
  ['release', ['publish'], 'thiếu mã phiên bản cần công bố, ví dụ 2027.1', 'missing the id of the release to publish, e.g. 2027.1'],
  ['release', ['publish', '2027.1', '2027.2'], 'mỗi lần chỉ công bố một phiên bản, nhưng lệnh nhận thêm "2027.2"', 'one release per run, but the command also got "2027.2"'],
  // The import takes one file, and needs its release, vintage and file.
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'a.xlsx', 'b.xlsx'], 'mỗi lần chỉ nhập một tệp, nhưng lệnh nhận thêm "b.xlsx"; tên tệp có dấu cách thì đặt trong ngoặc kép', 'one file per import, but the command also got "b.xlsx"; put a file name with spaces in double quotes'],
  ['import', ['--release', '2027.1', '--vintage', '2025-07', 'ket', 'qua', '2025.xlsx'], 'mỗi lần chỉ nhập một tệp, nhưng lệnh nhận thêm "qua", "2025.xlsx"; tên tệp có dấu cách thì đặt trong ngoặc kép', 'one file per import, but the command also got "qua", "2025.xlsx"; put a file name with spaces in double quotes'],
  ['import', ['--release', '2027.1', 'a.xlsx'], 'thiếu --vintage <thời kỳ>', 'missing --vintage <vintage>'],
  ['import', ['--vintage', '2025-07'], 'thiếu --release <mã bản nháp>, tệp .csv hoặc .xlsx cần nhập', 'missing --release <draft id>, the .csv or .xlsx file to import'],
];

describe.each(cases)('npm run %s -- %j', (command, argv, vi, en) => {
  it('says what is wrong in Vietnamese, then the usage; exit code 2', async () => {
    const r = await run(command, argv);
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 2, stderr: `Sai tham số: ${vi}\n${cliVi[command].usage}`, stdout: '' });
  });
  it('and in English with --lang en', async () => {
    const r = await run(command, ['--lang', 'en', ...argv]);
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 2, stderr: `Usage error: ${en}\n${cliEn[command].usage}`, stdout: '' });
  });
});

describe('the closest known option', () => {
  const IMPORT = ['release', 'vintage', 'sheet', 'source', 'year', 'title', 'notes', 'data', 'content', 'dry-run', 'replace-years', 'delete', 'lang', 'help'];
  it.each([
    ['relase', IMPORT, ['release']],
    ['realese', IMPORT, ['release']],
    ['dryrun', IMPORT, ['dry-run']],
    ['dry', IMPORT, ['dry-run']],
    ['DATA', IMPORT, ['data']],
    ['data-dir', IMPORT, ['data']],
    ['sheets', IMPORT, ['sheet']],
    ['lagn', IMPORT, ['lang']],
    ['dat', ['data', 'content', 'date', 'lang', 'help'], ['data', 'date']],
    ['prot', ['port', 'root', 'dist', 'lang', 'help'], ['port']],
    ['output', ['port', 'root', 'dist', 'lang', 'help'], []],
    ['x', IMPORT, []],
    ['', IMPORT, []],
  ] as const)('%s among %j: %j', (typed, names, expected) => {
    expect(closestNames(typed, names)).toEqual(expected);
  });
});
