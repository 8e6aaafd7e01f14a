// Hydration support has to load before LitElement: it is imported first, and this file runs in
// its own page (browser-mode isolation). A long programme rendered on the server hydrates whole,
// at once, as the server wrote it (in the browser alone it is rendered a slice at a time), and is
// live afterwards.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { afterEach, expect, inject, it, vi } from 'vitest';
import type { ForumAgenda } from './forum-agenda.js';
import { LONG_HYDRATION_SRC, longHydrationData } from './agenda-long-hydration.fixture.js';
import { mount, nextEvent, unmountAll } from '../internal/test-dom.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
  localStorage.clear();
});

it('hydrates a server-rendered long programme whole, keeping the server’s sessions, and is live', async () => {
  const data = longHydrationData();
  const script = mount<HTMLScriptElement>('<script type="application/json"></script>');
  script.id = LONG_HYDRATION_SRC.slice(1);
  script.textContent = JSON.stringify(data);
  const container = mount('<div></div>');
  container.setHTMLUnsafe(decodeURIComponent(inject('longAgenda'))); // parses the declarative shadow root
  const element = container.querySelector<ForumAgenda>('forum-agenda')!;
  const serverSessions = [...element.shadowRoot!.querySelectorAll('[part~="session"]')];
  expect(serverSessions).toHaveLength(data.sessions.length);

  const messages: unknown[][] = [];
  for (const level of ['warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args) => void messages.push([level, ...args]));
  await import('./forum-agenda.js');
  await element.updateComplete; // rejects on a hydration mismatch
  expect(messages.filter((message) => !String(message[1]).includes('Lit is in dev mode'))).toEqual([]);
  const sessions = [...element.shadowRoot!.querySelectorAll('[part~="session"]')];
  expect(sessions).toHaveLength(data.sessions.length);
  expect(sessions.every((session, i) => session === serverSessions[i])).toBe(true);

  // Live: the last session's save toggle works.
  const save = sessions.at(-1)!.querySelector<HTMLButtonElement>('[part="save-button"]')!;
  const saved = nextEvent(element, 'forum-favorite-change');
  save.click();
  await saved;
  await element.updateComplete;
  expect(save.getAttribute('aria-pressed')).toBe('true');
});
