// The browser tests run in real headless Chromium. Find it, or install Debian's when we can.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CJK_FONT_PACKAGE, chromiumPath, languagesWithoutFonts } from './chromium.mjs';

const found = () => existsSync(chromiumPath());

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('forumkit: the browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and try again.');
    process.exit(1);
  }
  console.log("forumkit: Chromium not found; installing Debian's chromium with apt-get (once)…");
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
    stdio: 'inherit',
  });
  if (!found()) {
    console.error('forumkit: apt-get finished but no Chromium was found at /usr/bin/chromium; set CHROMIUM_PATH.');
    process.exit(1);
  }
}

// Korean, Japanese and Chinese pages render as boxes without a CJK font: the browser tests of
// those languages and the screenshots need one.
if (languagesWithoutFonts(['ko', 'ja', 'zh']).length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`forumkit: no font for Korean, Japanese and Chinese; installing Debian's ${CJK_FONT_PACKAGE} with apt-get (once)…`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${CJK_FONT_PACKAGE} >/dev/null`], {
      stdio: 'inherit',
    });
  } else {
    console.warn(
      `forumkit: no font for Korean, Japanese and Chinese: install ${CJK_FONT_PACKAGE} (sudo apt-get install -y ${CJK_FONT_PACKAGE}) for pictures of those pages.`,
    );
  }
}
