import { afterEach, describe, expect, it } from 'vitest';
import type { ForumInput } from '@forumkit/core';
import seoul from '../../../../examples/seoul-quantum-forum/forum.json' with { type: 'json' };
import { axeViolations, emulateColorScheme, schemeBackground, type ColorScheme } from '../internal/test-a11y.js';
import { mount, nextTask, unmountAll } from '../internal/test-dom.js';
import { HOSTILE, hostileSeoulForum } from '../internal/test-seoul.js';
import { ForumAgenda } from './forum-agenda.js';
import { berlinForum } from './forum-agenda.fixtures.js';

async function agenda(forum: unknown, attributes = ''): Promise<ForumAgenda> {
  const element = mount<ForumAgenda>(`<forum-agenda ${attributes}></forum-agenda>`);
  element.forum = forum;
  await element.updateComplete;
  return element;
}

/** Waits for a re-render caused by an attribute change (`lang` is observed asynchronously). */
async function rerendered(element: ForumAgenda): Promise<void> {
  await nextTask();
  await element.updateComplete;
}

const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = <T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string) => Array.from(root.querySelectorAll<T>(selector));
const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (root: ParentNode, name: string) => {
  const found = part(root, name);
  return found ? clean(found) : undefined;
};
const sessions = (element: ForumAgenda) => all(element.shadowRoot!, 'ol > li[part="session"]');
const titles = (root: ParentNode) => all(root, '[part="session"]').map((session) => partText(session, 'title'));
const days = (element: ForumAgenda) => all(element.shadowRoot!, '[part="day"]');
const dayHeadings = (element: ForumAgenda) => days(element).map((day) => partText(day, 'day-heading'));
const times = (session: HTMLElement) => all<HTMLTimeElement>(session, '[part="time"] time').map((time) => [time.dateTime, clean(time)]);
const sessionById = (element: ForumAgenda, title: string) => sessions(element).find((session) => partText(session, 'title') === title)!;
const participants = (session: HTMLElement) =>
  all(session, '[part="participant"]').map((person) => [partText(person, 'speaker-name'), partText(person, 'job-title'), partText(person, 'affiliation')]);

afterEach(() => unmountAll());

describe('<forum-agenda> with the Seoul forum', () => {
  it('lists the six agenda items in authored order, in Korean', async () => {
    const element = await agenda(seoul, 'lang="ko"');
    expect(element).toBeInstanceOf(ForumAgenda);
    expect(dayHeadings(element)).toEqual(['2024년 10월 28일 월요일']);
    expect(element.shadowRoot!.querySelector('[part="day-heading"] time')!.getAttribute('datetime')).toBe('2024-10-28');
    const items = sessions(element);
    expect(titles(element.shadowRoot!)).toEqual([
      '개회사',
      '환영사',
      '양자기술산업의 현재와 미래',
      '양자산업 생태계 육성을 위한 서울의 도전과 과제',
      '양자산업 기반 및 인프라 확충 방안',
      '서울 글로벌 경쟁력을 갖춘 양자 허브로',
    ]);
    // Untitled ceremonies are named by their kind; titled sessions carry it as a label.
    expect(items.map((item) => partText(item, 'kind'))).toEqual([undefined, undefined, '기조강연', '발표', '발표', '패널 토론']);
    // The report gives no times: no time column, no invented times.
    expect(element.shadowRoot!.querySelector('[part="time"]')).toBeNull();

    expect(partText(items[0]!, 'role')).toBe('연사');
    expect(participants(items[0]!)).toEqual([['주용태', '창조산업기획관', '서울시']]);
    expect(partText(items[2]!, 'description')).toBe('VIO 기술과 더불어 국가 주권적 기술 역량 확보의 중요성을 역설했다.');
    const panel = items[5]!;
    expect(partText(panel, 'role')).toBe('패널');
    expect(participants(panel)).toEqual([
      ['노광석', 'CEO', '큐심플러스'],
      ['이기호', '본부장', 'KB인베스트먼트'],
      ['김진희', '본부장', 'K-퀀텀 국제협력본부'],
      ['홍진기', undefined, '(사)지역산업입지연구원'],
      ['한상욱', '퀀텀플랫폼 사업단장', '한국과학기술연구원'],
    ]);
  });

  it('re-renders in English when the lang attribute changes', async () => {
    const element = await agenda(seoul, 'lang="ko"');
    element.setAttribute('lang', 'en');
    await rerendered(element);
    expect(dayHeadings(element)).toEqual(['Monday, October 28, 2024']);
    const items = sessions(element);
    expect(titles(element.shadowRoot!)).toEqual([
      'Opening remarks',
      'Welcome address',
      'The Present and Future of the Quantum Technology Industry',
      "Seoul's Challenges and Tasks in Fostering the Quantum Industry Ecosystem",
      'Expanding the Foundation and Infrastructure of the Quantum Industry',
      'Seoul: Toward a Globally Competitive Quantum Hub',
    ]);
    expect(items.map((item) => partText(item, 'kind'))).toEqual([undefined, undefined, 'Keynote', 'Presentation', 'Presentation', 'Panel discussion']);
    expect(partText(items[0]!, 'role')).toBe('Speaker');
    expect(participants(items[0]!)).toEqual([['Ju Yong-tae', 'Director-General for Creative Industry Planning', 'Seoul Metropolitan Government']]);
    expect(partText(items[5]!, 'role')).toBe('Panellists');
    expect(participants(items[5]!)).toEqual([
      ['Noh Kwang-seok', 'CEO', 'QSimPlus'],
      ['Lee Ki-ho', 'Division Head', 'KB Investment'],
      ['Kim Jin-hee', 'Head', 'K-Quantum International Cooperation Office'],
      ['Hong Jin-ki', undefined, 'Regional Industry Location Research Institute'],
      ['Han Sang-wook', 'Head of the Quantum Platform Program', 'Korea Institute of Science and Technology'],
    ]);
  });

  it('uses heading-level for days and titles, and plain paragraphs at 0', async () => {
    const element = await agenda(seoul, 'lang="en"');
    expect(all(element.shadowRoot!, 'h2').map(clean)).toEqual(['Monday, October 28, 2024']);
    expect(all(element.shadowRoot!, 'h3')).toHaveLength(6);
    element.headingLevel = 4;
    await element.updateComplete;
    expect(all(element.shadowRoot!, 'h4').map(clean)).toEqual(['Monday, October 28, 2024']);
    expect(all(element.shadowRoot!, 'h5').map(clean)[0]).toBe('Opening remarks');
    element.headingLevel = 0;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(titles(element.shadowRoot!)).toHaveLength(6);
  });
});

describe('<forum-agenda> with a two-day forum in Berlin across the clock change', () => {
  it('groups sessions per day in time order, with offsets before and after the change', async () => {
    const element = await agenda(berlinForum, 'lang="en"');
    expect(dayHeadings(element)).toEqual(['Saturday, October 26, 2024', 'Sunday, October 27, 2024']);
    const [saturday, sunday] = days(element);
    expect(titles(saturday!)).toEqual([
      'Opening remarks',
      'Error correction at scale',
      'Hands-on with photonic chips',
      'Post-quantum migration',
      'Evening reception',
    ]);
    expect(titles(sunday!)).toEqual(['Night lab tour', 'Poster session', 'Quantum networks in practice', 'Closing remarks']);

    expect(times(sessionById(element, 'Opening remarks'))).toEqual([
      ['2024-10-26T09:00:00+02:00', '9:00 AM'],
      ['2024-10-26T09:15:00+02:00', '9:15 AM'],
    ]);
    expect(partText(sessionById(element, 'Opening remarks'), 'time')).toBe('9:00 AM – 9:15 AM');
    expect(times(sessionById(element, 'Night lab tour'))).toEqual([
      ['2024-10-27T01:30:00+02:00', '1:30 AM'],
      ['2024-10-27T02:15:00+02:00', '2:15 AM'],
    ]);
    expect(times(sessionById(element, 'Quantum networks in practice'))).toEqual([
      ['2024-10-27T10:00:00+01:00', '10:00 AM'],
      ['2024-10-27T11:00:00+01:00', '11:00 AM'],
    ]);
    // Saturday has one zone, named once; Sunday changes zone, so each time names its own.
    // Named as English readers know them (Intl says "GMT+2" here).
    expect(partText(saturday!, 'time-zone')).toBe('Times in CEST');
    expect(part(sunday!, 'time-zone')).toBeNull();
    expect(partText(sessionById(element, 'Night lab tour'), 'time')).toBe('1:30 AM – 2:15 AM CEST');
    expect(partText(sessionById(element, 'Quantum networks in practice'), 'time')).toBe('10:00 AM – 11:00 AM CET');
  });

  it('shows rooms, tracks, descriptions and role groups', async () => {
    const element = await agenda(berlinForum, 'lang="en"');
    const keynote = sessionById(element, 'Error correction at scale');
    expect(partText(keynote, 'kind')).toBe('Keynote');
    expect(partText(keynote, 'room')).toBe('Room Hall A');
    expect(partText(keynote, 'track')).toBe('Track Main stage');
    expect(partText(keynote, 'description')).toBe('Why logical qubits change the roadmap.');
    expect(partText(sessionById(element, 'Hands-on with photonic chips'), 'room')).toBe('Room Lab 2');
    const panel = sessionById(element, 'Quantum networks in practice');
    expect(all(panel, '[part="role"]').map(clean)).toEqual(['Moderator', 'Panellists']);
    expect(participants(panel)).toEqual([
      ['Dara Kim', undefined, 'Freie Universität Berlin'],
      ['Ben Okafor', 'CTO', 'QNet GmbH'],
      ['Chloé Martin', 'Research Engineer', 'QNet GmbH'],
    ]);
    // A name leads to the person's card on the page (which links their own web page).
    const link = keynote.querySelector<HTMLAnchorElement>('[part="speaker-name"] a');
    expect(link?.getAttribute('href')).toBe('#speaker-anna');
    expect(clean(link)).toBe('Anna Schmidt');
  });

  it('shows statuses: cancelled struck through but listed, rescheduled with the old time', async () => {
    const element = await agenda(berlinForum, 'lang="en"');
    const talk = sessionById(element, 'Post-quantum migration');
    expect(partText(talk, 'status-badge')).toBe('Cancelled');
    expect(getComputedStyle(part(talk, 'title')!).textDecorationLine).toBe('line-through');
    expect(getComputedStyle(part(talk, 'time')!.querySelector('time')!).textDecorationLine).toBe('line-through');
    expect(getComputedStyle(part(sessionById(element, 'Hands-on with photonic chips'), 'title')!).textDecorationLine).toBe('none');

    const reception = sessionById(element, 'Evening reception');
    expect(partText(reception, 'status-badge')).toBe('Rescheduled');
    expect(partText(reception, 'previous-time')).toBe('Previously 6:30 PM');
    expect(part(reception, 'previous-time')!.querySelector('time')!.dateTime).toBe('2024-10-26T18:30:00+02:00');
    // Moved from another day: the old time names its date, in the short style (the year is the forum's).
    expect(partText(sessionById(element, 'Closing remarks'), 'previous-time')).toBe('Previously Sat, Oct 26, 5:00 PM');
    expect(partText(sessionById(element, 'Poster session'), 'status-badge')).toBe('Postponed');
    expect(partText(sessionById(element, 'Night lab tour'), 'status-badge')).toBe('Moved online');
    expect(part(sessionById(element, 'Opening remarks'), 'status-badge')).toBeNull();
  });

  it('shows times in another zone with time-zone, regrouping the days', async () => {
    const element = await agenda(berlinForum, 'lang="en" time-zone="Asia/Seoul"');
    expect(dayHeadings(element)).toEqual(['Saturday, October 26, 2024', 'Sunday, October 27, 2024']);
    const [saturday, sunday] = days(element);
    expect(titles(saturday!)).toEqual(['Opening remarks', 'Error correction at scale', 'Hands-on with photonic chips', 'Post-quantum migration']);
    // 20:00 in Berlin is 03:00 the next day in Seoul.
    expect(titles(sunday!)).toEqual(['Evening reception', 'Night lab tour', 'Poster session', 'Quantum networks in practice', 'Closing remarks']);
    expect(partText(saturday!, 'time-zone')).toBe('Times in KST');
    expect(partText(sunday!, 'time-zone')).toBe('Times in KST');
    const reception = sessionById(element, 'Evening reception');
    expect(times(reception)).toEqual([
      ['2024-10-26T20:00:00+02:00', '3:00 AM'],
      ['2024-10-26T22:00:00+02:00', '5:00 AM'],
    ]);
    expect(partText(reception, 'previous-time')).toBe('Previously 1:30 AM');
    expect(times(sessionById(element, 'Quantum networks in practice')).map(([, text]) => text)).toEqual(['6:00 PM', '7:00 PM']);

    element.setAttribute('time-zone', 'Europe/Berlin');
    await element.updateComplete;
    expect(times(sessionById(element, 'Evening reception')).map(([, text]) => text)).toEqual(['8:00 PM', '10:00 PM']);
  });

  it('falls back to the forum zone for a time zone it does not know', async () => {
    const element = await agenda(berlinForum, 'lang="en" time-zone="Mars/Olympus"');
    expect(partText(days(element)[0]!, 'time-zone')).toBe('Times in CEST');
    expect(times(sessionById(element, 'Opening remarks'))[0]).toEqual(['2024-10-26T09:00:00+02:00', '9:00 AM']);
    expect(titles(days(element)[0]!)).toHaveLength(5);
  });

  it('keeps a session whose day is not known apart, after the days, rather than under the first day', async () => {
    const forum = structuredClone(berlinForum) as ForumInput & { sessions: Array<Record<string, unknown>> };
    forum.sessions.push({ id: 'lunch', kind: 'break', title: 'Lunch' });
    const element = await agenda(forum, 'lang="en"');
    expect(partText(sessionById(element, 'Lunch'), 'time')).toBe('Time to be announced');
    expect(dayHeadings(element)).toEqual(['Saturday, October 26, 2024', 'Sunday, October 27, 2024', 'Time to be announced']);
    expect(titles(days(element)[2]!)).toEqual(['Lunch']);
    expect(titles(days(element)[0]!)).not.toContain('Lunch');
  });

  it('marks a session with a date but no time in a timed programme as to be announced, on its day', async () => {
    const forum = structuredClone(berlinForum) as ForumInput & { sessions: Array<Record<string, unknown>> };
    forum.sessions.push({ id: 'lunch', kind: 'break', title: 'Lunch', start: '2024-10-26' });
    const element = await agenda(forum, 'lang="en"');
    expect(partText(sessionById(element, 'Lunch'), 'time')).toBe('Time to be announced');
    expect(titles(days(element)[0]!)).toContain('Lunch');
  });

  it('shows a session over several days as its range of dates', async () => {
    const forum = structuredClone(berlinForum) as ForumInput & { sessions: Array<Record<string, unknown>> };
    forum.sessions.push({ id: 'exhibition', kind: 'other', title: 'Exhibition', start: '2024-10-26', end: '2024-10-27' });
    const element = await agenda(forum, 'lang="en"');
    expect(partText(sessionById(element, 'Exhibition'), 'time')).toBe('Sat, Oct 26 – Sun, Oct 27');
  });

  it('says so when a forum has no sessions', async () => {
    const element = await agenda({ ...berlinForum, sessions: [] }, 'lang="en"');
    expect(partText(element.shadowRoot!, 'status')).toBe('No sessions have been announced yet.');
    expect(element.shadowRoot!.querySelector('ol')).toBeNull();
  });
});

describe('<forum-agenda> with hostile data', () => {
  const hostile = '<img src=x onerror="window.__forumAgendaPwned=1"></script><script>window.__forumAgendaPwned=1</script>';

  function hostileForum(): ForumInput {
    return {
      id: 'hostile',
      name: hostile,
      start: '2024-10-26T09:00',
      timeZone: 'Europe/Berlin',
      languages: ['en'],
      venue: { name: hostile },
      venues: [{ id: 'elsewhere', name: hostile }],
      rooms: [{ id: 'room', name: hostile, venue: 'elsewhere' }],
      tracks: [{ id: 'track', name: hostile }],
      organizations: [{ id: 'org', name: hostile }],
      people: [{ id: 'p', name: hostile, jobTitle: hostile, affiliations: ['org'], url: 'https://example.org/"><script>x</script>' }],
      sessions: [
        {
          id: 's',
          kind: 'talk',
          title: hostile,
          description: hostile,
          room: 'room',
          track: 'track',
          tags: [hostile],
          links: [{ kind: 'slides', url: 'https://example.org/"><script>x</script>', title: hostile }],
          start: '2024-10-26T09:00',
          participants: [{ person: 'p', role: 'speaker' }],
        },
      ],
    };
  }

  it('renders markup in every field as text', async () => {
    const element = await agenda(hostileForum(), 'lang="en"');
    await nextTask();
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, script, iframe')).toHaveLength(0);
    for (const name of ['title', 'description', 'speaker-name', 'job-title', 'affiliation']) expect(partText(root, name)).toBe(hostile);
    expect(partText(root, 'room')).toBe(`Room ${hostile}`);
    expect(partText(root, 'venue')).toBe(`Venue ${hostile}`);
    expect(partText(root, 'track')).toBe(`Track ${hostile}`);
    expect(partText(root, 'links')).toBe(hostile);
    // A quote in a URL stays inside the attribute; the other links lead to people's cards on the page.
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((href) => !href.startsWith('#speaker-'))).toEqual(['https://example.org/"><script>x</script>']);
    expect(hrefs.filter((href) => href.startsWith('#speaker-'))).toHaveLength(1);
    expect((window as { __forumAgendaPwned?: number }).__forumAgendaPwned).toBeUndefined();
  });

  it('shows the Seoul forum with markup in every text as that text', async () => {
    const element = await agenda(hostileSeoulForum, 'lang="en"');
    await nextTask();
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, script, iframe')).toHaveLength(0);
    // The only links lead to people's cards on the page, by id.
    expect([...root.querySelectorAll('a')].every((a) => /^#speaker-[a-z-]+$/.test(a.getAttribute('href')!))).toBe(true);
    expect(titles(root).slice(0, 3)).toEqual(['Opening remarks', 'Welcome address', `${HOSTILE} title en`]);
    const panel = sessions(element)[5]!;
    expect(partText(panel, 'description')).toBe(`${HOSTILE} description en`);
    expect(participants(panel)[0]).toEqual([`${HOSTILE} name en`, `${HOSTILE} jobTitle en`, `${HOSTILE} name en`]);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('never turns a javascript: URL into a link', async () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)']) {
      const forum = hostileForum() as ForumInput & { people: Array<Record<string, unknown>> };
      forum.people[0]!.url = url;
      const element = await agenda(forum, 'lang="en"');
      const root = element.shadowRoot!;
      expect(root.querySelector('a')).toBeNull();
      expect(root.querySelector('[href]')).toBeNull();
      expect(part(root, 'error')).not.toBeNull();
    }
  });
});

describe('<forum-agenda> accessibility', () => {
  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      await emulateColorScheme(scheme);
      try {
        expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(scheme === 'dark');
        const page = mount('<div></div>');
        schemeBackground(page);
        const berlin = mount<ForumAgenda>('<forum-agenda lang="en"></forum-agenda>', page);
        berlin.forum = berlinForum;
        const korean = mount<ForumAgenda>('<forum-agenda lang="ko"></forum-agenda>', page);
        korean.forum = seoul;
        await Promise.all([berlin.updateComplete, korean.updateComplete]);
        // The theme really follows the scheme: dark text on light, light text on dark.
        const title = part(berlin.shadowRoot!, 'title')!;
        const [r, g, b] = getComputedStyle(title).color.match(/\d+/g)!.map(Number);
        expect((r! + g! + b!) / 3 > 128).toBe(scheme === 'dark');
        expect(await axeViolations(berlin)).toEqual([]);
        expect(await axeViolations(korean)).toEqual([]);
      } finally {
        await emulateColorScheme('light');
      }
    });
  }
});
