/**
 * The photo files of a content file, read from disk by the build's content checks
 * (check-collection.ts); the checks on their names alone are in images.ts, which the editor
 * also runs in the browser.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { shownPath } from '../failure.ts';
import type { ContentFile, ContentProblem } from './check.ts';
import { extensionOf, HEIC, HOW_TO_CONVERT, isRelativePath, nameProblem, photoFormatOf, photosOf } from './images.ts';

/** The first bytes of a file: enough for every signature photoFormatOf reads. */
function head(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const bytes = new Uint8Array(64);
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Each photo beside the file, itself: it exists under exactly the name written, and its bytes
 * are a kind the build reads (a HEIC renamed .jpg is still HEIC).
 */
export function checkImageFile(f: ContentFile): ContentProblem[] {
  return photosOf(f)
    .filter(({ src }) => isRelativePath(src) && !nameProblem(src))
    .flatMap(({ src, line }) => {
      const problem = fileProblem(src, path.resolve(path.dirname(path.resolve(f.file)), src));
      return problem ? [{ file: f.file, line, rule: 'image-file', message: problem }] : [];
    });
}

function fileProblem(image: string, target: string): string | undefined {
  const folder = path.dirname(target);
  const name = path.basename(target);
  const names = existsSync(folder) ? readdirSync(folder) : [];
  if (!names.includes(name)) {
    const otherCase = names.find((n) => n.toLowerCase() === name.toLowerCase());
    return otherCase
      ? `ảnh ${image}: tệp trong thư mục tên là "${otherCase}" (khác chữ hoa, chữ thường); máy chủ dựng trang phân biệt chữ hoa, chữ thường dù Windows không, nên ghi đúng ${path.posix.dirname(image)}/${otherCase}`
      : `không có tệp ảnh ${image} cạnh tệp (tìm ở ${shownPath(target)}): kiểm tra tên tệp, hoặc tải ảnh lên lại bằng trình biên tập`;
  }
  const format = photoFormatOf(head(target));
  if (format === 'heic') return `tệp ${image} ${HEIC}; đổi tên đuôi thành .jpg không đổi được định dạng`;
  if (format === undefined) return `tệp ${image} không phải ảnh mà trang đọc được (JPEG, PNG, WebP, AVIF, GIF, TIFF), dù tên đuôi là .${extensionOf(image)}; ${HOW_TO_CONVERT}`;
  return undefined;
}
