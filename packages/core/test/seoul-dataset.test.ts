import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateForum, type Forum, type LocalizedText } from '../src/index.js';
import { indexForum, speakers } from '../src/present.js';

// The first real dataset: the 3rd Seoul Quantum Platform Forum, from the Gangnam Consumer Journal's report.
const datasetUrl = new URL('../../../examples/seoul-quantum-forum/forum.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(datasetUrl, 'utf8'));

function loadForum(): Forum {
  const result = validateForum(raw);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

const inBoth = (text: LocalizedText | undefined): boolean => typeof text === 'object' && typeof text.ko === 'string' && typeof text.en === 'string';

describe('examples/seoul-quantum-forum/forum.json', () => {
  it('validates', () => {
    const result = validateForum(raw);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is a one-day forum in Seoul with a date and no times', () => {
    const forum = loadForum();
    expect(forum.start).toBe('2024-10-28');
    expect(forum.end).toBeUndefined();
    expect(forum.timeZone).toBe('Asia/Seoul');
    expect(forum.languages).toEqual(['ko', 'en']);
    expect(forum.venue?.address?.country).toBe('KR');
    expect(forum.organizers).toEqual(['seoul-metropolitan-government', 'kist']);
    expect(forum.series).toMatchObject({ number: 3, edition: { ko: '제3회', en: '3rd' } });
    for (const session of forum.sessions) {
      expect(session.start, session.id).toBeUndefined();
      expect(session.end, session.id).toBeUndefined();
    }
  });

  it('has the six agenda items in the order of the report', () => {
    const forum = loadForum();
    expect(forum.sessions.map((session) => session.kind)).toEqual([
      'opening-remarks',
      'welcome-address',
      'keynote',
      'presentation',
      'presentation',
      'panel-discussion',
    ]);
  });

  it('has exactly the five panelists of the panel photo, left to right, and no moderator', () => {
    const panel = loadForum().sessions.find((session) => session.kind === 'panel-discussion');
    expect(panel?.participants).toEqual([
      { person: 'noh-kwangseok', role: 'panelist' },
      { person: 'lee-kiho', role: 'panelist' },
      { person: 'kim-jinhee', role: 'panelist' },
      { person: 'hong-jinki', role: 'panelist' },
      { person: 'han-sangwook', role: 'panelist' },
    ]);
  });

  it('names eight speakers with an affiliation in ko and en, and a job title wherever the report gives one', () => {
    const forum = loadForum();
    const { organizations } = indexForum(forum);
    const people = speakers(forum);
    expect(people.map((person) => person.id)).toEqual([
      'ju-yongtae',
      'chang-joonyeon',
      'matthijs-rijlaarsdam',
      'hong-jinki',
      'han-sangwook',
      'noh-kwangseok',
      'lee-kiho',
      'kim-jinhee',
    ]);
    for (const person of people) {
      expect(inBoth(person.name), person.id).toBe(true);
      expect(person.affiliations, person.id).toHaveLength(1);
      expect(inBoth(organizations.get(person.affiliations![0]!)?.name), `${person.id} affiliation`).toBe(true);
      // The report names Hong Jin-ki only by his institute: no title is invented for him.
      if (person.id === 'hong-jinki') expect(person.jobTitle).toBeUndefined();
      else expect(inBoth(person.jobTitle), `${person.id} jobTitle`).toBe(true);
    }
  });

  it('quotes every speaker in Korean with an English translation, linked to the session where it was said', () => {
    const forum = loadForum();
    const { quotesByPerson, sessions } = indexForum(forum);
    for (const person of speakers(forum)) {
      const quotes = quotesByPerson.get(person.id) ?? [];
      expect(quotes.length, person.id).toBeGreaterThanOrEqual(1);
      for (const quote of quotes) {
        expect(quote.language).toBe('ko');
        expect(inBoth(quote.text), quote.id).toBe(true);
        const session = quote.session === undefined ? undefined : sessions.get(quote.session);
        expect(
          session?.participants?.some((p) => p.person === person.id),
          quote.id,
        ).toBe(true);
      }
    }
    const panelQuotes = (forum.quotes ?? []).filter((quote) => ['noh-kwangseok', 'lee-kiho', 'kim-jinhee'].includes(quote.person));
    expect(panelQuotes.map((quote) => quote.session)).toEqual(panelQuotes.map(() => 'panel-discussion'));
  });

  it('keeps the report’s wording inside quotes, typos and all', () => {
    const texts = (loadForum().quotes ?? []).map((quote) => (typeof quote.text === 'string' ? quote.text : quote.text.ko));
    expect(texts).toContain('양자산업 활성화를 위해 산.학.연 협력 기반의 성공모델 창출이 필수');
    expect(texts).toContain('서울은 양자산업 생태계를 조성하기 위해 정책적 리더십과 함께, R&BD 인프라 집중, 기업 유치 전략이 병행 되어야 한다');
  });

  it('has the ten photos of the report as credited placeholders', () => {
    const forum = loadForum();
    const photos = forum.photos ?? [];
    expect(photos).toHaveLength(10);
    for (const photo of photos) {
      expect(photo.placeholder, photo.id).toBe(true);
      expect(photo.copyrightHolder).toBe('gangnam-consumer-journal');
      expect(typeof photo.credit === 'object' && photo.credit.ko).toContain('강남 소비자저널');
      expect(inBoth(photo.caption), photo.id).toBe(true);
      expect(inBoth(photo.alt), photo.id).toBe(true);
      expect(photo.url).toMatch(/^photos\/\d\d-[a-z0-9-]+\.svg$/);
      expect([photo.width, photo.height]).toEqual([1200, 800]);
    }
    expect(forum.images).toEqual([photos[0]?.id]);
    const panelPhoto = photos.at(-1);
    expect(panelPhoto?.depicts).toEqual(['noh-kwangseok', 'lee-kiho', 'kim-jinhee', 'hong-jinki', 'han-sangwook', 'panel-discussion']);
  });

  it('cites the report with its publisher and reporter, and no URL or date it does not give', () => {
    const forum = loadForum();
    const { organizations, people } = indexForum(forum);
    expect(forum.coverage).toHaveLength(1);
    const article = forum.coverage?.[0];
    expect(article?.language).toBe('ko');
    expect(article?.url).toBeUndefined();
    expect(article?.datePublished).toBeUndefined();
    expect(organizations.get(article?.publisher ?? '')?.name).toEqual({ ko: '강남 소비자저널', en: 'Gangnam Consumer Journal' });
    const author = people.get(article?.authors?.[0] ?? '');
    expect(author).toMatchObject({ name: { ko: '김수미' }, jobTitle: { ko: '기자', en: 'Reporter' }, affiliations: [article?.publisher] });
  });

  it('validates against the published JSON Schema too', () => {
    const schema: unknown = JSON.parse(readFileSync(new URL('../forum.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema as object);
    expect(validate(raw) ? [] : validate.errors).toEqual([]);
  });
});
