import { ForumValidationError, validateForum, type Forum } from '@forumkit/core';
import { presentForum, resolveText, speakers } from '@forumkit/core/present';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seoulDataCopy, seoulForum } from '../../elements/src/internal/test-seoul.js';
import { renderForumPage } from './render-page.js';
import { deepCount, launchChromium, visibleText } from '../../elements/src/internal/test-chromium.js';

const baseUrl = 'https://example.org/seoul/';
const DSD = '<template shadowroot="open" shadowrootmode="open">';
const TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'] as const;

const scripts = (page: string, type: string) =>
  [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => attributes!.includes(`type="${type}"`)).map(([, , body]) => body!);
const head = (page: string) => page.slice(0, page.indexOf('</head>'));

/** What a reader of the Seoul page must find in `language`: every session, speaker, quote and photo. */
function expectedTexts(forum: Forum, language: string): string[] {
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, language, forum.languages) ?? '';
  return [
    ...forum.sessions.map((session) => presentForum(forum, { language }).sessionName(session).text),
    ...speakers(forum).flatMap((person) => [text(person.name), ...(person.jobTitle ? [text(person.jobTitle)] : [])]),
    ...(forum.quotes ?? []).map((quote) => text(quote.text)),
    ...(forum.photos ?? []).flatMap((photo) => [text(photo.caption), text(photo.credit)]),
  ].map((value) => value.replace(/\s+/g, ' ').trim());
}

describe('renderForumPage (the Seoul forum)', () => {
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    for (const language of ['ko', 'en']) pages[language] = await renderForumPage(seoulDataCopy(), { baseUrl, language });
  });

  it('renders every element into a declarative shadow root', () => {
    const page = pages.ko!;
    const counts = Object.fromEntries(TAGS.map((tag) => [tag, page.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0]));
    expect(counts).toEqual({ 'forum-agenda': 1, 'forum-speaker-list': 1, 'forum-speaker-card': 8, 'forum-quote': 15, 'forum-gallery': 1 });
    for (const [, tag, rest] of page.matchAll(/<(forum-[a-z-]+)\b[^>]*>([\s\S]{0,60})/g)) {
      expect(rest, `<${tag}> is followed by its shadow root`).toMatch(new RegExp(`^${DSD}`));
    }
    expect(page).not.toContain('role="status"'); // no element is left "loading"
  });

  it('sets <html lang> to the page language', () => {
    expect(pages.ko).toMatch(/^<!doctype html>\n<html lang="ko" dir="ltr">/);
    expect(pages.en).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(pages.en).toContain('<title>3rd Seoul Quantum Platform Forum</title>');
    expect(pages.ko).toContain('<title>제3회 서울퀀텀플랫폼포럼</title>');
  });

  it('puts the forum’s JSON-LD, with its Event, in <head>', () => {
    for (const [language, page] of Object.entries(pages)) {
      const [jsonLd, ...others] = scripts(head(page), 'application/ld+json');
      expect(others).toEqual([]);
      const graph = (JSON.parse(jsonLd!) as { '@graph': Array<Record<string, unknown>> })['@graph'];
      const event = graph.find((node) => node['@id'] === `${baseUrl}#forum`);
      expect(event).toMatchObject({ '@type': 'Event', startDate: '2024-10-28', inLanguage: 'ko' }); // the forum's language
      expect(event!.name).toBe(resolveText(seoulForum.name, language));
    }
  });

  it('carries the forum data the elements read in the browser, unchanged', () => {
    const [data, ...others] = scripts(pages.ko!, 'application/json');
    expect(others).toEqual([]);
    expect(pages.ko).toContain('<script type="application/json" id="forum-data">');
    const result = validateForum(JSON.parse(data!));
    expect(result.ok && result.forum).toEqual(seoulForum);
    expect(pages.ko!.match(/ src="#forum-data"/g)).toHaveLength(1 + 1 + 15 + 1); // agenda, list, quotes, gallery
  });

  it('adds the bundle only when asked', async () => {
    expect(pages.ko).not.toContain('<script type="module"');
    const page = await renderForumPage(seoulForum, { baseUrl, scriptUrl: './forumkit-hydrate.js?v="1"' });
    expect(page).toContain('<script type="module" src="./forumkit-hydrate.js?v=&quot;1&quot;"></script>\n</body>');
  });

  it('rejects invalid data with every issue', async () => {
    const data = seoulDataCopy();
    data.timeZone = 'Mars/Olympus';
    delete data.start;
    const error = await renderForumPage(data, { baseUrl }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ForumValidationError);
    expect((error as ForumValidationError).issues.map((issue) => issue.path)).toEqual(['start', 'timeZone']);
    expect((error as Error).message).toMatch(/start: is required[\s\S]*timeZone: must be an IANA time zone/);
  });
});

describe('one voice: the Seoul page names each thing one way', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  /** What a reader finds on the page: text by selector, within the shadow roots of `host` elements. */
  async function open(data: unknown, language: string) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(await renderForumPage(data, { baseUrl, language }));
    const texts = (host: string, selector: string) =>
      page.evaluate(
        ([host, selector]) =>
          [...document.querySelectorAll(host)].flatMap((element) =>
            [...(element.shadowRoot ?? document).querySelectorAll(selector)].map((found) => found.textContent!.replace(/\s+/g, ' ').trim()),
          ),
        [host, selector] as const,
      );
    return { page, texts, close: () => context.close() };
  }

  for (const language of ['en', 'ko']) {
    it(`names a quote’s session as the programme names it (${language})`, async () => {
      const { texts, close } = await open(seoulForum, language);
      const quoted = await texts('forum-quote', '[part~="session"] bdi');
      const programme = new Map(seoulForum.sessions.map((session, i) => [session.id, i]));
      const titles = await texts('forum-agenda', '[part~="title"]');
      expect(quoted).toEqual(seoulForum.quotes!.map((quote) => titles[programme.get(quote.session!)!]));
      // The translation owns the phrase around the name.
      const lines = await texts('forum-quote', '[part~="session"]');
      const template = presentForum(seoulForum, { language }).translation.terms.saidAt;
      expect(lines).toEqual(quoted.map((name) => template.replace('{session}', name)));
      await close();
    });

    it(`names an organisation in full on quote cards, as the programme and the speaker cards do (${language})`, async () => {
      const { texts, close } = await open(seoulForum, language);
      const present = presentForum(seoulForum, { language });
      const kist = present.index.organizations.get('kist')!;
      const full = present.organizationName(kist).text;
      expect(await texts('forum-agenda', '[part~="affiliation"]')).toContain(full);
      // Chang Joonyeon's quotes, by the Vice President of KIST.
      const role = `${present.text(present.index.people.get('chang-joonyeon')!.jobTitle)!.text}${present.term('separator')}${full}`;
      expect(await texts('forum-quote[quote^="chang-joonyeon"]', '[part~="speaker-role"]')).toEqual([role, role]);
      const everyRole = (await texts('forum-quote', '[part~="speaker-role"]')).join(' | ');
      expect(everyRole).not.toMatch(/\bKIST\b|\bK-QICO\b/);
      await close();
    });

    it(`dates the page’s header as the programme heads its day (${language})`, async () => {
      const { page, texts, close } = await open(seoulForum, language);
      const header = (await page.locator('.forum-when').textContent())!.trim();
      expect(await texts('forum-agenda', '[part~="day-heading"]')).toEqual([header]);
      expect(header).toBe(presentForum(seoulForum, { language }).day('2024-10-28'));
      await close();
    });

    it(`gives the coverage’s headline in the page’s language (${language})`, async () => {
      const { page, close } = await open(seoulForum, language);
      const headline = seoulForum.coverage![0]!.headline as Record<string, string>;
      expect((await page.locator('.coverage cite').textContent())!.trim()).toBe(headline[language]);
      // In the page's language: nothing to mark.
      expect(await page.locator('.coverage cite [lang]').count()).toBe(0);
      await close();
    });
  }

  it('marks a headline the page’s language lacks with the language it is in', async () => {
    const data = seoulDataCopy();
    data.coverage[0].headline = { ko: data.coverage[0].headline.ko };
    const { page, close } = await open(data, 'en');
    expect(await page.locator('.coverage cite bdi').getAttribute('lang')).toBe('ko');
    await close();
  });

  it('names the zone of timed sessions as its readers know it: KST, not GMT+9', async () => {
    const data = seoulDataCopy();
    data.sessions.forEach((session: Record<string, unknown>, i: number) => (session.start = `2024-10-28T${String(9 + i).padStart(2, '0')}:00`));
    for (const [language, note] of [
      ['en', 'Times in KST'],
      ['ko', 'KST 기준'],
    ] as const) {
      const { texts, close } = await open(data, language);
      expect(await texts('forum-agenda', '[part~="time-zone"]')).toEqual([note]);
      await close();
    }
  });

  it('breaks Korean text between words in the page and in every element alike, and nowhere inside a word', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.setContent(await renderForumPage(seoulForum, { baseUrl, language: 'ko' }));
    const found = await page.evaluate(() => {
      const styles = new Set<string>();
      const brokenWords: string[] = [];
      const hangul = /[\uac00-\ud7a3]/;
      const visit = (root: Document | ShadowRoot): void => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.nodeValue ?? '';
          if (!hangul.test(text) || !node.parentElement?.checkVisibility()) continue;
          const style = getComputedStyle(node.parentElement);
          styles.add(`${style.wordBreak} ${style.overflowWrap}`);
          // A line that starts between two syllables of a word.
          let top: number | undefined;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (top !== undefined && rect.top > top + 2 && hangul.test(text[i]!) && hangul.test(text[i - 1] ?? '')) brokenWords.push(text);
            top = rect.top;
          }
        }
        for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) visit(element.shadowRoot);
      };
      visit(document);
      return { styles: [...styles], brokenWords };
    });
    expect(found).toEqual({ styles: ['keep-all anywhere'], brokenWords: [] });
    await context.close();
  }, 30_000);
});

describe('hostile text in the data', () => {
  const name = '</title><script>alert(1)</script>';
  const description = '"><img src=x onerror=alert(1)>';
  const person = '</script><script>alert(3)</script>';
  let page: string;
  beforeAll(async () => {
    const data = seoulDataCopy();
    data.name = { ko: name, en: name };
    data.description = { ko: description, en: description };
    data.people[0].name = { ko: person, en: person };
    page = await renderForumPage(data, { baseUrl, language: 'en' });
  });

  it('stays text in the title, the meta description and the shadow roots', () => {
    expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('<meta name="description" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(page).not.toMatch(/<script>|<img src=x/);
    expect(page.match(/<script\b/g)).toHaveLength(2); // the JSON-LD and the forum data, nothing else
  });

  it('stays data in the JSON-LD and forum-data scripts, which parse back to the same strings', () => {
    const [jsonLd] = scripts(page, 'application/ld+json');
    const [data] = scripts(page, 'application/json');
    for (const body of [jsonLd!, data!]) expect(body).not.toMatch(/<|>/);
    const graph = (JSON.parse(jsonLd!) as { '@graph': Array<Record<string, unknown>> })['@graph'];
    expect(graph.find((node) => node['@id'] === `${baseUrl}#forum`)).toMatchObject({ name, description });
    expect(graph.some((node) => node.name === person)).toBe(true);
    const forum = JSON.parse(data!) as { name: unknown; people: Array<{ name: unknown }> };
    expect(forum.name).toEqual({ ko: name, en: name });
    expect(forum.people[0]!.name).toEqual({ ko: person, en: person });
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  for (const language of ['ko', 'en']) {
    it(`shows every session, speaker, quote and photo with JavaScript disabled (${language})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.setContent(await renderForumPage(seoulForum, { baseUrl, language }));
      const shown = await visibleText(page);
      const expected = expectedTexts(seoulForum, language);
      expect(expected).toHaveLength(6 + 8 + 7 + 15 + 10 * 2); // Hong Jin-ki has no job title
      expect(expected.filter((text) => !shown.includes(text))).toEqual([]);
      expect(await deepCount(page, 'img[src^="photos/"]')).toBe(10);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      await context.close();
    }, 30_000);
  }

  it('runs nothing from hostile data and shows it as text', async () => {
    const data = seoulDataCopy();
    const name = '</title><script>window.__pwned=1</script>';
    data.name = { ko: name, en: name };
    data.description = { ko: '"><img src=x onerror="window.__pwned=2">', en: '"><img src=x onerror="window.__pwned=2">' };
    data.people[0].name = { ko: '</script><script>window.__pwned=3</script>', en: '</script><script>window.__pwned=3</script>' };
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
    await page.setContent(await renderForumPage(data, { baseUrl, language: 'en' }));
    expect(await page.title()).toBe(name);
    expect(await page.locator('meta[name=description]').getAttribute('content')).toBe(data.description.en);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await deepCount(page, 'img[src=x], script:not([type])')).toBe(0);
    expect(await visibleText(page)).toContain('</script><script>window.__pwned=3</script>');
    expect(dialogs).toEqual([]);
    await context.close();
  }, 30_000);
});
