import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';
import { validate } from '../src/domain/validation/validate.ts';
import { writeXssFixture } from './fixtures/xss/index.ts';
import { headersFor, parseHeadersFile, patternMatches } from './e2e/lib/server.ts';
import { EDITOR_BACKEND } from '../src/config.ts';

/**
 * Security settings that can be checked without a browser: the data format
 * refuses script URLs, the hostile-but-valid fixture used by tests/e2e/xss.ts
 * really is valid, and the CSP and headers of astro.config.mjs,
 * public/_headers and deploy/nginx.conf agree.
 */

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(' ')] as const;
      }),
  );

describe('the data format', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
    'rejects the source URL %j',
    (url) => {
      const { root, dataRoot } = writeXssFixture((f) => {
        f.units.sources[0].url = url;
      });
      const { errors } = validate({ dataRoot, contentRoot: path.join(root, 'content') }).report;
      rmSync(root, { recursive: true, force: true });
      expect(errors).toContainEqual(expect.objectContaining({ file: 'releases/2025.1/units.json', path: '/sources/0/url', rule: 'schema' }));
    },
  );

  it('accepts markup-like text in names and notes, which pages must escape (tests/e2e/xss.ts)', () => {
    const { root, dataRoot } = writeXssFixture();
    const { report } = validate({ dataRoot, contentRoot: path.join(root, 'content') });
    rmSync(root, { recursive: true, force: true });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

const nginx = readFileSync('deploy/nginx.conf', 'utf8');

/** The entries of an nginx `map $uri $name { key "value"; … }` block. */
function nginxMap(name: string): Map<string, string> {
  const block = new RegExp(`map \\$uri \\$${name} \\{([\\s\\S]*?)\\n\\}`).exec(nginx)?.[1] ?? '';
  return new Map([...block.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map((m) => [m[1]!, m[2]!] as const));
}

describe('Content Security Policy', () => {
  const csp = config.security?.csp;
  if (typeof csp !== 'object') throw new Error('astro.config.mjs: security.csp must be an object');
  const meta = directives((csp.directives ?? []).join(';'));
  const scriptResources = (csp.scriptDirective?.resources ?? []).map((r) => (typeof r === 'string' ? r : r.resource));

  it('allows no inline script and no eval in the <meta> Astro emits', () => {
    expect(scriptResources).toContain("'self'");
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) expect(scriptResources).not.toContain(bad);
    expect(csp.styleDirective?.resources ?? []).not.toContain("'unsafe-inline'");
    expect(meta.get('default-src')).toBe("'self'");
    expect(meta.get('object-src')).toBe("'none'");
    expect(meta.get('base-uri')).toBe("'self'");
  });

  const headersFile = readFileSync('public/_headers', 'utf8');
  const rules = parseHeadersFile(headersFile);
  const page = headersFor(rules, '/dia-ban/2020-01/181-binh-gia/');
  const header = directives(page['content-security-policy'] ?? '');

  it('public/_headers repeats every directive of the <meta> that carries no hashes, and forbids inline handlers', () => {
    for (const [name, value] of meta) {
      if (name === 'default-src') continue; // in a header it would also govern scripts and styles, which only the meta's hashes allow
      expect(header.get(name), name).toBe(value);
    }
    // embeds under /nhung/ are framed by other sites: no frame-ancestors in a file that cannot except a path
    expect(header.has('frame-ancestors')).toBe(false);
    expect(header.get('script-src-attr')).toBe("'none'");
    for (const name of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']) expect(header.has(name), name).toBe(false);
  });

  it('public/_headers sends HSTS, nosniff, a referrer policy and a permissions policy on every path', () => {
    for (const path of ['/', '/dia-ban/2020-01/181-binh-gia/', '/_astro/site.abc123.css', '/du-lieu/2026.1/units.json']) {
      const h = headersFor(rules, path);
      expect(h['strict-transport-security'], path).toMatch(/max-age=(\d{8,})/);
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy'], path).toMatch(/camera=\(\)/);
      expect(h['content-security-policy'], path).toBe(page['content-security-policy']);
    }
  });

  it('public/_headers caches hashed assets for a year and leaves HTML to revalidate; no header is sent twice', () => {
    expect(headersFor(rules, '/_astro/site-data.DMkTknfl.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    // The map layers' boundaries have the hash of their bytes in the name too; the map pages beside them revalidate.
    expect(headersFor(rules, '/ban-do/hinh/2025-07-xa.0123456789.svg')['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/ban-do/', '/ban-do/2025-07/xa/ty-le-ho-ngheo/2025/']) expect(headersFor(rules, page)['cache-control'], page).toBeUndefined();
    for (const path of ['/', '/_astro/x.css', '/pagefind/pagefind.js', '/tin-tuc/abc/', '/ban-do/hinh/2025-07-xa.0123456789.svg']) {
      const names = rules.filter((r) => patternMatches(r.pattern, path)).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('deploy/nginx.conf sends the same headers, once, at server level', () => {
    const added = [...nginx.matchAll(/^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+))\s+always;/gm)].map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3]!] as const);
    const byName = new Map(added);
    expect(byName.size).toBe(added.length);
    for (const name of ['strict-transport-security', 'referrer-policy', 'x-content-type-options', 'permissions-policy', 'cross-origin-opener-policy']) {
      expect(byName.get(name), name).toBe(page[name]);
    }
    // the same CSP (by path: $site_csp), plus frame-ancestors: 'self' everywhere but the embeds
    expect(byName.get('content-security-policy')).toBe('$site_csp');
    const nginxCsp = directives(nginxMap('site_csp').get('default') ?? '');
    expect(nginxCsp.get('frame-ancestors')).toBe('$site_frame_ancestors');
    nginxCsp.delete('frame-ancestors');
    expect(nginxCsp).toEqual(header);
    expect(nginx).toMatch(/map \$uri \$site_frame_ancestors \{\s*~\^\/nhung\/\s+"\*";\s*default\s+"'self'";\s*\}/);
    expect(byName.get('cache-control')).toBe('$site_cache_control');
    expect(nginx).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable";/);
    expect(nginx).toMatch(/~\^\/ban-do\/hinh\/\s+"public, max-age=31536000, immutable";/);
    expect(nginx).toMatch(/default\s+"public, max-age=0, must-revalidate";/);
    // add_header inside a location would drop the server-level headers there
    expect(nginx.match(/location[^{]*\{[^}]*add_header/)).toBeNull();
  });

  it('deploy/nginx.conf answers a missing address under /en/ with the English "not found" page, elsewhere with the Vietnamese one', () => {
    const english = /location \/en\/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(english).toMatch(/try_files \$uri \$uri\/ =404;/);
    expect(english).toMatch(/error_page 404 \/en\/404\.html;/);
    expect(nginx).toMatch(/\n {4}error_page 404 \/404\.html;\n\}/);
  });
});

describe("the editor's own policy, only under /quan-tri/ (issue 16)", () => {
  const headersFile = readFileSync('public/_headers', 'utf8');
  const rules = parseHeadersFile(headersFile);
  const editor = headersFor(rules, '/quan-tri/');
  const policy = directives(editor['content-security-policy'] ?? '');

  it('replaces the site-wide policy there (one policy, not two) and keeps the page out of search engines', () => {
    expect(editor['content-security-policy']).not.toContain(',');
    expect(headersFor(rules, '/quan-tri/decap-cms.js')['content-security-policy']).toBe(editor['content-security-policy']);
    expect(editor['x-robots-tag']).toBe('noindex, nofollow');
    expect(headersFor(rules, '/')['x-robots-tag']).toBeUndefined();
  });

  it("allows what Decap CMS needs — eval, inline styles, WebAssembly, blob: previews — and the backend's API, nothing more", () => {
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self' 'unsafe-eval' 'wasm-unsafe-eval'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('connect-src')).toBe(`'self' blob: ${EDITOR_BACKEND.apiOrigin}`);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    for (const [name, value] of policy) expect(value, name).not.toMatch(/(^|\s)(\*|https?:|http:\/\/(localhost|127\.0\.0\.1))(\s|$)/);
  });

  it("loosens nothing anywhere else: 'unsafe-eval' and 'unsafe-inline' appear only in the /quan-tri/ block", () => {
    for (const path of ['/', '/dia-ban/2020-01/181-binh-gia/', '/nhung/bieu-do/ty-le-ho-ngheo/', '/quan-tri', '/quan-trix/', '/du-lieu/quan-tri/']) {
      const csp = headersFor(rules, path)['content-security-policy'] ?? '';
      expect(csp, path).not.toContain('unsafe');
      expect(headersFor(rules, path)['x-robots-tag'], path).toBeUndefined();
    }
    const block = (/^\/quan-tri\/\*\n((?:[ \t]+.*\n)+)/m.exec(headersFile)?.[1] ?? '');
    const rulesText = headersFile.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n');
    expect(rulesText.split("'unsafe-eval'").length - 1).toBe(1);
    expect(rulesText.split("'unsafe-inline'").length - 1).toBe(1);
    expect(block).toContain("'unsafe-eval'");
    expect(block).toContain("'unsafe-inline'");
  });

  it('deploy/nginx.conf gives /quan-tri/ the same policy and noindex, and no other path either', () => {
    const csp = nginxMap('site_csp');
    expect([...csp.keys()]).toEqual(['~^/quan-tri/', 'default']);
    expect(directives(csp.get('~^/quan-tri/')!)).toEqual(policy);
    expect(csp.get('default')).not.toContain('unsafe');
    expect(nginx.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n').split("'unsafe-eval'").length - 1).toBe(1);
    expect(nginxMap('site_robots')).toEqual(new Map([['~^/quan-tri/', 'noindex, nofollow'], ['default', '']]));
    expect(nginx).toMatch(/add_header X-Robots-Tag \$site_robots always;/);
  });
});
