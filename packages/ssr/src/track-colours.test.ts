// The agenda's track colours on the server: a class on each session, and its rule in the agenda's
// shadow root stylesheet, so a strict style policy (no style attributes) still colours the tracks.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { validateForum, type Forum } from '@forumkit/core';
import { berlinThreeDays } from '../../elements/src/internal/test-forums.js';
import { renderToString } from './render-template.js';

const validated = (data: unknown): Forum => {
  const result = validateForum(structuredClone(data));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
};
const berlin = validated(berlinThreeDays);

describe('<forum-agenda> from renderToString', () => {
  it('never writes a style attribute, track colours included, so a strict style policy still lays it out and colours it', async () => {
    const markup = await renderToString(html`<forum-agenda lang="en" layout="grid" .forum=${berlin}></forum-agenda>`);
    expect(markup).not.toMatch(/<[^>]+ style=/);
    // Each track's colour is a class whose rule is in the shadow root's stylesheet.
    const css = /<style>([\s\S]*?)<\/style>/.exec(markup)?.[1] ?? '';
    for (const track of berlin.tracks ?? []) {
      const hex = track.color!.slice(1).toLowerCase();
      const session = berlin.sessions.find((item) => item.track === track.id)!;
      const shadow = markup.slice(markup.indexOf(`id="session-${session.id}"`));
      expect(shadow.slice(0, shadow.indexOf('</li>')), track.id).toMatch(new RegExp(`part="track" class="track track-color-${hex}"`));
      expect(css, track.id).toContain(`.track-color-${hex}::before{content:'';background:#${hex}}`);
    }
  });
});
