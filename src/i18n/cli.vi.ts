/**
 * What the commands print (scripts/*.ts), in Vietnamese: the default of every command.
 * `--lang en` picks src/i18n/cli.en.ts instead (scripts/cli/lang.ts). That file is typed
 * `CliText`, so a key missing there, or one only there, fails `npm run typecheck`.
 *
 * Not here: the validator's and the importer's own problem messages (each rule writes its
 * own sentence beside its rule id) and the failures the domain throws; they stay
 * Vietnamese in both languages, and the rule id and JSON path beside them stay as they are.
 */
import { SYSTEM_REASONS } from '../domain/failure.ts';
import { vietnameseDate } from '../domain/release/dates.ts';
import { formatInt } from '../format/vi.ts';

const LANG_HELP = '  --lang vi|en     ngôn ngữ của thông báo (mặc định: vi, tiếng Việt)';

const EXIT_HELP =
  'Mã thoát: 0 = xong; 1 = dữ liệu hoặc bảng tính có lỗi, không ghi gì; 2 = sai tham số hoặc máy không đọc, ghi được;\n' +
  '          3 = một lệnh khác đang ghi thư mục dữ liệu.';

export const cliVi = {
  failure: {
    prefix: { data: 'Lỗi dữ liệu', usage: 'Sai tham số', environment: 'Lỗi môi trường', busy: 'Đang bận' },
    cannotReadOrWrite: (file: string) => `không đọc hoặc ghi được ${file}`,
    system: 'lỗi hệ thống',
    systemReasons: SYSTEM_REASONS,
    unexpected: (message: string) =>
      `Lỗi không lường trước của chương trình: ${message}. Không có tệp nào bị ghi dở; hãy báo cho nhóm phát triển (chạy lại với DEBUG=1 để xem chi tiết).`,
    lang: (value: string) => `--lang phải là "vi" hoặc "en", không phải "${value}"`,
  },
  args: {
    unknownOption: (option: string, closest: readonly string[]) =>
      `không có tùy chọn ${option}` + (closest.length > 0 ? `; có phải ý bạn là ${closest.join(' hay ')}?` : ''),
    missingValue: (option: string) => `thiếu giá trị sau ${option}`,
    valueLikeOption: (option: string, next: string) =>
      `thiếu giá trị sau ${option}: "${next}" là một tùy chọn; giá trị bắt đầu bằng dấu - thì viết liền: ${option}="${next}"`,
    takesNoValue: (option: string, value: string) => `${option} không nhận giá trị; bỏ "=${value}"`,
    unexpected: (value: string) => `thừa "${value}": lệnh này chỉ nhận các tùy chọn bắt đầu bằng --; đường dẫn có dấu cách thì đặt trong ngoặc kép`,
    dashLookalike: (word: string, dash: string, closest: readonly string[]) =>
      `"${word}" bắt đầu bằng dấu "${dash}", không phải hai dấu gạch nối "--" (Word, Zalo hay đổi "--" thành "—" khi chép lệnh)` +
      (closest.length > 0 ? `; có phải ý bạn là ${closest.join(' hay ')}?` : ''),
    oneHyphen: (word: string, closest: readonly string[]) => `không có tùy chọn ${word}: tên tùy chọn viết sau hai dấu gạch nối; có phải ý bạn là ${closest.join(' hay ')}?`,
    repeated: (option: string, first: string, second: string) => `${option} được cho hai lần ("${first}" rồi "${second}"), mà chỉ nhận một giá trị: bỏ một lần`,
    /** `exact`: `command` is the whole command to run; else only its options, each with "…" for the value npm separated from it. */
    npmHeld: (flags: readonly string[], command: string, exact: boolean) =>
      `tùy chọn ${flags.join(', ')} bị npm giữ lại vì thiếu "--": ` +
      (exact ? `chạy lại bằng  ${command}` : `gõ lại lệnh, đặt mọi tùy chọn và giá trị của chúng sau "--":  ${command}`),
  },
  report: {
    error: 'lỗi',
    warning: 'cảnh báo',
    value: (json: string) => ` (giá trị: ${json})`,
    moreErrors: (n: number) => `… và ${n} lỗi khác không liệt kê`,
    moreWarnings: (n: number) => `… và ${n} cảnh báo khác không liệt kê`,
    unknownRelease: '(không xác định)',
    summary: (release: string, errors: number, warnings: number, evaluations: number, met: number, unevaluable: number) =>
      `Phiên bản ${release}: ${errors} lỗi, ${warnings} cảnh báo; ${evaluations} lượt đánh giá tiêu chí (${met} đạt, ${unevaluable} chưa đủ số liệu)`,
    indications: (n: number) => `, ${n} lượt ước tính theo địa giới hiện nay (trên số liệu quy đổi, không phải kết quả chính thức)`,
    valid: 'Dữ liệu hợp lệ.',
    invalid: 'Dữ liệu KHÔNG hợp lệ.',
  },
  validate: {
    usage: 'Cách dùng: npm run validate -- [--data DIR] [--release <mã phiên bản> | --drafts] [--content DIR] [--format text|json] [--lang vi|en]',
    help: [
      'Cách dùng: npm run validate -- [--data DIR] [--release <mã phiên bản> | --drafts] [--content DIR] [--format text|json] [--lang vi|en]',
      '',
      'Kiểm tra một phiên bản dữ liệu và nội dung đi kèm; mỗi lỗi một dòng: tệp, vị trí (JSON Pointer), mã quy tắc, lời giải thích, giá trị.',
      '  --data DIR       thư mục dữ liệu (mặc định: data)',
      '  --content DIR    thư mục nội dung (mặc định: content cạnh thư mục dữ liệu)',
      '  --release ID     phiên bản cần kiểm tra (mặc định: phiên bản hiện hành)',
      '  --drafts         kiểm tra bản nháp mới nhất, bản mà npm run build -- --drafts dựng',
      '  --format json    kết quả dạng máy đọc, kèm kết quả đánh giá tiêu chí',
      LANG_HELP,
      'Mã thoát: 0 = hợp lệ; 1 = có lỗi; 2 = sai tham số.',
    ].join('\n'),
    format: (value: string) => `--format phải là "text" hoặc "json", không phải "${value}"`,
    noDraft: (id: string) => `Không có bản nháp nào: đã kiểm tra phiên bản hiện hành ${id}.`,
    draftsWithRelease: '--drafts và --release không dùng cùng nhau: --drafts kiểm tra bản nháp mới nhất',
  },
  release: {
    usage: 'Cách dùng: npm run release -- publish <mã phiên bản> [--date YYYY-MM-DD] [--data DIR] [--content DIR] [--lang vi|en]',
    help: [
      'Cách dùng: npm run release -- publish <mã phiên bản> [--date YYYY-MM-DD] [--data DIR] [--content DIR] [--lang vi|en]',
      '',
      'Công bố một bản nháp hợp lệ: ghi mã băm SHA-256 của từng tệp và ngày công bố, đặt nó làm phiên bản hiện hành.',
      'Từ đó các tệp của phiên bản bị khóa; muốn sửa thì nhập vào một bản nháp mới.',
      '  --date YYYY-MM-DD  ngày công bố (mặc định: hôm nay theo giờ Việt Nam; không sau hôm nay)',
      '  --data DIR         thư mục dữ liệu (mặc định: data)',
      '  --content DIR      thư mục nội dung (mặc định: content cạnh thư mục dữ liệu)',
      LANG_HELP,
      EXIT_HELP,
    ].join('\n'),
    notPublish: (command: string | undefined) =>
      command === undefined ? 'thiếu việc cần làm: publish và mã phiên bản' : `lệnh chỉ biết việc "publish", không phải "${command}"`,
    missingId: 'thiếu mã phiên bản cần công bố, ví dụ 2027.1',
    oneRelease: (extra: readonly string[]) => `mỗi lần chỉ công bố một phiên bản, nhưng lệnh nhận thêm ${extra.map((x) => `"${x}"`).join(', ')}`,
    refused: (reason: string) => `Không công bố: ${reason}`,
    published: (id: string, date: string) => `Đã công bố phiên bản ${id} ngày ${vietnameseDate(date)}; đây là phiên bản hiện hành.`,
  },
  uploads: {
    usage: 'Cách dùng: npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR] [--lang vi|en]',
    help: [
      'Cách dùng: npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR] [--lang vi|en]',
      '',
      'Nhập mọi tệp kết quả rà soát mới tải lên từ trình biên tập (uploads/ket-qua-ra-soat/) vào bản nháp,',
      'qua đúng bộ nhập của npm run import; báo cáo của từng tệp ghi vào uploads/bao-cao/. Tệp đã xử lý thì bỏ qua.',
      '  --data DIR       thư mục dữ liệu (mặc định: data)',
      '  --content DIR    thư mục nội dung (mặc định: content cạnh thư mục dữ liệu)',
      '  --uploads DIR    thư mục tệp tải lên (mặc định: uploads cạnh thư mục dữ liệu)',
      LANG_HELP,
      'Mã thoát: 0 = mọi tệp đã vào bản nháp (hoặc không có tệp nào); 1 = còn tệp chưa nhập được, ở lần chạy này hay lần trước (xem báo cáo);',
      '          2 = sai tham số hoặc máy không đọc, ghi được; 3 = một lệnh khác đang ghi thư mục dữ liệu.',
    ].join('\n'),
    imported: (upload: string, release: string, report: string) => `${upload}: đã nhập vào bản nháp ${release}; báo cáo: ${report}`,
    refused: (upload: string, errors: number, report: string) =>
      `${upload}: chưa nhập (${errors > 0 ? `${errors} lỗi` : 'phiếu hoặc tệp không dùng được'}); báo cáo: ${report}`,
    nothingNew: (done: number) => `Không có tệp tải lên mới (${done} tệp đã xử lý trước đó).`,
    done: (fresh: number, refused: number, done: number) => `Xong: ${fresh} tệp mới, ${refused} tệp chưa nhập được; ${done} tệp đã xử lý trước đó.`,
    // An upload refused by an earlier run and not fixed since: the run still exits 1.
    stillRefused: (upload: string, report: string) => `${upload}: vẫn chưa nhập (đã báo ở lần chạy trước; sửa tệp hoặc phiếu rồi tải lại); báo cáo: ${report}`,
  },
  import: {
    usage:
      'Cách dùng: npm run import -- --release <mã phiên bản> --vintage <thời kỳ> <tệp .csv hoặc .xlsx>\n' +
      '           [--sheet "tên trang tính"] [--source "tên văn bản nguồn"] [--year <năm>] [--dry-run]\n' +
      '           [--replace-years [--delete <số bản ghi>]] [--title "…"] [--notes "…"] [--data DIR] [--content DIR] [--lang vi|en]\n' +
      '       npm run import -- --release <mã bản nháp> --title "…" --notes "…"   (chỉ sửa tên, ghi chú của bản nháp)',
    help: [
      'Cách dùng: npm run import -- --release <mã phiên bản> --vintage <thời kỳ> <tệp .csv hoặc .xlsx> [tùy chọn]',
      '       npm run import -- --release <mã bản nháp> --title "…" --notes "…"   (chỉ sửa tên, ghi chú của bản nháp)',
      '',
      'Nhập kết quả rà soát hộ nghèo, hộ cận nghèo từ một bảng tính vào một bản nháp (tạo bản nháp nếu chưa có).',
      'Còn bất kỳ lỗi nào thì không ghi gì; phiên bản đã công bố không bao giờ bị sửa.',
      '  --release ID          mã bản nháp, dạng năm.số (ví dụ 2027.1)',
      '  --vintage V           thời kỳ địa giới của mã đơn vị trong tệp: 2020-01 hoặc 2025-07',
      '  --sheet "tên"         trang tính cần đọc (mặc định: trang đầu)',
      '  --source "…"          văn bản nguồn của mọi dòng, khi tệp không có cột Nguồn',
      '  --year YYYY           năm của các dòng không ghi năm (tệp không có cột Năm, hoặc ô Năm trống); khác năm ghi trong tệp thì báo lỗi',
      '  --dry-run             chạy thử: báo lỗi và thay đổi, không ghi tệp nào',
      '  --replace-years       tệp là toàn bộ kết quả của các năm trong tệp: xóa số liệu các năm đó mà tệp không có',
      '  --delete N            xác nhận số bản ghi sẽ xóa (lần chạy thử in ra số này)',
      '  --title "…"           tên bản nháp',
      '  --notes "…"           ghi chú của bản nháp: đã thay đổi gì, vì sao',
      '  --data DIR            thư mục dữ liệu (mặc định: data)',
      '  --content DIR         thư mục nội dung (mặc định: content cạnh thư mục dữ liệu)',
      LANG_HELP,
      EXIT_HELP,
    ].join('\n'),
    oneFile: (extra: readonly string[]) =>
      `mỗi lần chỉ nhập một tệp, nhưng lệnh nhận thêm ${extra.map((x) => `"${x}"`).join(', ')}; tên tệp có dấu cách thì đặt trong ngoặc kép`,
    missing: (parts: readonly ('release' | 'vintage' | 'file')[]) =>
      `thiếu ${parts.map((p) => ({ release: '--release <mã bản nháp>', vintage: '--vintage <thời kỳ>', file: 'tệp .csv hoặc .xlsx cần nhập' })[p]).join(', ')}`,
    year: (value: string) => `--year phải là năm 4 chữ số, không phải "${value}"`,
    deleteCount: (value: string) => `--delete phải là số bản ghi sẽ xóa (lệnh chạy thử in ra số này), không phải "${value}"`,
    level: { error: 'lỗi', warning: 'cảnh báo', notice: 'ghi chú' },
    more: (n: number, level: string) => `… và ${formatInt(n)} ${level} khác không liệt kê`,
    described: (changed: boolean, id: string, title: string, notes: string) =>
      `${changed ? 'Đã ghi' : 'Không đổi'} tên bản nháp ${id}: "${title}"` + (notes ? `; ghi chú: "${notes}"` : '') + '.',
    refused: (reason: string) => `Không nhập: ${reason}`,
    sheets: (file: string, sheets: readonly string[], first: string) =>
      `Tệp ${file} có ${sheets.length} trang tính (${sheets.map((x) => `"${x}"`).join(', ')}); đã đọc trang đầu "${first}". Chọn trang khác bằng --sheet "tên trang".`,
    summary: (file: string, sheet: string | undefined, rows: number, vintage: string, years: readonly number[], errors: number, warnings: number) =>
      `Tệp ${file}${sheet !== undefined ? `, trang tính "${sheet}"` : ''}: ${formatInt(rows)} dòng số liệu hợp lệ của thời kỳ ${vintage}` +
      (years.length > 0 ? `, năm ${years.join(', ')}` : '') +
      `; ${errors} lỗi, ${warnings} cảnh báo.`,
    /** `fix`: what the errors ask to change (src/domain/import/problems.ts, whatToFix). */
    nothingWritten: (errors: number, fix: 'file' | 'options' | 'either') =>
      `Không ghi gì: còn ${errors} lỗi. ` +
      {
        file: 'Sửa tệp rồi chạy lại lệnh.',
        options: 'Tệp không cần sửa: thêm hoặc sửa tùy chọn của lệnh như lỗi ở trên chỉ dẫn, rồi chạy lại.',
        either: 'Sửa tệp hoặc tùy chọn của lệnh như từng lỗi ở trên chỉ dẫn, rồi chạy lại lệnh.',
      }[fix],
    fromDemo: (
      from: string,
      id: string,
      kept: { observations: number; classifications: number; recognitions: number },
      dropped: { observations: number; classifications: number; recognitions: number; sources: number },
    ) =>
      `Phiên bản ${from} là dữ liệu minh họa: bản nháp ${id} chỉ giữ đơn vị hành chính, chuyển đổi đơn vị và số liệu có nguồn chính thức, báo chí hoặc suy ra ` +
      `(${formatInt(kept.observations)} bản ghi số liệu, ${formatInt(kept.classifications)} phân loại, ${formatInt(kept.recognitions)} khen thưởng); ` +
      `bỏ ${formatInt(dropped.observations)} số liệu, ${formatInt(dropped.classifications)} phân loại, ${formatInt(dropped.recognitions)} khen thưởng và ${formatInt(dropped.sources)} nguồn minh họa.`,
    changes: (dryRun: boolean, c: { added: number; corrected: number; unchanged: number; removed: number }, id: string, createdFrom: string | undefined) =>
      `${dryRun ? 'Sẽ' : 'Đã'} thêm ${formatInt(c.added)}, sửa ${formatInt(c.corrected)}, giữ nguyên ${formatInt(c.unchanged)}` +
      (c.removed > 0 ? `, xóa ${formatInt(c.removed)}` : '') +
      ` bản ghi trong bản nháp ${id}` +
      (createdFrom ? ` (tạo mới, chép từ phiên bản ${createdFrom})` : '') +
      '.',
    sourceAdded: (dryRun: boolean, id: string, title: string) => `${dryRun ? 'Sẽ' : 'Đã'} thêm nguồn ${id}: "${title}" (loại official).`,
    /** `placeholder`: the title is the one a new draft gets when none is given, and would be published as it is. */
    draftTitle: (title: string, notes: string | undefined, placeholder: boolean) =>
      `Tên bản nháp: "${title}"` +
      (placeholder ? ' (tên tạm: đặt tên bằng --title "…" trước khi công bố; sau khi công bố không đổi được)' : '') +
      (notes ? `; ghi chú: "${notes}"` : '; chưa có ghi chú (thêm bằng --notes "…")') +
      '.',
    confirmDelete: (n: number) => `Khi ghi thật, thêm --delete ${n} để xác nhận xóa ${n} bản ghi.`,
    dryRun: 'Chạy thử (--dry-run): không ghi tệp nào.',
    wrote: (file: string) => `Đã ghi ${file}`,
    unchanged: 'Bản nháp đã có đúng các số liệu này: không có gì thay đổi.',
    /** Profiles or pages the written draft no longer fits: the preview build and the publication would stop at them. */
    contentToFix: (n: number, id: string) =>
      `Nội dung cần sửa trước khi xem trước và công bố: ${n} lỗi ở hồ sơ, bài viết trong content/ với bản nháp ${id} ` +
      '(ví dụ hồ sơ nêu khen thưởng mà bản nháp không có); npm run build -- --drafts và npm run release sẽ dừng ở đó. Sửa các dòng dưới đây:',
    /**
     * `folders`: the --data and --content the import was given, so the next commands read the same folders. Two commands
     * in words, not joined by `&&`, which Windows PowerShell 5.1 (the one in Windows) refuses.
     */
    next: (id: string, folders: readonly string[]) =>
      `Tiếp theo: ${['npm run validate -- --release', id, ...folders].join(' ')}; xem trước: ${['npm run build -- --drafts', ...folders].join(' ')}, rồi npx astro preview`,
    // An existing source used for --source given as its id, or for a title naming the same decision.
    sourceReused: (dryRun: boolean, given: string, id: string, title: string, number: string | undefined) =>
      number === undefined
        ? `${dryRun ? 'Sẽ dùng' : 'Đã dùng'} nguồn có sẵn ${id}: "${title}".`
        : `Nguồn "${given}" cùng số văn bản ${number} với nguồn có sẵn ${id} ("${title}"): ${dryRun ? 'sẽ dùng' : 'đã dùng'} nguồn đó, không thêm nguồn mới.`,
  },
  build: {
    usage: 'Cách dùng: npm run build -- [--data DIR] [--content DIR] [--drafts] [--out DIR] [--lang vi|en]',
    help: [
      'Cách dùng: npm run build -- [--data DIR] [--content DIR] [--drafts] [--out DIR] [--lang vi|en]',
      '',
      'Kiểm tra dữ liệu và nội dung rồi dựng trang vào một thư mục tạm; chỉ thay thư mục đích khi đã dựng xong trọn vẹn.',
      '  --data DIR       thư mục dữ liệu (mặc định: data)',
      '  --content DIR    thư mục nội dung (mặc định: content cạnh thư mục dữ liệu)',
      '  --drafts         trang xem trước dựng từ bản nháp mới nhất (dải “BẢN NHÁP — chưa công bố”, không cho máy tìm kiếm)',
      '  --out DIR        thư mục đích (mặc định: dist)',
      LANG_HELP,
      'Mã thoát: 0 = đã dựng; 1 = dữ liệu, nội dung không hợp lệ hoặc dựng không thành; 2 = sai tham số hoặc máy không đọc, ghi được.',
    ].join('\n'),
    outContainsProject: (out: string) => `--out ${out} chứa cả dự án; chọn một thư mục riêng để xóa và dựng lại`,
    invalidData: (out: string) => `Dữ liệu không hợp lệ: không dựng trang; ${out} giữ nguyên như trước.`,
    invalidContent: (n: number, out: string) => `Nội dung không hợp lệ (${n} lỗi): không dựng trang; ${out} giữ nguyên như trước.`,
    astroFailed: (code: number) => `Astro dừng với mã ${code}`,
    pagefindFailed: 'pagefind không tạo được chỉ mục tìm kiếm',
    pagefind: (dir: string, ms: number) => `[pagefind] chỉ mục tìm kiếm: ${dir}/pagefind (${ms} ms)`,
    editor: (dir: string, decapKb: number, totalKb: number) => `[quan-tri] trình biên tập: ${dir}/quan-tri (Decap CMS ${decapKb} KB, tổng ${totalKb} KB)`,
    offline: (version: string, files: number, kb: number) => `[offline] service worker ${version}: ${files} tệp vỏ trang (${kb} KB)`,
    built: (out: string) => `Đã dựng trang vào ${out}.`,
    failed: (why: string, out: string) => `Không dựng được trang (${why}); ${out} giữ nguyên như trước.`,
    cannotReplace: (out: string) => `không thay được ${out} (đóng chương trình đang mở thư mục này rồi dựng lại)`,
    noParent: (parent: string) => `không có thư mục ${parent} để dựng trang vào`,
  },
  editor: {
    usage: 'Cách dùng: npm run editor -- [--port N] [--root DIR] [--dist DIR] [--lang vi|en]',
    help: [
      'Cách dùng: npm run editor -- [--port N] [--root DIR] [--dist DIR] [--lang vi|en]',
      '',
      'Mở trình biên tập trên máy này, không cần tài khoản: http://127.0.0.1:4322/quan-tri/ (chạy npm run build trước).',
      'Trình biên tập sửa thẳng các tệp của dự án. Dừng: Ctrl+C.',
      '  --port N         cổng (mặc định: 4322)',
      '  --root DIR       thư mục dự án mà trình biên tập ghi vào (mặc định: thư mục hiện tại)',
      '  --dist DIR       trang đã dựng (mặc định: dist)',
      LANG_HELP,
      'Mã thoát: 2 = chưa dựng trang, cổng đang bận hoặc sai tham số.',
    ].join('\n'),
    port: (value: string) => `--port phải là một số cổng, không phải "${value}"`,
    notBuilt: (dist: string) => `chưa có trang đã dựng ở ${dist}: chạy npm run build trước`,
    backendFailed: (code: string) => `decap-server không khởi động được (mã thoát ${code})`,
    unknownCode: 'không rõ',
    portTaken: (port: string) => `cổng ${port} đang được chương trình khác dùng: chọn cổng khác bằng --port`,
    started: (url: string, root: string) => `Trình biên tập: ${url} — sửa trực tiếp các tệp trong ${root}. Dừng: Ctrl+C.`,
  },
  geo: {
    usage: 'Cách dùng: npm run geo -- [--source DIR] [--data DIR] [--check] [--lang vi|en]',
    help: [
      'Cách dùng: npm run geo -- [--source DIR] [--data DIR] [--check] [--lang vi|en]',
      '',
      'Dựng lại data/geo/ (TopoJSON đã giản lược theo thời kỳ và cấp) từ các tệp ranh giới trong sources/boundaries/.',
      '  --source DIR     thư mục ranh giới (mặc định: sources/boundaries)',
      '  --data DIR       thư mục dữ liệu (mặc định: data)',
      '  --check          không ghi gì; mã thoát 1 nếu data/geo/ khác với kết quả dựng từ nguồn',
      LANG_HELP,
      'Mã thoát: 0 = xong; 1 = có lỗi (hoặc data/geo/ chưa cập nhật, với --check); 2 = sai tham số.',
    ].join('\n'),
    noSource: (dir: string) => `không thấy thư mục nguồn ${dir}`,
    layer: (file: string, features: number, vertices: number, points: number, kb: string, share: string, code: string) =>
      `${file}: ${features} vùng, ${vertices} → ${points} điểm, ${kb} KB, diện tích đổi nhiều nhất ${share}% (${code})`,
    problems: (n: number, release: string) => `${n} lỗi, không ghi tệp nào (bản dữ liệu ${release}):`,
    stale: (files: string) => `data/geo/ chưa cập nhật: ${files}. Chạy npm run geo`,
    upToDate: 'data/geo/ khớp với nguồn.',
    wrote: (n: number, dir: string, ms: number) => `Đã ghi ${n} tệp vào ${dir} trong ${ms} ms.`,
  },
};

export type CliText = typeof cliVi;
