// What a visitor reads while an element's data loads and when it cannot be shown: the part of the
// forum the element shows, named in the visitor's language, and said once for a page whose
// elements share a source that failed. The cause (URL, status, invalid paths) is for the site's
// developer: the console, once per failure, and each element's `forum-error`.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../index.js';
import type { ForumErrorEvent } from './events.js';
import { axeViolations } from './test-a11y.js';
import { controlFetch, uniqueUrl, type ControlledFetch } from './test-fetch.js';
import { inShadow, mount, recordEvents, shadowText, unmountAll } from './test-dom.js';
import { invalidForumData } from './test-fixtures.js';

let server: ControlledFetch;
let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  server = controlFetch();
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  server.restore();
  unmountAll();
  vi.restoreAllMocks();
});

type Updating = HTMLElement & { updateComplete: Promise<boolean> };
const updated = (...elements: Element[]) => Promise.all(elements.map((element) => (element as Updating).updateComplete));

describe('while the data loads', () => {
  it.each([
    ['forum-agenda', '', 'Loading the programme…', 4],
    ['forum-speaker-card', 'person="ju-yongtae"', 'Loading the speakers…', 1],
    ['forum-speaker-list', 'people="ju-yongtae jane-doe kim-min"', 'Loading the speakers…', 3],
    ['forum-speaker-list', '', 'Loading the speakers…', 6],
    ['forum-quote', 'quote="ju-opening"', 'Loading the quote…', 1],
    ['forum-gallery', 'photos="opening-photo"', 'Loading the photos…', 1],
    ['forum-gallery', '', 'Loading the photos…', 6],
  ])('<%s %s> says what it loads, and holds room for it that only the eye sees', async (tag, attributes, text, shapes) => {
    const element = mount(`<${tag} lang="en" src="${uniqueUrl()}" ${attributes}></${tag}>`);
    await updated(element);
    const status = inShadow(element, '[role=status]');
    expect(status?.textContent).toBe(text);
    const placeholder = status?.querySelector('[aria-hidden="true"]');
    expect(placeholder?.children).toHaveLength(shapes);
    // Taller than the line of text: room for what is coming.
    expect(placeholder!.getBoundingClientRect().height).toBeGreaterThan(100);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('holds as many photos to a row as the gallery will show', async () => {
    const url = uniqueUrl();
    const container = mount('<div style="width: 1100px"></div>');
    container.innerHTML = `<forum-gallery lang="en" src="${url}"></forum-gallery>`;
    const gallery = container.firstElementChild!;
    await updated(gallery);
    const shapes = [...inShadow(gallery, '[aria-hidden="true"]')!.children].map((shape) => shape.getBoundingClientRect());
    // 15rem columns in 1100px: four to a row, photos at 3:2 with their caption under them.
    expect(new Set(shapes.map((shape) => shape.top)).size).toBe(2);
    expect(shapes.filter((shape) => shape.top === shapes[0]!.top)).toHaveLength(4);
    expect(shapes[0]!.height).toBeGreaterThan((shapes[0]!.width * 2) / 3);
  });
});

describe('a source that fails, shared by three elements', () => {
  async function threeElements(url: string, lang = 'en') {
    const container = mount('<div></div>');
    // The quote asks for the data first, yet the agenda comes first on the page.
    container.innerHTML = `<forum-quote lang="${lang}" src="${url}" quote="ju-opening"></forum-quote>`;
    const quote = container.firstElementChild!;
    await updated(quote);
    container.insertAdjacentHTML(
      'afterbegin',
      `<forum-agenda lang="${lang}" src="${url}"></forum-agenda><forum-speaker-list lang="${lang}" src="${url}"></forum-speaker-list>`,
    );
    const [agenda, list] = [container.children[0]!, container.children[1]!];
    await updated(agenda, list);
    expect(server.calls).toHaveLength(1);
    return { container, agenda, list, quote };
  }

  const alerts = (...elements: Element[]) => elements.filter((element) => inShadow(element, '[role=alert]'));

  it('tells the visitor once, in the first element on the page; the console once, with the URL and every path; each forum-error, all of it', async () => {
    const url = uniqueUrl();
    const { container, agenda, list, quote } = await threeElements(url);
    const events = recordEvents(container, 'forum-error');
    await server.calls[0]!.respond(JSON.stringify(invalidForumData()));
    await expect.poll(() => events.events.length).toBe(3);
    await updated(agenda, list, quote);

    expect(alerts(agenda, list, quote)).toEqual([agenda]);
    expect(shadowText(agenda)).toBe('The programme could not be loaded.');
    expect(shadowText(list)).toBe('Not available.');
    expect(shadowText(quote)).toBe('Not available.');

    const href = new URL(url, document.baseURI).href;
    expect(consoleError).toHaveBeenCalledTimes(1);
    const [logged] = consoleError.mock.calls[0]!;
    expect(logged).toContain(href);
    expect(logged).toContain('timeZone: must be an IANA time zone');
    expect(logged).toContain('sessions[0].participants[0].person: no person with id "nobody"');

    expect(events.events.map((event) => event.target)).toEqual(expect.arrayContaining([agenda, list, quote]));
    for (const event of events.events as ForumErrorEvent[]) {
      expect(event.detail).toMatchObject({ kind: 'invalid', url: href });
      expect(event.detail.kind === 'invalid' && event.detail.issues.map((issue) => issue.path)).toEqual(['timeZone', 'sessions[0].participants[0].person']);
    }
  });

  it('hands the full message to the next element when the first leaves the page', async () => {
    const { agenda, list, quote } = await threeElements(uniqueUrl());
    server.calls[0]!.fail();
    await expect.poll(() => alerts(agenda, list, quote)).toEqual([agenda]);
    agenda.remove();
    await expect.poll(() => alerts(list, quote)).toEqual([list]);
    expect(shadowText(list)).toBe('The speakers could not be loaded.');
    expect(shadowText(quote)).toBe('Not available.');
  });

  it('tells each source once: elements with another source tell their own', async () => {
    const { agenda, list, quote } = await threeElements(uniqueUrl());
    const other = mount(`<forum-gallery lang="en" src="${uniqueUrl('other')}"></forum-gallery>`);
    await updated(other);
    for (const call of server.calls) call.fail();
    await expect.poll(() => alerts(agenda, list, quote, other)).toEqual([agenda, other]);
    expect(shadowText(other)).toBe('The photos could not be loaded.');
    expect(consoleError).toHaveBeenCalledTimes(2);
  });

  it('speaks the visitor’s language', async () => {
    const { agenda, list, quote } = await threeElements(uniqueUrl(), 'ko');
    void server.calls[0]!.respond('not found', { status: 404, statusText: 'Not Found' });
    await expect.poll(() => alerts(agenda, list, quote)).toEqual([agenda]);
    expect(shadowText(agenda)).toBe('프로그램을 불러오지 못했습니다.');
    expect(shadowText(list)).toBe('불러오지 못했습니다.');
    expect(consoleError.mock.calls.map(([message]) => String(message))).toEqual([expect.stringMatching(/answered 404 Not Found$/)]);
  });
});
