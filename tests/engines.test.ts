/**
 * The checks .npmrc takes away from npm. npm compares each package's `engines`
 * with the Node that runs npm (the machine's), while every script here runs on
 * the Node pinned as the devDependency `node`; so .npmrc keeps npm's warnings
 * quiet and these tests check against the Node that really runs the code. They
 * read package-lock.json, which records each package's engines and install scripts.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  resolved?: string;
  engines?: Record<string, string> | string[];
  optional?: boolean;
  hasInstallScript?: boolean;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string; npm: string };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const installed = Object.entries(lock.packages).filter(([where]) => where.startsWith('node_modules/'));
const nameOf = (where: string) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
const pinnedNode = lock.packages['node_modules/node']?.version ?? '';

describe('the Node that runs the scripts', () => {
  it('is the pinned devDependency, and the one running these tests', () => {
    expect(semver.valid(pinnedNode)).toBe(pinnedNode);
    expect(semver.satisfies(pinnedNode, pkg.devDependencies.node ?? '')).toBe(true);
    expect(process.versions.node).toBe(pinnedNode);
  });

  it('satisfies the engines.node of every package that is always installed', () => {
    const unsupported = installed
      .filter(([, p]) => !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(pinnedNode, (p.engines as Record<string, string>).node!, { includePrerelease: true }))
      .map(([where, p]) => `${nameOf(where)}@${p.version}: node ${(p.engines as Record<string, string>).node}`);
    expect(unsupported).toEqual([]);
  });
});

describe('the machine that runs npm', () => {
  it('is stated the same in package.json engines and in both parts of the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const range of [pkg.engines.node, pkg.engines.npm]) {
      expect(readme.split(`\`${range}\``).length - 1, range).toBeGreaterThanOrEqual(2);
    }
  });

  it('needs no npm newer than engines.npm for any package', () => {
    const floor = semver.minVersion(pkg.engines.npm)!.version;
    const stricter = installed
      .filter(([, p]) => !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.npm)
      .filter(([, p]) => !semver.satisfies(floor, (p.engines as Record<string, string>).npm!))
      .map(([where, p]) => `${nameOf(where)}@${p.version}: npm ${(p.engines as Record<string, string>).npm}`);
    expect(stricter).toEqual([]);
  });
});

describe('install scripts', () => {
  it('run only for packages approved in allowScripts', () => {
    const withScripts = installed.filter(([, p]) => p.hasInstallScript).map(([where]) => nameOf(where));
    expect(withScripts.filter((name) => pkg.allowScripts[name] !== true)).toEqual([]);
    expect(withScripts).toContain('node');
  });
});

describe('the lock file after an npm install on a staff computer', () => {
  it('stays as committed: it records no download address, and .npmrc keeps npm from adding one', () => {
    expect(installed.filter(([, p]) => p.resolved !== undefined).map(([where]) => nameOf(where))).toEqual([]);
    expect(readFileSync('.npmrc', 'utf8').split('\n')).toContain('omit-lockfile-registry-resolved=true');
  });
});
