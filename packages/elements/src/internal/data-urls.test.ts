// Where the data's URLs lead: relative to the forum file they came from, and, with
// `allowed-origins`, only to the origins a site allows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../index.js';
import { controlFetch, type ControlledFetch } from './test-fetch.js';
import { forumDataCopy } from './test-fixtures.js';
import { inShadow, mount, nextEvent, unmountAll } from './test-dom.js';

/** The test forum with URLs of every kind: relative ones, and ones on a CDN and on a tracker. */
function forumWithUrls(): Record<string, any> {
  const data = forumDataCopy() as unknown as Record<string, any>;
  Object.assign(data.people[0], { image: 'people/ju.jpg', url: '../speakers/ju.html' });
  Object.assign(data.people[1], { image: 'https://cdn.example/jane.jpg', url: 'https://tracker.example/jane' });
  Object.assign(data.sessions[1], {
    attendanceMode: 'mixed',
    onlineUrl: 'live/keynote',
    url: 'https://tracker.example/keynote',
    links: [
      { kind: 'slides', url: 'slides/keynote.pdf', title: { en: 'Keynote slides' } },
      { kind: 'paper', url: 'https://tracker.example/paper', title: 'The paper behind it' },
      { kind: 'recording', url: 'https://tracker.example/recording' },
    ],
  });
  data.photos = [
    { id: 'here', url: 'photos/opening.jpg', caption: { en: 'Opening remarks' }, alt: { en: 'The lectern' } },
    { id: 'tracked', url: 'https://tracker.example/hall.jpg', alt: { en: 'A full hall' } },
    { id: 'cdn', url: 'https://cdn.example/stage.jpg', caption: { en: 'The stage' } },
  ];
  return data;
}

afterEach(unmountAll);

type Live = HTMLElement & { updateComplete: Promise<boolean> };

/** Elements of every kind, each loading `src`, and a promise of them once each has shown the forum. */
function mountAll(src: string, attributes = ''): Promise<Record<'agenda' | 'list' | 'gallery', Live>> {
  const container = mount(`<div lang="en">
    <forum-agenda src="${src}" layout="list" ${attributes}></forum-agenda>
    <forum-speaker-list src="${src}" ${attributes}></forum-speaker-list>
    <forum-gallery src="${src}" ${attributes}></forum-gallery>
  </div>`);
  const find = (tag: string) => container.querySelector<Live>(tag)!;
  const elements = { agenda: find('forum-agenda'), list: find('forum-speaker-list'), gallery: find('forum-gallery') };
  return Promise.all(Object.values(elements).map((element) => nextEvent(element, 'forum-load').then(() => element.updateComplete))).then(() => elements);
}

const card = (list: Element, person: string) => list.shadowRoot!.querySelector(`#speaker-${person} forum-speaker-card`)!;
const images = (gallery: Element) => [...gallery.shadowRoot!.querySelectorAll('img')].map((img) => img.src);
const captions = (gallery: Element) =>
  [...gallery.shadowRoot!.querySelectorAll('figcaption')].map((caption) => caption.textContent!.replace(/\s+/g, ' ').trim());
const links = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(`${selector} a`)].map((a) => [a.textContent!.replace(/\s+/g, ' ').trim(), (a as HTMLAnchorElement).href]);

describe('relative URLs in a forum loaded from another place', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch();
  });
  afterEach(() => server.restore());

  async function loadFrom(src: string, attributes = '') {
    const elements = mountAll(src, attributes);
    await expect.poll(() => server.calls.length).toBeGreaterThan(0);
    await server.calls[0]!.respond(JSON.stringify(forumWithUrls()), { headers: { 'content-type': 'application/json' } });
    return elements;
  }

  it('lead where they lead from the forum file, on another origin: photos, portraits, links and the online link', async () => {
    const src = `https://data.example/forums/${Date.now()}/forum.json`;
    const base = new URL('.', src).href;
    const { agenda, list, gallery } = await loadFrom(src);
    expect(images(gallery)).toEqual([`${base}photos/opening.jpg`, 'https://tracker.example/hall.jpg', 'https://cdn.example/stage.jpg']);
    await (card(list, 'ju-yongtae') as Live).updateComplete;
    expect(inShadow<HTMLImageElement>(card(list, 'ju-yongtae'), 'img')?.src).toBe(`${base}people/ju.jpg`);
    expect(links(card(list, 'ju-yongtae'), '[part~="speaker-name"]')).toEqual([['Ju Yong-tae', new URL('../speakers/ju.html', src).href]]);
    const keynote = agenda.shadowRoot!.querySelector<HTMLElement>('#session-keynote')!;
    expect([...keynote.querySelectorAll('a.online, .links a')].map((a) => (a as HTMLAnchorElement).href)).toEqual([
      `${base}live/keynote`,
      'https://tracker.example/keynote',
      `${base}slides/keynote.pdf`,
      'https://tracker.example/paper',
      'https://tracker.example/recording',
    ]);
  });

  it('lead where they lead from where the forum file ended up, after a redirect', async () => {
    const src = `https://data.example/latest/${Date.now()}.json`;
    const moved = `https://archive.data.example/2025/${Date.now()}/forum.json`;
    const elements = mountAll(src);
    await expect.poll(() => server.calls.length).toBeGreaterThan(0);
    await server.calls[0]!.respond(JSON.stringify(forumWithUrls()), { url: moved });
    const { gallery } = await elements;
    expect(images(gallery)[0]).toBe(new URL('photos/opening.jpg', moved).href);
  });

  it('lead where they lead from the forum file, on another path of the page’s origin', async () => {
    const src = `/elsewhere/${Date.now()}/deeper/forum.json`;
    const { gallery } = await loadFrom(src);
    expect(images(gallery)[0]).toBe(new URL(`/elsewhere/${src.split('/')[2]}/deeper/photos/opening.jpg`, location.href).href);
  });
});

describe('allowed-origins', () => {
  let server: ControlledFetch;
  beforeEach(() => {
    server = controlFetch();
  });
  afterEach(() => server.restore());

  async function loadFrom(src: string, attributes: string) {
    const elements = mountAll(src, attributes);
    await expect.poll(() => server.calls.length).toBeGreaterThan(0);
    await server.calls[0]!.respond(JSON.stringify(forumWithUrls()));
    return elements;
  }

  it('shows images and links on those origins and on the forum file’s own; others lose their image or their link, not their words', async () => {
    const src = `https://data.example/forums/${Date.now()}/forum.json`;
    const base = new URL('.', src).href;
    const { agenda, list, gallery } = await loadFrom(src, 'allowed-origins="https://cdn.example https://example.org/"');

    // The tracker's photo is gone; its alt text stands in for the caption it did not have.
    expect(images(gallery)).toEqual([`${base}photos/opening.jpg`, 'https://cdn.example/stage.jpg']);
    expect(captions(gallery)).toEqual(['Opening remarks', 'A full hall', 'The stage']);

    // Jane's portrait is on the CDN; her page is on the tracker: her name stays, as text.
    const jane = card(list, 'jane-doe') as Live;
    await jane.updateComplete;
    expect(inShadow<HTMLImageElement>(jane, 'img')?.src).toBe('https://cdn.example/jane.jpg');
    expect(links(jane, '[part~="speaker-name"]')).toEqual([]);
    expect(inShadow(jane, '[part~="speaker-name"]')?.textContent?.trim()).toBe('Jane Doe');
    expect(links(card(list, 'ju-yongtae'), '[part~="speaker-name"]')).toEqual([['Ju Yong-tae', new URL('../speakers/ju.html', src).href]]);

    // The session's page and its untitled recording say nothing without their address; the paper keeps its title.
    const keynote = agenda.shadowRoot!.querySelector<HTMLElement>('#session-keynote')!;
    expect([...keynote.querySelectorAll('.links li')].map((item) => [item.textContent!.trim(), item.querySelector('a')?.href])).toEqual([
      ['Keynote slides', `${base}slides/keynote.pdf`],
      ['The paper behind it', undefined],
    ]);
    expect(keynote.querySelector<HTMLAnchorElement>('a.online')?.href).toBe(`${base}live/keynote`);
    expect(agenda.shadowRoot!.querySelector('a[href^="https://tracker.example"]')).toBeNull();
  });

  it('follows a change of the attribute', async () => {
    const src = `https://data.example/forums/${Date.now()}/forum.json`;
    const { gallery } = await loadFrom(src, 'allowed-origins=""');
    // Empty: the forum file's own origin only.
    expect(images(gallery)).toEqual([new URL('photos/opening.jpg', src).href]);
    gallery.setAttribute('allowed-origins', 'https://tracker.example');
    await gallery.updateComplete;
    expect(images(gallery)).toEqual([new URL('photos/opening.jpg', src).href, 'https://tracker.example/hall.jpg']);
    gallery.removeAttribute('allowed-origins');
    await gallery.updateComplete;
    expect(images(gallery)).toHaveLength(3);
  });
});

describe('data on the page itself', () => {
  it('keeps its relative URLs as written: they are relative to the page', async () => {
    const id = `urls-${Date.now()}`;
    mount(`<script type="application/json" id="${id}">${JSON.stringify(forumWithUrls())}</script>`);
    const gallery = mount<Live>(`<forum-gallery src="#${id}" lang="en" allowed-origins="https://cdn.example"></forum-gallery>`);
    await gallery.updateComplete;
    expect([...gallery.shadowRoot!.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'photos/opening.jpg',
      'https://cdn.example/stage.jpg',
    ]);
    expect(images(gallery)[0]).toBe(new URL('photos/opening.jpg', document.baseURI).href);
  });
});
