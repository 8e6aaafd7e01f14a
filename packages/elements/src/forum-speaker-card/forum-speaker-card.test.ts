import { afterEach, describe, expect, it } from 'vitest';
import { parseForum, type Forum } from '@forumkit/core';
import { ForumSpeakerCard } from './forum-speaker-card.js';
import { axeViolations, emulateColorScheme, schemeBackground } from '../internal/test-a11y.js';
import { inShadow, mount, nextEvent, shadowText, unmountAll } from '../internal/test-dom.js';
import { HOSTILE, hostileSeoulForum, seoulDataCopy, seoulForum } from '../internal/test-seoul.js';

afterEach(async () => {
  unmountAll();
  await emulateColorScheme('light');
});

async function showCard(forum: unknown, attributes: string): Promise<ForumSpeakerCard> {
  const card = mount<ForumSpeakerCard>(`<forum-speaker-card ${attributes}></forum-speaker-card>`);
  card.forum = forum;
  await card.updateComplete;
  return card;
}

const partText = (card: Element, part: string) => inShadow(card, `[part~=${part}]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<forum-speaker-card>', () => {
  it('shows name, job title and organisation in the display language and follows lang changes', async () => {
    const card = await showCard(seoulForum, 'person="ju-yongtae" lang="ko"');
    expect(partText(card, 'speaker-name')).toBe('주용태');
    expect(partText(card, 'job-title')).toBe('창조산업기획관');
    expect(partText(card, 'affiliation')).toBe('서울시');

    card.setAttribute('lang', 'en');
    await expect.poll(() => partText(card, 'speaker-name')).toBe('Ju Yong-tae');
    expect(partText(card, 'job-title')).toBe('Director-General for Creative Industry Planning');
    expect(partText(card, 'affiliation')).toBe('Seoul Metropolitan Government');
  });

  it('shows initials instead of a photo when the person has no image', async () => {
    const card = await showCard(seoulForum, 'person="matthijs-rijlaarsdam" lang="en"');
    const portrait = inShadow(card, '[part=portrait]');
    expect(portrait?.tagName).toBe('SPAN');
    expect(portrait?.textContent?.trim()).toBe('MR');
    expect(portrait?.getAttribute('aria-hidden')).toBe('true'); // the name is right next to it
    expect(inShadow(card, 'img')).toBeNull();

    card.setAttribute('lang', 'ko');
    await expect.poll(() => inShadow(card, '[part=portrait]')?.textContent?.trim()).toBe('마');
  });

  it('shows the portrait with alt text when the person has an image', async () => {
    const data = seoulDataCopy();
    data.people.find((person: { id: string }) => person.id === 'chang-joonyeon').image = '/portraits/chang-joonyeon.jpg';
    const card = await showCard(data, 'person="chang-joonyeon" lang="en"');
    const img = inShadow<HTMLImageElement>(card, 'img[part=portrait]');
    expect(img?.getAttribute('src')).toBe('/portraits/chang-joonyeon.jpg');
    expect(img?.alt).toBe('Portrait of Chang Joonyeon');
    expect(shadowText(card)).not.toContain('CJ');
  });

  it('leaves out what the person does not have', async () => {
    const card = await showCard(seoulForum, 'person="hong-jinki" lang="en"');
    expect(inShadow(card, '[part=job-title]')).toBeNull();
    expect(partText(card, 'affiliation')).toBe('Regional Industry Location Research Institute');
  });

  it('lists every organisation of a person, and the bio when with-bio is set', async () => {
    const data = seoulDataCopy();
    const person = data.people.find((entry: { id: string }) => entry.id === 'han-sangwook');
    person.affiliations = ['kist', 'k-qico'];
    person.bio = { ko: '양자 플랫폼 사업을 이끈다.', en: 'Leads the quantum platform programme.' };
    const card = await showCard(data, 'person="han-sangwook" lang="en"');
    expect(partText(card, 'affiliation')).toBe('Korea Institute of Science and Technology, K-Quantum International Cooperation Office');
    expect(inShadow(card, '[part=bio]')).toBeNull();
    card.withBio = true;
    await card.updateComplete;
    expect(partText(card, 'bio')).toBe('Leads the quantum platform programme.');
  });

  it('links the name when the person has a web page, and uses the heading level asked for', async () => {
    const data = seoulDataCopy();
    data.people.find((person: { id: string }) => person.id === 'kim-jinhee').url = 'https://example.org/kim-jinhee';
    const card = await showCard(data, 'person="kim-jinhee" lang="en" heading-level="2"');
    const link = inShadow<HTMLAnchorElement>(card, 'h2[part=speaker-name] a');
    expect(link?.getAttribute('href')).toBe('https://example.org/kim-jinhee');
    expect(link?.textContent?.trim()).toBe('Kim Jin-hee');

    card.headingLevel = 0;
    await card.updateComplete;
    expect(inShadow(card, 'h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(inShadow(card, 'p[part=speaker-name]')?.textContent?.trim()).toBe('Kim Jin-hee');
  });

  it('shows the first quote with the original under the translation when with-quote is set', async () => {
    const card = await showCard(seoulForum, 'person="ju-yongtae" lang="en" with-quote');
    const words = inShadow(card, '[part=quote-text] .quote-words');
    expect(words?.getAttribute('lang')).toBe('en');
    expect(words?.textContent).toContain('Quantum technology will bring innovative change');
    const original = inShadow(card, '[part=quote-original]');
    expect(original?.textContent).toContain('Original');
    expect(original?.querySelector('[lang=ko]')?.textContent).toContain('양자기술은 AI, 바이오, 보안 등');
    expect(partText(card, 'quote-caption')).toBe('Session: Opening remarks');
    // The card already names the speaker: the quote does not repeat it.
    expect(shadowText(card).match(/Ju Yong-tae/g)).toHaveLength(1);

    card.withQuote = false;
    await card.updateComplete;
    expect(inShadow(card, 'blockquote')).toBeNull();
  });

  it('says which person it could not find', async () => {
    const card = await showCard(seoulForum, 'person="nobody-here" lang="en"');
    expect(partText(card, 'status')).toBe('nobody-here');
    expect(inShadow(card, '[part=card]')).toBeNull();
  });

  it('shows hostile text as text', async () => {
    const card = await showCard(hostileSeoulForum, 'person="ju-yongtae" lang="en" with-quote');
    expect(shadowText(card)).toContain(`${HOSTILE} name en`);
    expect(shadowText(card)).toContain(`${HOSTILE} jobTitle en`);
    expect(shadowText(card)).toContain(`${HOSTILE} text en`);
    expect(card.shadowRoot?.querySelectorAll('img, script')).toHaveLength(0);
    // The only links lead to the person's sessions in the programme, by id.
    const hrefs = [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#session-opening-remarks']);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('refuses javascript: URLs in the image and web page fields', async () => {
    const data = seoulDataCopy();
    const person = data.people.find((entry: { id: string }) => entry.id === 'ju-yongtae');
    person.image = 'javascript:alert(1)';
    person.url = ' javascript:alert(1)';
    const failed = nextEvent(document, 'forum-error');
    const card = await showCard(data, 'person="ju-yongtae" lang="en"');
    expect(inShadow(card, '[role=alert]')?.textContent?.trim()).toBe('The speakers could not be loaded.');
    const { failure } = await failed;
    const index = data.people.indexOf(person);
    expect(failure.kind === 'invalid' && failure.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([`people[${index}].image`, `people[${index}].url`]),
    );
    expect(card.shadowRoot?.querySelectorAll('img, a')).toHaveLength(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode, with and without a quote`, async () => {
      await emulateColorScheme(scheme);
      const data = seoulDataCopy();
      data.people.find((person: { id: string }) => person.id === 'chang-joonyeon').url = 'https://example.org/chang';
      const forum: Forum = parseForum(data);
      const cards = await Promise.all([
        showCard(forum, 'person="ju-yongtae" lang="en" with-quote'),
        showCard(forum, 'person="chang-joonyeon" lang="ko" with-quote'),
      ]);
      for (const card of cards) {
        schemeBackground(card.parentElement!);
        expect(await axeViolations(card)).toEqual([]);
      }
    });
  }
});
