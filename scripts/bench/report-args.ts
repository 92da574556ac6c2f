/**
 * The arguments the page reports share (`bench:lighthouse`, `bench:trace`): how many runs,
 * and which pages. A wrong value ends the command with the usage line and exit code 2.
 */
import path from 'node:path';
import { discoverPages } from './page-weight.ts';
import { pickSamples, type Sample } from './samples.ts';

export function runsOrExit(text: string, usage: string): number {
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs is a positive integer\n${usage}`);
    process.exit(2);
  }
  return runs;
}

/** One page of each kind in the built site (scripts/bench/samples.ts), or only the kinds named in `only` ("home,map view"). */
export function samplesOrExit(dist: string, only: string | undefined, usage: string): Sample[] {
  const distDir = path.resolve(dist);
  let samples = pickSamples(distDir, discoverPages(distDir));
  if (only) {
    const names = new Set(only.split(','));
    samples = samples.filter((s) => names.has(s.name));
  }
  if (samples.length === 0) {
    console.error(`no page to measure in ${dist}/\n${usage}`);
    process.exit(2);
  }
  return samples;
}
