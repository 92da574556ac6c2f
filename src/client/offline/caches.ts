/**
 * The names of the caches the service worker keeps (service-worker.ts), shared with the
 * page scripts that read them (saved-list.ts). Every name ends with the build's version
 * (the release id and a hash of the built site), so a new release never reads an old
 * cache: the worker of the new build deletes the others when it takes over.
 */
export const CACHE_PREFIX = 'lsvnn';

/** `dropped`: saved pages a new release could not fetch again, by their old title only (never their old figures). */
export type CacheKind = 'shell' | 'pages' | 'assets' | 'saved' | 'dropped';

export const cacheName = (kind: CacheKind, version: string): string => `${CACHE_PREFIX}-${kind}-${version}`;

/** Ours, of another version than `version`: to delete. */
export const isOutdated = (name: string, version: string): boolean => name.startsWith(`${CACHE_PREFIX}-`) && !name.endsWith(`-${version}`);

/** A cache of pages the reader asked to keep (any version: the offline page lists the current one). */
export const isSavedCache = (name: string): boolean => name.startsWith(`${CACHE_PREFIX}-saved-`);
export const isPagesCache = (name: string): boolean => name.startsWith(`${CACHE_PREFIX}-pages-`);
export const isDroppedCache = (name: string): boolean => name.startsWith(`${CACHE_PREFIX}-dropped-`);

/** The message a page sends the worker to keep `urls`; the worker answers on the message's port. */
export interface SaveMessage {
  type: 'save';
  urls: string[];
}
export interface SaveAnswer {
  ok: boolean;
  saved: number;
}
