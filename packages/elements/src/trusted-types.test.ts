// The bundles under a Trusted Types policy, in a frame of its own whose Content-Security-Policy
// requires them: Lit makes one policy named "lit-html" per copy, so a page that loads forumkit
// twice (or the drop-in and the hydrating bundle) needs 'allow-duplicates', as the README says.
import { afterEach, describe, expect, it } from 'vitest';

// Built by `npm run build`; the address is put together by hand so that Vite leaves it alone.
const dist = import.meta.url.replace(/\/src\/[^/]*$/, '/dist/');
const bundle = (name: string, copy: string) => `${dist}${name}?copy=${copy}`;
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

interface FrameResult {
  readonly errors: string[];
  readonly violations: number;
  readonly rendered: boolean;
}

/** Loads both bundles into a frame under `policy`; resolves with its errors, CSP violations and whether the agenda rendered. */
function loadTwice(policy: string): Promise<FrameResult> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const data = JSON.stringify({
    id: 'tt-forum',
    name: 'Trusted Types forum',
    start: '2026-05-04',
    timeZone: 'Europe/Berlin',
    venue: { name: 'Hall' },
    languages: ['en'],
    sessions: [{ id: 'opening', kind: 'opening-remarks' }],
  });
  frame.srcdoc = `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="${policy}">
<script type="module">
  const result = { errors: [], violations: 0 };
  window.result = result;
  addEventListener('error', (event) => result.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => result.errors.push(String(event.reason)));
  addEventListener('securitypolicyviolation', () => result.violations++);
</script>
<script>globalThis.__vitest_browser_runner__ = { wrapDynamicImport: (load) => load() };</script>
<script type="module" src="${bundle('forumkit.js', 'a')}"></script>
<script type="module" src="${bundle('forumkit-hydrate.js', 'b')}"></script>
</head><body>
<script type="application/json" id="data">${data}</script>
<forum-agenda src="#data"></forum-agenda>
</body></html>`;
  return new Promise((resolve) => {
    frame.addEventListener('load', async () => {
      const win = frame.contentWindow as Window & { result: { errors: string[]; violations: number } };
      const agenda = frame.contentDocument!.querySelector('forum-agenda')!;
      const deadline = Date.now() + 5000;
      while (!agenda.shadowRoot?.querySelector('[part~="session"]') && Date.now() < deadline) await new Promise((next) => setTimeout(next, 50));
      resolve({ ...win.result, rendered: !!agenda.shadowRoot?.querySelector('[part~="session"]') });
    });
    document.body.append(frame);
  });
}

describe('under Trusted Types', () => {
  it('works with both bundles loaded when the policy allows duplicates, as the README says', async () => {
    const result = await loadTwice("require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'");
    expect(result.errors).toEqual([]);
    expect(result.violations).toBe(0);
    expect(result.rendered).toBe(true);
  });

  it('fails without it: the reason the README names the directive', async () => {
    const result = await loadTwice("require-trusted-types-for 'script'; trusted-types lit-html");
    expect(result.errors.join('\n')).toMatch(/lit-html/);
  });
});
