import { afterEach, describe, expect, it } from 'vitest';
import { toJsonLd, validateForum } from '@forumkit/core';
import { ForumQuote } from './forum-quote.js';
import { axeViolations, emulateColorScheme, schemeBackground } from '../internal/test-a11y.js';
import { inShadow, mount, shadowText, unmountAll } from '../internal/test-dom.js';
import { HOSTILE, hostileSeoulForum, seoulDataCopy, seoulForum } from '../internal/test-seoul.js';

afterEach(async () => {
  unmountAll();
  await emulateColorScheme('light');
});

async function showQuote(forum: unknown, attributes: string): Promise<ForumQuote> {
  const element = mount<ForumQuote>(`<forum-quote ${attributes}></forum-quote>`);
  element.forum = forum;
  await element.updateComplete;
  return element;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
// The Seoul quotes by person, so the test does not depend on how quote ids are spelt.
const quoteOf = (person: string, nth = 0) => seoulForum.quotes!.filter((quote) => quote.person === person)[nth]!.id;

describe('<forum-quote> and the JSON-LD', () => {
  it('agree on the original of a quote said in en-GB with texts keyed ko and en', async () => {
    const data = seoulDataCopy();
    const quote = data.quotes[0];
    quote.language = 'en-GB';
    quote.text = { ko: '안녕하세요', en: 'Hello' };
    const element = await showQuote(data, `quote="${quote.id}" lang="ko"`);
    expect(text(inShadow(element, '.quote-words'))).toBe('안녕하세요');
    expect(text(inShadow(element, '[part=quote-original] [lang]'))).toBe('Hello');
    expect(inShadow(element, '[part=quote-original] [lang]')?.getAttribute('lang')).toBe('en-GB');
    const result = validateForum(data);
    if (!result.ok) throw new Error('invalid');
    const graph = toJsonLd(result.forum, { baseUrl: 'https://example.org/', language: 'ko' })['@graph'] as unknown as Array<Record<string, unknown>>;
    expect(graph.find((node) => node['@id'] === `https://example.org/#quote-${quote.id}`)).toMatchObject({ text: 'Hello', inLanguage: 'en-GB' });
  });
});

describe('<forum-quote>', () => {
  it('shows the English translation first and the Korean original beneath it, each with its lang', async () => {
    const element = await showQuote(seoulForum, `quote="${quoteOf('ju-yongtae')}" lang="en"`);
    const blockquote = inShadow(element, 'figure > blockquote');
    const [first, second] = Array.from(blockquote?.querySelectorAll('[lang]') ?? []);
    expect(first?.getAttribute('lang')).toBe('en');
    expect(text(first)).toBe('Quantum technology will bring innovative change to many fields, including AI, biotechnology and security.');
    expect(second?.getAttribute('lang')).toBe('ko');
    expect(text(second)).toBe('양자기술은 AI, 바이오, 보안 등 다양한 분야에서 혁신적인 변화를 불러올 것');
    expect(text(inShadow(element, '[part=quote-original]'))).toMatch(/^Original 양자기술은/);
  });

  it('names the speaker, their role and the session in the caption', async () => {
    const element = await showQuote(seoulForum, `quote="${quoteOf('ju-yongtae')}" lang="en"`);
    const caption = inShadow(element, 'figure > figcaption');
    expect(text(caption?.querySelector('[part=speaker-name]'))).toBe('Ju Yong-tae');
    expect(text(caption?.querySelector('[part=speaker-role]'))).toBe('Director-General for Creative Industry Planning, Seoul Metropolitan Government');
    expect(text(caption?.querySelector('[part=session]'))).toBe('Session: Opening remarks');
  });

  it('names a titled session by its title', async () => {
    const element = await showQuote(seoulForum, `quote="${quoteOf('matthijs-rijlaarsdam')}" lang="en"`);
    expect(text(inShadow(element, '[part=session]'))).toBe('Session: The Present and Future of the Quantum Technology Industry');
    expect(text(inShadow(element, '[part=speaker-role]'))).toBe('CEO, QuantWare');
  });

  it('shows only the original in Korean, and switches when lang changes', async () => {
    const element = await showQuote(seoulForum, `quote="${quoteOf('chang-joonyeon')}" lang="ko"`);
    const words = element.shadowRoot!.querySelectorAll('blockquote [lang]');
    expect(words).toHaveLength(1);
    expect(words[0]?.getAttribute('lang')).toBe('ko');
    expect(text(words[0])).toBe('양자기술은 이미 의미있는 진전을 이뤄왔다');
    expect(inShadow(element, '[part=quote-original]')).toBeNull();
    expect(text(inShadow(element, '[part=speaker-name]'))).toBe('장준연');
    expect(text(inShadow(element, '[part=session]'))).toBe('발언 세션: 환영사');

    element.setAttribute('lang', 'en');
    await expect.poll(() => text(inShadow(element, '.quote-words'))).toBe('Quantum technology has already made meaningful progress.');
    expect(text(inShadow(element, '[part=session]'))).toBe('Session: Welcome address');
  });

  it('shows the original alone when there is no translation into the display language', async () => {
    const element = await showQuote(seoulForum, `quote="${quoteOf('lee-kiho')}" lang="ja"`);
    const words = element.shadowRoot!.querySelectorAll('blockquote [lang]');
    expect(words).toHaveLength(1);
    expect(words[0]?.getAttribute('lang')).toBe('ko');
  });

  it('takes a plain-text quote as said in the quote language', async () => {
    const data = seoulDataCopy();
    data.quotes[0].text = 'We will build it together.';
    data.quotes[0].language = 'en';
    const element = await showQuote(data, `quote="${data.quotes[0].id}" lang="ko"`);
    const words = element.shadowRoot!.querySelectorAll('blockquote [lang]');
    expect(words).toHaveLength(1);
    expect(words[0]?.getAttribute('lang')).toBe('en');
    expect(text(words[0])).toBe('We will build it together.');
  });

  it('leaves out the speaker with hide-speaker, keeping the session', async () => {
    const element = await showQuote(seoulForum, `quote="${quoteOf('kim-jinhee')}" lang="en" hide-speaker`);
    expect(inShadow(element, '[part=speaker-name]')).toBeNull();
    expect(shadowText(element)).not.toContain('Kim Jin-hee');
    expect(text(inShadow(element, '[part=session]'))).toBe('Session: Seoul: Toward a Globally Competitive Quantum Hub');
  });

  it('says which quote it could not find', async () => {
    const element = await showQuote(seoulForum, 'quote="no-such-quote" lang="en"');
    expect(text(inShadow(element, '[part=status]'))).toBe('no-such-quote');
    expect(inShadow(element, 'blockquote')).toBeNull();
  });

  it('shows hostile text as text', async () => {
    const element = await showQuote(hostileSeoulForum, `quote="${quoteOf('matthijs-rijlaarsdam')}" lang="en"`);
    for (const field of ['text en', 'text ko', 'name en', 'jobTitle en', 'title en']) {
      expect(shadowText(element)).toContain(`${HOSTILE} ${field}`);
    }
    expect(element.shadowRoot?.querySelectorAll('img, a, script')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      await emulateColorScheme(scheme);
      const quotes = await Promise.all([
        showQuote(seoulForum, `quote="${quoteOf('ju-yongtae')}" lang="en"`),
        showQuote(seoulForum, `quote="${quoteOf('hong-jinki', 1)}" lang="ko"`),
      ]);
      for (const element of quotes) {
        schemeBackground(element.parentElement!);
        expect(await axeViolations(element)).toEqual([]);
      }
    });
  }
});
