import type { SessionKind } from '@forumkit/core';
import { SESSION_KINDS } from '@forumkit/core/schema';

// frab's types (lecture, workshop, podium, lightning_talk, meeting, other) and pretalx's
// submission types, which organisers name freely ("Talk", "Keynote", "Panel", "Vortrag").
// Read in order: "Lightning Talk" is a lightning talk before it is a talk.
const WORDS: ReadonlyArray<readonly [RegExp, SessionKind]> = [
  [/keynote/, 'keynote'],
  [/lightning|blitz/, 'lightning-talk'],
  [/opening|er[öo]ffnung/, 'opening-remarks'],
  [/closing|abschluss/, 'closing-remarks'],
  [/welcome|gru[ßs]s?wort|begr[üu][ßs]ung/, 'welcome-address'],
  [/congratulat/, 'congratulatory-address'],
  [/panel|podium|discussion|diskussion/, 'panel-discussion'],
  [/q ?(?:&|and|-and-) ?a\b|questions/, 'q-and-a'],
  [/workshop|hands.?on|tutorial|werkstatt/, 'workshop'],
  [/poster/, 'poster-session'],
  [/break|pause|lunch|coffee|mittag|kaffee/, 'break'],
  [/meetup|meeting|networking|social|reception|get.?together|empfang/, 'networking'],
  [/ceremony|award|zeremonie/, 'ceremony'],
  [/presentation|präsentation/, 'presentation'],
  [/talk|lecture|vortrag|contribution|session/, 'talk'],
  [/^(?:other|sonstiges?)$/, 'other'],
];

/** The forumkit kind of a frab `type`; undefined when nothing fits (the caller says so and uses "other"). */
export function sessionKindOf(type: unknown): SessionKind | undefined {
  if (typeof type !== 'string') return undefined;
  const text = type.trim().toLowerCase().replace(/_/g, ' ');
  const exact = SESSION_KINDS.find((kind) => kind === text.replace(/ /g, '-'));
  return exact ?? WORDS.find(([words]) => words.test(text))?.[1];
}
