import type { ReleaseStatus } from '../schemas/manifest.ts';

/**
 * A release's status in a Vietnamese sentence: the words, not the manifest's English code
 * ("published"), which staff reading a refusal or an upload report do not use.
 */
const WORDS: Record<ReleaseStatus, string> = { published: 'đã công bố', demo: 'minh họa', draft: 'bản nháp' };

/** `trạng thái "đã công bố"` */
export const statusPhrase = (status: ReleaseStatus) => `trạng thái "${WORDS[status]}"`;
