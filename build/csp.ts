import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Adds a Content-Security-Policy to the built index.html: no eval, no inline script except the exact
 * scripts and styles the single-file build inlines (allowed by their SHA-256 hashes), no network but the
 * page's own origin. Runs after the bundle is written, so it sees what the single-file plugin inlined.
 * The dev server (which injects its own scripts) is left alone.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'kafka-classroom-csp',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'index.html');
      const html = readFileSync(file, 'utf8');
      const hashes = (tag: 'script' | 'style'): string[] =>
        [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
          .map((m) => m[1] ?? '')
          .filter((body) => body.trim() !== '')
          .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
      const policy = [
        "default-src 'self'",
        `script-src 'self' ${hashes('script').join(' ')}`.trim(),
        `style-src 'self' ${hashes('style').join(' ')}`.trim(),
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        // The worker painting what flies is inlined in the bundle and started from a blob: URL.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      writeFileSync(file, html.replace(/<head>/, `<head>\n    ${meta}`));
    },
  };
}
