import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Uncompressed size, as the central directory declares it. */
  size: number;
  /** The entry's bytes; never more than `maxBytes` however the archive lies about sizes. */
  read: (maxBytes?: number) => Buffer;
}

/**
 * Reads entries of a zip archive (an .xlsx is one) from its central directory. Only
 * "stored" and "deflate" entries, which is all that spreadsheet programs write.
 */
export function readZipEntries(bytes: Buffer): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('không phải tệp zip');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('mục lục zip hỏng');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      size,
      read: (maxBytes = Number.MAX_SAFE_INTEGER) => {
        const localNameLength = bytes.readUInt16LE(localOffset + 26);
        const localExtraLength = bytes.readUInt16LE(localOffset + 28);
        const start = localOffset + 30 + localNameLength + localExtraLength;
        const data = bytes.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(data.subarray(0, maxBytes));
        if (method === 8) return inflateRawSync(data, { maxOutputLength: Math.min(maxBytes, 2 ** 31 - 1) });
        throw new Error(`phương thức nén ${method} không được hỗ trợ`);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
