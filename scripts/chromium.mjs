// Where forumkit's tests, benchmarks and screenshots find Chromium, and how they start it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Chromium runs without network here: these flags stop it stalling on background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** CHROMIUM_PATH when set, else the first Chromium found, else Debian's path. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path)) ?? CANDIDATES[0];
}

/** The Debian package that gives Chromium glyphs for Korean, Japanese and Chinese. */
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/**
 * The languages (BCP 47 tags) that no installed font covers, by fontconfig (`fc-list :lang=ko`):
 * a page in them renders as boxes. Empty where fontconfig is missing (nothing can be said then).
 */
export function languagesWithoutFonts(languages) {
  return languages.filter((language) => {
    const result = spawnSync('fc-list', [`:lang=${language}`, 'family'], { encoding: 'utf8' });
    return result.status === 0 && result.stdout.trim() === '';
  });
}
