import * as z from 'zod';

export const releaseFileNames = ['units.json', 'crosswalks.json', 'observations.json', 'recognitions.json'] as const;
export type ReleaseFileName = (typeof releaseFileNames)[number];
/** crosswalks.json may be absent from a release. */
export const optionalReleaseFiles: readonly ReleaseFileName[] = ['crosswalks.json'];

export const releaseId = z.string().regex(/^\d{4}\.\d+$/, 'mã phiên bản có dạng YYYY.N');

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 là 64 ký tự hex viết thường');

const releaseStatus = z.enum(['draft', 'published', 'demo']);
export type ReleaseStatus = z.infer<typeof releaseStatus>;

const releaseEntry = z.strictObject({
  id: releaseId,
  title: z.string().min(1),
  publishedAt: z.iso.date().nullable().optional(),
  status: releaseStatus,
  notes: z.string().optional(),
  sha256: z.partialRecord(z.enum(releaseFileNames), sha256).optional(),
});
export type ReleaseEntry = z.infer<typeof releaseEntry>;

export const manifest = z.strictObject({
  current: releaseId,
  releases: z.array(releaseEntry).min(1),
});
export type Manifest = z.infer<typeof manifest>;

/** `YYYY.N` ids sort chronologically by year, then by N as a number. */
export function compareReleaseIds(a: string, b: string): number {
  const [ya = 0, na = 0] = a.split('.').map(Number);
  const [yb = 0, nb = 0] = b.split('.').map(Number);
  return ya - yb || na - nb;
}
