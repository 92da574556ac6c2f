/**
 * A profile's photo as staff add it: from a phone or a camera, through the editor or by
 * hand. What the site cannot show stops the build here, naming the file and line in
 * Vietnamese, instead of in the middle of Astro's rendering with an English stack trace:
 *
 * - a HEIC photo (an iPhone's default, also when renamed .jpg): the build machine's image
 *   library cannot decode it (HEVC is not in its build), and most browsers cannot either;
 * - a path that is not a file beside the profile (`./anh/…`, what the editor writes);
 * - a file name whose capitals differ from the path's: Windows finds it, the Linux server
 *   that builds the site does not.
 *
 * checkImageNames reads only the text (the editor runs it in the browser before saving);
 * checkImageFile (image-files.ts) reads the photo itself (the build, uploads and `release publish`).
 */
import type { ContentFile, ContentProblem } from './check.ts';
import { lineOfKey, MARKDOWN_IMAGE, proseLines } from './text.ts';

/** What the site's image pipeline reads (Astro's formats, less SVG, which is not a photo). */
const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'] as const;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff' | 'heic';

export const HOW_TO_CONVERT =
  'lưu ảnh thành JPEG rồi tải lên lại (trên máy tính: mở ảnh, chọn Lưu thành hoặc Xuất, kiểu JPG; trên iPhone: Cài đặt → Camera → Định dạng → Tương thích nhất, ảnh chụp sau đó là JPEG)';
export const HEIC = `là ảnh HEIC (định dạng mặc định của iPhone): máy dựng trang và phần lớn trình duyệt không đọc được; ${HOW_TO_CONVERT}`;

const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

/** The brands of an ISO `ftyp` box (HEIF files: HEIC, AVIF): the major one, then the compatible ones. */
function brands(head: Uint8Array): string[] {
  if (ascii(head, 4, 8) !== 'ftyp') return [];
  const boxSize = Math.min(head.length, ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0);
  const found = [ascii(head, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) found.push(ascii(head, at, at + 4));
  return found;
}

const HEVC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'];

/** Each format's signature, in the order they are tried: AVIF before HEIC, as an AVIF may also carry the generic `mif1`. */
const SIGNATURES: readonly [PhotoFormat, (head: Uint8Array) => boolean][] = [
  ['jpeg', (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff],
  ['png', (h) => ascii(h, 0, 8) === '\x89PNG\r\n\x1a\n'],
  ['webp', (h) => ascii(h, 0, 4) === 'RIFF' && ascii(h, 8, 12) === 'WEBP'],
  ['gif', (h) => ascii(h, 0, 4) === 'GIF8'],
  ['tiff', (h) => ascii(h, 0, 4) === 'II*\0' || ascii(h, 0, 4) === 'MM\0*'],
  ['avif', (h) => brands(h).some((b) => b === 'avif' || b === 'avis')],
  ['heic', (h) => brands(h).some((b) => HEVC_BRANDS.includes(b))],
];

/** The format a file's first bytes say it is, whatever its name. */
export function photoFormatOf(head: Uint8Array): PhotoFormat | undefined {
  return SIGNATURES.find(([, matches]) => matches(head))?.[0];
}

export const extensionOf = (file: string) => /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();

/** The problem with a photo's name alone, or undefined when the site can read that kind of file. */
export function nameProblem(src: string): string | undefined {
  const ext = extensionOf(src);
  if (ext === 'heic' || ext === 'heif') return `ảnh ${src} ${HEIC}`;
  if (!ext || !(PHOTO_EXTENSIONS as readonly string[]).includes(ext)) {
    return `ảnh ${src}: trang chỉ dùng được ảnh JPEG (.jpg), PNG, WebP, AVIF, GIF hoặc TIFF; ${HOW_TO_CONVERT}`;
  }
  return undefined;
}

/** A profile's `image` is a path relative to the profile's file, as the editor writes it (`./anh/…`). */
export const isRelativePath = (src: string) => !/^([a-z][a-z0-9+.-]*:|\/|\\|~)/i.test(src);

/** The photo's path and kind as written in the profile and in its story; no file is read. */
export function checkImageNames(f: ContentFile): ContentProblem[] {
  if (f.parseError) return [];
  const problems: ContentProblem[] = [];
  const image = f.data['image'];
  if (typeof image === 'string') {
    const line = lineOfKey(f.text, 'image');
    const problem = !isRelativePath(image)
      ? `image: "${image}" không phải tệp ảnh đặt cạnh hồ sơ; tải ảnh lên bằng trình biên tập, hoặc chép ảnh vào thư mục anh/ cạnh tệp hồ sơ và ghi ./anh/<tên tệp>`
      : nameProblem(image);
    if (problem) problems.push({ file: f.file, line, rule: 'image-format', message: problem });
  }
  for (const { line, text } of proseLines(f)) {
    for (const [, , src] of text.matchAll(MARKDOWN_IMAGE)) {
      const problem = nameProblem(src!);
      if (problem) problems.push({ file: f.file, line, rule: 'image-format', message: problem });
    }
  }
  return problems;
}
