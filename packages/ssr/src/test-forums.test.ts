// Server-rendered pages of forums unlike the Seoul one, in four languages, and the agreement
// between what the page shows and what its JSON-LD says: the same session names, the same
// original words of a quote, the same status, dates and place.
import { describe, expect, it } from 'vitest';
import { validateForum, type Forum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import { arabicHebrew, movedOnlineForum, postponedForum, testForums } from '../../elements/src/internal/test-forums.js';
import { renderForumPage } from './render-page.js';

type Node = Record<string, unknown> & { '@id': string; '@type': string };

const validated = (data: unknown): Forum => {
  const result = validateForum(structuredClone(data));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
};

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The text of markup: comments and tags dropped, entities read, whitespace collapsed. */
const textOf = (markup: string) =>
  markup
    .replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
/** The text of every element carrying `part="<name>"` (the elements' parts are never nested in themselves). */
const parts = (page: string, name: string) =>
  [...page.matchAll(new RegExp(`<(\\w+) part="${name}"[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map((match) => textOf(match[2]!));
const graphOf = (page: string) => (JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as { '@graph': Node[] })['@graph'];
const baseUrl = 'https://forum.example.org/';

describe.each(testForums.map(([name, data]) => [name, data] as const))('%s', (name, data) => {
  const forum = validated(data);
  it.each(['en', 'ar', 'de', 'ja'])('renders in %s with lang and dir, every session named as its JSON-LD names it', async (language) => {
    const page = await renderForumPage(forum, { baseUrl, language });
    expect(page).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    const titles = parts(page, 'title');
    const present = presentForum(forum, { language });
    expect(titles).toHaveLength(forum.sessions.length);
    // Every session in the graph (dated ones) is named in the JSON-LD as on the page, in order.
    const graph = graphOf(page);
    const sessionNodes = graph.filter((node) => node['@type'] === 'Event' && node['@id'] !== `${baseUrl}#forum`);
    const named = new Map(sessionNodes.map((node) => [node['@id'], node.name]));
    const inGraph = present
      .agenda()
      .days.flatMap((day) => day.sessions)
      .filter((session) => named.has(`${baseUrl}#session-${session.id}`));
    expect(inGraph.map((session) => textOf(String(named.get(`${baseUrl}#session-${session.id}`))))).toEqual(
      inGraph.map((session) => titles[orderOf(present, session.id)]!),
    );
  });
});

/** A session's position on the page: the days in order, then the unscheduled ones. */
function orderOf(present: ReturnType<typeof presentForum>, id: string): number {
  const { days, unscheduled } = present.agenda();
  return [...days.flatMap((day) => day.sessions), ...unscheduled].findIndex((session) => session.id === id);
}

describe('the page and its JSON-LD agree', () => {
  it('on a postponed forum’s status and former date', async () => {
    const page = await renderForumPage(validated(postponedForum), { baseUrl, language: 'en' });
    const header = page.slice(page.indexOf('<header'), page.indexOf('</header>'));
    expect(textOf(header)).toMatch(/Postponed · Previously /);
    const forumNode = graphOf(page).find((node) => node['@id'] === `${baseUrl}#forum`)!;
    expect(forumNode.eventStatus).toBe('https://schema.org/EventPostponed');
    expect(header).toContain(`<time datetime="${forumNode.previousStartDate}">`);
  });

  it('on where a forum moved online happens: the stream, not the old venue', async () => {
    const forum = validated(movedOnlineForum);
    const page = await renderForumPage(forum, { baseUrl, language: 'en' });
    const header = page.slice(page.indexOf('<header'), page.indexOf('</header>'));
    expect(textOf(header)).toContain('Moved online');
    expect(header).not.toContain('class="forum-venue"');
    const online = graphOf(page).find((node) => node['@id'] === `${baseUrl}#online`)!;
    expect(header).toMatch(new RegExp(`<a[^>]* href="${online.url}">(<!--[^>]*-->)*Join online`));
    expect(graphOf(page).some((node) => node['@type'] === 'Place')).toBe(false);
  });

  it('on which words of a quote are the original', async () => {
    const forum = validated(arabicHebrew);
    const page = await renderForumPage(forum, { baseUrl, language: 'en' });
    const originals = graphOf(page).filter((node) => node['@type'] === 'Quotation' && !node.translationOfWork);
    expect(originals.length).toBeGreaterThan(0);
    const shown = [...parts(page, 'quote-original'), ...parts(page, 'quote-text')].join(' ');
    for (const quote of originals) expect(shown).toContain(textOf(String(quote.text)));
  });
});

describe('a page rendered for a request', () => {
  it('shows the programme filtered as the URL says, and the forum’s status once, in its header', async () => {
    const forum = validated(postponedForum);
    const track = forum.sessions.find((session) => session.track !== undefined)?.track;
    const url = track ? `https://forum.example.org/?track=${track}` : 'https://forum.example.org/?q=zzzz-nothing';
    const page = await renderForumPage(forum, { baseUrl, language: 'en', url });
    const hidden = [...page.matchAll(/<li[^>]*id="session-([^"]+)"[^>]*>/g)].filter((match) => /\shidden/.test(match[0])).map((match) => match[1]);
    expect(hidden.sort()).toEqual(
      forum.sessions
        .filter((session) => !track || session.track !== track)
        .map((session) => session.id)
        .sort(),
    );
    expect(page.match(/part="forum-notice"/g)).toHaveLength(1);
    expect(page.slice(page.indexOf('<header'), page.indexOf('</header>'))).toContain('part="forum-notice"');
  });
});
