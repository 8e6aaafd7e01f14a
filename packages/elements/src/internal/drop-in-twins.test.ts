// The modules the drop-in bundle builds in place of forum-validator.ts, the elements' *-view.ts and
// forum-translation.ts (tsup.config.ts): each loads what it stands for on first use. The bundle itself is tested in
// Chromium over HTTP by bundle-loading.node.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateForum } from '@forumkit/core';

const core = vi.hoisted(() => ({ toLoad: new Set<string>(), fails: new Set<string>(), loads: [] as string[] }));

vi.mock('@forumkit/core/i18n/load', () => ({
  translationToLoad: (language: string) => (core.toLoad.has(language) ? language : undefined),
  loadTranslation: async (language: string) => {
    core.loads.push(language);
    await Promise.resolve();
    if (core.fails.has(language)) throw new TypeError('Failed to fetch dynamically imported module');
    core.toLoad.delete(language);
  },
}));

const { validator } = await import('./forum-validator.lazy.js');
const { agendaView, galleryView } = await import('./forum-views.lazy.js');
const { translationWait } = await import('./forum-translation.lazy.js');

afterEach(() => {
  core.toLoad.clear();
  core.fails.clear();
  core.loads.length = 0;
});

describe('the on-demand validator and views', () => {
  it("are promises while they load, one for every caller, then core's validateForum and the views themselves", async () => {
    const first = validator();
    expect(first).toBeInstanceOf(Promise);
    expect(validator()).toBe(first);
    const view = agendaView();
    expect(view).toBeInstanceOf(Promise);
    expect(agendaView()).toBe(view);
    expect(await first).toBe(validateForum);
    expect(validator()).toBe(validateForum);
    const views = { ...(await import('../forum-agenda/agenda-view.js')), ...(await import('../forum-gallery/gallery-view.js')) };
    expect(await view).toBe(views.agendaView());
    expect(agendaView()).toBe(views.agendaView());
    // One chunk for the validator and every view: once it is here, they all are.
    expect(galleryView()).toBe(views.galleryView());
  });
});

describe('the on-demand translations', () => {
  it('has nothing to wait for when core has the language (or none to load)', () => {
    expect(translationWait('en')).toBeUndefined();
    expect(core.loads).toEqual([]);
  });

  it('waits for a language core loads, then not again', async () => {
    core.toLoad.add('ko');
    const waiting = translationWait('ko');
    expect(waiting).toBeInstanceOf(Promise);
    await waiting;
    expect(core.loads).toEqual(['ko']);
    expect(translationWait('ko')).toBeUndefined();
  });

  it('lets English stand in for a translation that could not be loaded, rather than wait for ever', async () => {
    core.toLoad.add('ja');
    core.fails.add('ja');
    await expect(translationWait('ja')).resolves.toBeUndefined();
    expect(translationWait('ja')).toBeUndefined();
    expect(core.loads).toEqual(['ja']);
  });
});
