/**
 * A profile's photo file, read from disk by the build's content checks (check-collection.ts);
 * the checks on its name alone are in images.ts, which the editor also runs in the browser.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { shownPath } from '../failure.ts';
import type { ContentFile, ContentProblem } from './check.ts';
import { extensionOf, HEIC, HOW_TO_CONVERT, isRelativePath, nameProblem, photoFormatOf } from './images.ts';
import { lineOfKey } from './text.ts';

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
 * The profile's photo itself, beside the profile's file: it exists under exactly
 * that name, and its bytes are a kind the build reads (a HEIC renamed .jpg is still HEIC).
 */
export function checkImageFile(f: ContentFile): ContentProblem[] {
  const image = f.data['image'];
  if (f.parseError || typeof image !== 'string' || !isRelativePath(image) || nameProblem(image)) return [];
  const problem = (message: string): ContentProblem[] => [{ file: f.file, line: lineOfKey(f.text, 'image'), rule: 'image-file', message }];
  const target = path.resolve(path.dirname(path.resolve(f.file)), image);
  const folder = path.dirname(target);
  const name = path.basename(target);
  const names = existsSync(folder) ? readdirSync(folder) : [];
  if (!names.includes(name)) {
    const otherCase = names.find((n) => n.toLowerCase() === name.toLowerCase());
    return problem(
      otherCase
        ? `ảnh ${image}: tệp trong thư mục tên là "${otherCase}" (khác chữ hoa, chữ thường); máy chủ dựng trang phân biệt chữ hoa, chữ thường dù Windows không, nên ghi đúng ${path.posix.dirname(image)}/${otherCase}`
        : `không có tệp ảnh ${image} cạnh hồ sơ (tìm ở ${shownPath(target)}): kiểm tra tên tệp, hoặc tải ảnh lên lại bằng trình biên tập`,
    );
  }
  const format = photoFormatOf(head(target));
  if (format === 'heic') return problem(`tệp ${image} ${HEIC}; đổi tên đuôi thành .jpg không đổi được định dạng`);
  if (format === undefined) return problem(`tệp ${image} không phải ảnh mà trang đọc được (JPEG, PNG, WebP, AVIF, GIF, TIFF), dù tên đuôi là .${extensionOf(image)}; ${HOW_TO_CONVERT}`);
  return [];
}
