/**
 * A folder copied whole, as `cpSync(from, to, { recursive: true })` would, but always through
 * Node's JavaScript copy (a filter sends it there): the native one, on Windows, kills the
 * process without a word when a path is not ASCII (a folder named "Dữ liệu"; Node issues
 * 54476, 61878; seen under Wine with Node 22).
 */
import { cpSync } from 'node:fs';

export function copyFolder(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: () => true });
}
