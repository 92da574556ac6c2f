import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCollection } from '../src/domain/content/check-collection.ts';
import { checkFile, type ContentFile, type ReleaseFacts } from '../src/domain/content/check.ts';
import { readFrontmatter } from '../src/domain/content/frontmatter.ts';
import { checkImageFile } from '../src/domain/content/image-files.ts';
import { checkImageNames, photoFormatOf } from '../src/domain/content/images.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
/** An ISO "ftyp" box as HEIF files start: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0]);
const HEIC = ftyp('heic', 'mif1', 'heic');

describe('photoFormatOf: what a file is, whatever its name', () => {
  it.each([
    ['jpeg', JPEG],
    ['png', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13])],
    ['webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a')],
    ['tiff', bytes('II*', [0], [8, 0, 0, 0])],
    ['avif', ftyp('avif', 'mif1', 'avif')],
    // An AVIF written with the generic HEIF brand first names "avif" among the compatible brands.
    ['avif', ftyp('mif1', 'mif1', 'avif', 'miaf')],
    ['heic', HEIC],
    ['heic', ftyp('mif1', 'mif1', 'heic')],
    [undefined, bytes('%PDF-1.7')],
    [undefined, bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    [undefined, new Uint8Array()],
  ])('%s', (format, head) => {
    expect(photoFormatOf(head)).toBe(format);
  });
});

/** A release with no units and no awards: a model profile without a place needs nothing of it. */
const NO_RELEASE: ReleaseFacts = {
  releaseId: '2026.1',
  unitExists: () => false,
  placeNames: () => [],
  lineagePlaceNames: () => [],
  recognition: () => undefined,
  recognitionsPointingAt: () => [],
};

function profile(image: string | undefined, story = 'Câu chuyện.', file = 'content/profiles/mo-hinh.md'): ContentFile {
  const text = `---\ntitle: Mô hình thử\nkind: model\nsummary: Thử.\npublishedAt: 2026-01-01\nsample: true\n${image === undefined ? '' : `image: ${image}\nimageAlt: Ảnh thử\nimageCredit: Người chụp\n`}---\n\n${story}\n`;
  const read = readFrontmatter(text);
  return { file, slug: path.basename(file, '.md'), text, data: read.ok ? read.data : {} };
}

describe('checkImageNames: what the editor can tell before saving', () => {
  it.each([
    ['./anh/IMG_0001.HEIC', 7, 'là ảnh HEIC (định dạng mặc định của iPhone)'],
    ['./anh/anh.heif', 7, 'là ảnh HEIC'],
    ['./anh/bai-bao.pdf', 7, 'trang chỉ dùng được ảnh JPEG (.jpg), PNG, WebP, AVIF, GIF hoặc TIFF'],
    ['./anh/ban-do.svg', 7, 'trang chỉ dùng được ảnh JPEG'],
    ['./anh/khong-duoi', 7, 'trang chỉ dùng được ảnh JPEG'],
    ['/anh/a.jpg', 7, 'không nằm cạnh tệp: chỉ ảnh cạnh tệp được trang thu nhỏ (rộng tối đa 1080 px)'],
    ['https://example.com/a.jpg', 7, 'ở một trang web khác: trang chỉ hiện ảnh của chính nó'],
  ])('refuses image %s at line %i', (image, line, message) => {
    const problems = checkImageNames(profile(image));
    expect(problems.map((p) => [p.file, p.line, p.rule])).toEqual([['content/profiles/mo-hinh.md', line, 'image-format']]);
    expect(problems[0]!.message).toContain(message);
  });

  it.each(['./anh/IMG_1234.JPG', './anh/a.jpeg', './anh/a.png', './anh/a.webp', './anh/a.avif', 'anh/a.jpg'])('accepts %s', (image) => {
    expect(checkImageNames(profile(image))).toEqual([]);
  });

  it('reads the photos in the text at their lines, and leaves code alone', () => {
    const f = profile(undefined, 'Mở đầu.\n\n![Đàn ngựa](./anh/IMG_0002.heic)\n\n`![Đàn ngựa](./anh/b.heic)`\n\n![Đồi cỏ](./anh/doi.jpg)\n\n![Lễ trao thưởng](/anh/le.jpg)');
    expect(checkImageNames(f).map((p) => [p.line, p.rule, p.message.slice(0, 24)])).toEqual([
      [11, 'image-format', 'ảnh ./anh/IMG_0002.heic '],
      [17, 'image-format', 'ảnh /anh/le.jpg không nằ'],
    ]);
  });

  it('is one of the checks the editor runs before saving (checkFile)', () => {
    expect(checkFile(profile('./anh/IMG_0001.HEIC'), 'profiles', () => NO_RELEASE).map((p) => p.rule)).toEqual(['image-format']);
  });
});

describe('checkImageFile: the photo itself, as the build reads it', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-images-'));
  const profiles = path.join(root, 'profiles');
  mkdirSync(path.join(profiles, 'anh'), { recursive: true });
  writeFileSync(path.join(profiles, 'anh', 'IMG_1234.JPG'), JPEG);
  writeFileSync(path.join(profiles, 'anh', 'doi-ten.jpg'), HEIC);
  writeFileSync(path.join(profiles, 'anh', 'ghi-chu.jpg'), 'không phải ảnh');
  const at = (image: string) => profile(image, 'Câu chuyện.', path.join(profiles, 'mo-hinh.md'));

  it.each([
    ['./anh/khong-co.jpg', 'không có tệp ảnh ./anh/khong-co.jpg cạnh tệp'],
    // Windows finds IMG_1234.JPG under this name; the Linux machine that builds the site does not.
    ['./anh/img_1234.jpg', 'tệp trong thư mục tên là "IMG_1234.JPG" (khác chữ hoa, chữ thường); máy chủ dựng trang phân biệt chữ hoa, chữ thường dù Windows không, nên ghi đúng ./anh/IMG_1234.JPG'],
    ['./anh/doi-ten.jpg', 'tệp ./anh/doi-ten.jpg là ảnh HEIC'],
    ['./anh/ghi-chu.jpg', 'tệp ./anh/ghi-chu.jpg không phải ảnh mà trang đọc được (JPEG, PNG, WebP, AVIF, GIF, TIFF), dù tên đuôi là .jpg'],
  ])('%s', (image, message) => {
    const problems = checkImageFile(at(image));
    expect(problems.map((p) => [p.file, p.line, p.rule])).toEqual([[path.join(profiles, 'mo-hinh.md'), 7, 'image-file']]);
    expect(problems[0]!.message).toContain(message);
  });

  it('accepts a JPEG under its exact name, and leaves a bad name to checkImageNames', () => {
    expect(checkImageFile(at('./anh/IMG_1234.JPG'))).toEqual([]);
    expect(checkImageFile(at('./anh/IMG_0001.HEIC'))).toEqual([]);
    expect(checkImageFile(profile(undefined))).toEqual([]);
  });

  it('reads the photos in the text too, at their lines', () => {
    const f = profile(undefined, 'Mở đầu.\n\n![Lễ trao thưởng](./anh/doi-ten.jpg)\n\n![Đồi cỏ](./anh/IMG_1234.JPG)', path.join(profiles, 'tin.md'));
    expect(checkImageFile(f).map((p) => [p.line, p.rule, p.message.slice(0, 30)])).toEqual([[11, 'image-file', 'tệp ./anh/doi-ten.jpg là ảnh H']]);
  });

  it('runs on the profiles folder before a build', () => {
    writeFileSync(path.join(profiles, 'mo-hinh.md'), at('./anh/doi-ten.jpg').text);
    const problems = checkCollection(root, 'profiles', () => NO_RELEASE);
    expect(problems.map((p) => [path.basename(p.file), p.line, p.rule])).toEqual([['mo-hinh.md', 7, 'image-file']]);
  });
});
