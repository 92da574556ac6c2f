/**
 * Photos as staff add them to a profile, an update or a page: from a phone or a camera,
 * through the editor or by hand. What the site cannot show, or would send to phones at full
 * size, stops the build here, naming the file and line in Vietnamese (a HEIC photo stopped
 * it in the middle of Astro's rendering with an English stack trace):
 *
 * - a HEIC photo (an iPhone's default, also when renamed .jpg): the build machine's image
 *   library cannot decode it (HEVC is not in its build), and most browsers cannot either;
 * - a photo not beside the file (`./anh/…`, what the editor writes): one in public/ is not
 *   resized (src/site/content/story-photos.ts), one from another site is refused by the CSP;
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

/** A photo beside the file (`./anh/…`, as the editor writes it), which Astro resizes; not a public path or an address. */
export const isRelativePath = (src: string) => !/^([a-z][a-z0-9+.-]*:|\/|\\|~)/i.test(src);

/** A photo a file shows, where it is written: the profile's `image`, or `![…](…)` in the text. */
export interface PhotoRef {
  src: string;
  line: number;
}

/** Every photo of a file: its `image`, then those in its text (outside code). */
export function photosOf(f: ContentFile): PhotoRef[] {
  if (f.parseError) return [];
  const image = f.data['image'];
  const inText = proseLines(f).flatMap(({ line, text }) => [...text.matchAll(MARKDOWN_IMAGE)].map(([, , src]) => ({ src: src!, line })));
  return [...(typeof image === 'string' ? [{ src: image, line: lineOfKey(f.text, 'image') }] : []), ...inText];
}

/** Where a photo must be, and why: a public path reaches phones at full size, an address is refused by the CSP. */
function placeProblem(src: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(src)
    ? `ảnh ${src} ở một trang web khác: trang chỉ hiện ảnh của chính nó (chính sách bảo mật; mở ảnh của trang khác cũng cho trang đó biết ai đang đọc). Tải ảnh về, rồi tải lên bằng nút ảnh của trình biên tập (ảnh được lưu cạnh bài, ./anh/<tên tệp>)`
    : `ảnh ${src} không nằm cạnh tệp: chỉ ảnh cạnh tệp được trang thu nhỏ (rộng tối đa 1080 px); ảnh khác đến điện thoại người đọc nguyên cỡ, có khi vài MB. Tải ảnh lên bằng nút ảnh của trình biên tập, hoặc chép ảnh vào thư mục anh/ cạnh tệp và ghi ./anh/<tên tệp>`;
}

/** The photos' paths and kinds as written; no file is read. */
export function checkImageNames(f: ContentFile): ContentProblem[] {
  return photosOf(f).flatMap(({ src, line }) => {
    const problem = isRelativePath(src) ? nameProblem(src) : placeProblem(src);
    return problem ? [{ file: f.file, line, rule: 'image-format', message: problem }] : [];
  });
}
