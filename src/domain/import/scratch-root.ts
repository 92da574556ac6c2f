/**
 * The folders of the real data root that the import's scratch root (import.ts, validateScratch)
 * reads but never changes: the criteria and the other releases. Each is a directory junction
 * (on Windows it needs no administrator rights, unlike a symbolic link; elsewhere Node makes a
 * symbolic link), or a copy where no junction can be made: a project on a network drive, a
 * disk that has no links (FAT, exFAT), Wine. A copy costs about half a megabyte a release.
 */
import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isSystemError } from '../failure.ts';
import { copyFolder } from '../copy-folder.ts';

export type LinkFolder = (target: string, link: string) => void;

const junction: LinkFolder = (target, link) => symlinkSync(target, link, 'junction');

export interface ScratchRoot {
  dir: string;
  /** `from` (a folder of the real root) seen at `to` (inside `dir`). */
  mirror(from: string, to: string): void;
  /** Removes the scratch folder, never what its links point to. */
  remove(): void;
}

export function scratchRoot(link: LinkFolder = junction): ScratchRoot {
  const dir = mkdtempSync(path.join(tmpdir(), 'nhap-'));
  const links: string[] = [];
  return {
    dir,
    mirror(from, to) {
      try {
        link(from, to);
        links.push(to);
      } catch (error) {
        if (!isSystemError(error)) throw error;
        rmSync(to, { recursive: true, force: true });
        copyFolder(from, to);
      }
    },
    remove() {
      // The links go first, one by one: however a recursive removal treats a junction (Node's
      // has changed between versions), it then never gets the chance to reach the real data.
      for (const l of links) unlinkSync(l);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
