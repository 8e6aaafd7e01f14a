import { afterEach, describe, expect, it } from 'vitest';
import { ForumSpeakerList } from './forum-speaker-list.js';
import type { ForumLoadEvent } from '../internal/events.js';
import { axeViolations, emulateColorScheme, schemeBackground } from '../internal/test-a11y.js';
import { mount, nextEvent, recordEvents, unmountAll } from '../internal/test-dom.js';
import { HOSTILE, hostileSeoulForum, seoulData, seoulDataCopy, seoulForum } from '../internal/test-seoul.js';

afterEach(async () => {
  unmountAll();
  await emulateColorScheme('light');
});

async function showList(forum: unknown, attributes = '', width?: string): Promise<ForumSpeakerList> {
  const list = mount<ForumSpeakerList>(`<forum-speaker-list ${attributes}></forum-speaker-list>`);
  if (width) list.parentElement!.style.width = width;
  list.forum = forum;
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
  return list;
}

const cards = (list: ForumSpeakerList) => Array.from(list.shadowRoot?.querySelectorAll('forum-speaker-card') ?? []);
const part = (card: Element, name: string) => card.shadowRoot?.querySelector(`[part~=${name}]`)?.textContent?.replace(/\s+/g, ' ').trim();
const column = (list: ForumSpeakerList, name: string) => cards(list).map((card) => part(card, name));

const SPEAKERS_KO = ['주용태', '장준연', '마티스 라즐라스담', '홍진기', '한상욱', '노광석', '이기호', '김진희'];
const SPEAKERS_EN = ['Ju Yong-tae', 'Chang Joonyeon', 'Matthijs Rijlaarsdam', 'Hong Jin-ki', 'Han Sang-wook', 'Noh Kwang-seok', 'Lee Ki-ho', 'Kim Jin-hee'];

// What the data says each speaker's title and organisation are, for comparing with what is shown.
type Text = Record<string, string>;
const people = (seoulData.people ?? []) as unknown as Array<{ id: string; name: Text; jobTitle?: Text; affiliations?: string[] }>;
const organizations = (seoulData.organizations ?? []) as unknown as Array<{ id: string; name: Text }>;
const authored = (language: string) =>
  SPEAKERS_EN.map((name) => people.find((person) => person.name.en === name)!).map((person) => ({
    title: person.jobTitle?.[language],
    affiliation: organizations.find((organization) => organization.id === person.affiliations?.[0])?.name[language],
  }));

describe('<forum-speaker-list>', () => {
  it('shows all eight speakers in agenda order with titles and organisations, in Korean and then English', async () => {
    const list = await showList(seoulForum, 'lang="ko"');
    expect(list.shadowRoot?.querySelectorAll('ul[part=list] > li[part=item] > forum-speaker-card')).toHaveLength(8);
    expect(column(list, 'speaker-name')).toEqual(SPEAKERS_KO);
    expect(column(list, 'job-title')).toEqual(authored('ko').map((person) => person.title));
    expect(column(list, 'affiliation')).toEqual(authored('ko').map((person) => person.affiliation));
    expect(column(list, 'job-title')[0]).toBe('창조산업기획관');
    // The reporter takes part in no session, so is not a speaker.
    expect(column(list, 'speaker-name')).not.toContain('김수미');

    list.setAttribute('lang', 'en');
    await expect.poll(() => column(list, 'speaker-name')).toEqual(SPEAKERS_EN);
    expect(column(list, 'job-title')).toEqual(authored('en').map((person) => person.title));
    expect(column(list, 'affiliation')).toEqual(authored('en').map((person) => person.affiliation));
    expect(column(list, 'affiliation')[1]).toBe('Korea Institute of Science and Technology');
    expect(list.shadowRoot?.querySelector('ul')?.getAttribute('aria-label')).toBe('Speakers');
  });

  it('follows the language of the page when it has none of its own', async () => {
    const list = await showList(seoulForum);
    list.parentElement!.setAttribute('lang', 'en');
    await expect.poll(() => column(list, 'speaker-name')[0]).toBe('Ju Yong-tae');
    list.parentElement!.setAttribute('lang', 'ko');
    await expect.poll(() => column(list, 'speaker-name')[0]).toBe('주용태');
  });

  it('shows only the people named, in the order given, speakers or not', async () => {
    const list = await showList(seoulForum, 'lang="en" people=" kim-jinhee  ju-yongtae kim-sumi "');
    expect(column(list, 'speaker-name')).toEqual(['Kim Jin-hee', 'Ju Yong-tae', 'Kim Su-mi']);

    list.people = 'lee-kiho';
    await list.updateComplete;
    await expect.poll(() => column(list, 'speaker-name')).toEqual(['Lee Ki-ho']);
  });

  it('gives the cards its data: one forum-load reaches the page, from the list', async () => {
    const recorder = recordEvents(document, 'forum-load');
    const list = await showList(seoulForum, 'lang="en"');
    await new Promise((resolve) => setTimeout(resolve, 50));
    recorder.stop();
    expect(recorder.events.map((event) => event.target)).toEqual([list]);
    const shown = (recorder.events[0] as ForumLoadEvent).forum;
    for (const card of cards(list)) {
      expect(card.forum).toBe(shown);
      expect(card.hasAttribute('src')).toBe(false);
    }
  });

  it('passes with-quotes and heading-level to every card', async () => {
    const list = await showList(seoulForum, 'lang="en" with-quotes heading-level="4"');
    for (const card of cards(list)) {
      expect(card.shadowRoot?.querySelector('h4[part=speaker-name]')).not.toBeNull();
      expect(card.shadowRoot?.querySelector('blockquote')).not.toBeNull();
    }
    expect(cards(list)[0]?.shadowRoot?.querySelector('.quote-words')?.textContent).toContain('Quantum technology will bring');
  });

  it('lays the cards out in columns that fit the width, down to one column at 320px', async () => {
    const wide = await showList(seoulForum, 'lang="en"', '1100px');
    const wideTops = cards(wide).map((card) => card.getBoundingClientRect().top);
    expect(wideTops.filter((top) => top === wideTops[0]).length).toBeGreaterThanOrEqual(3);

    const narrow = await showList(seoulForum, 'lang="en"', '320px');
    const boxes = cards(narrow).map((card) => card.getBoundingClientRect());
    expect(new Set(boxes.map((box) => box.left)).size).toBe(1);
    expect(boxes.every((box, i) => i === 0 || box.top >= boxes[i - 1]!.bottom)).toBe(true);
    expect(boxes.every((box) => box.width <= 320)).toBe(true);
    const ul = narrow.shadowRoot!.querySelector('ul')!;
    expect(ul.scrollWidth).toBeLessThanOrEqual(ul.clientWidth);
  });

  it('takes the narrowest column width from --forum-speaker-list-columns-min', async () => {
    const list = await showList(seoulForum, 'lang="en" style="--forum-speaker-list-columns-min: 100%"', '1100px');
    expect(new Set(cards(list).map((card) => card.getBoundingClientRect().left)).size).toBe(1);
  });

  it('shows hostile text as text', async () => {
    const list = await showList(hostileSeoulForum, 'lang="en" with-quotes');
    expect(cards(list)).toHaveLength(8);
    for (const card of cards(list)) {
      expect(part(card, 'speaker-name')).toMatch(new RegExp(`^${HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} name en$`));
      expect(card.shadowRoot?.querySelectorAll('img, script')).toHaveLength(0);
      // The only links lead to the person's sessions in the programme, by id.
      expect([...card.shadowRoot!.querySelectorAll('a')].every((a) => /^#session-[a-z0-9-]+$/.test(a.getAttribute('href')!))).toBe(true);
    }
    expect(list.shadowRoot?.querySelectorAll('img, a, script')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('refuses a javascript: URL in a person field and shows why', async () => {
    const data = seoulDataCopy();
    data.people[0].url = 'javascript:alert(1)';
    const failed = nextEvent(document, 'forum-error');
    const list = await showList(data, 'lang="en"');
    expect(list.shadowRoot?.querySelector('[role=alert]')?.textContent?.trim()).toBe('The speakers could not be loaded.');
    const { failure } = await failed;
    expect(failure.kind === 'invalid' && failure.issues.map((issue) => issue.path)).toContain('people[0].url');
    expect(cards(list)).toHaveLength(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      await emulateColorScheme(scheme);
      const list = await showList(seoulForum, 'lang="en" with-quotes');
      schemeBackground(list.parentElement!);
      expect(await axeViolations(list)).toEqual([]);
    });
  }
});
