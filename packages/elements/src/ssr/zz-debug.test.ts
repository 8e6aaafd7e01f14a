import { it, inject } from 'vitest';
it('debug', async () => {
  const page = Document.parseHTMLUnsafe(decodeURIComponent(inject('seoulPage')));
  document.body.replaceChildren(...Array.from(page.body.childNodes).map((node) => document.adoptNode(node)));
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  await import('../index.js');
  const list = document.querySelector('forum-speaker-list') as any;
  await list.updateComplete;
  const cards = [...list.shadowRoot.querySelectorAll('forum-speaker-card')] as any[];
  for (const el of cards) { const r = await Promise.race([el.updateComplete.then(() => 'ok'), new Promise((r) => setTimeout(() => r('timeout'), 2000))]); console.log(el.localName, r, el.hasUpdated, el.getAttribute('defer-hydration'), el.outerHTML.slice(0, 200)); }
}, 60000);
