import type { QuotationLeaf } from 'schema-dts';
import type { Quote } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { oneOrMany, prune } from '../prune.js';

type Text = readonly [language: string, text: string];

/** The quote's texts by language, the one it was said in first (validation ensures it is there). */
function texts({ text, language }: Quote): [Text, ...Text[]] {
  if (typeof text === 'string') return [[language, text]];
  return [[language, text[language]!], ...Object.entries(text).filter(([tag]) => tag !== language)];
}

/**
 * A quote as a Quotation in the words that were said, whatever the graph language (a translation
 * is not what the person said), plus one Quotation per translation, linked by translationOfWork.
 */
export function quotationNodes(quote: Quote, ctx: GraphContext): QuotationLeaf[] {
  const { ids } = ctx;
  const [[language, text], ...translations] = texts(quote);
  const originalId = ids.of('quote', quote.id);
  const translationId = (tag: string) => ids.part(originalId, tag);
  const speaker = ctx.refs(quote.person);
  const original = prune<QuotationLeaf>({
    '@type': 'Quotation',
    '@id': originalId,
    text,
    inLanguage: language,
    spokenByCharacter: speaker,
    creator: speaker,
    // recordedAt (CreativeWork -> Event) is "the Event where the CreativeWork was recorded": where it was said.
    recordedAt: ctx.refs(quote.session) ?? ref(ids.of('forum')),
    workTranslation: oneOrMany(translations.map(([tag]) => ref(translationId(tag)))),
  });
  return [
    original,
    ...translations.map(([tag, translated]) =>
      prune<QuotationLeaf>({
        '@type': 'Quotation',
        '@id': translationId(tag),
        text: translated,
        inLanguage: tag,
        // Still attributed to the speaker; the translator is unknown, so no creator.
        spokenByCharacter: speaker,
        translationOfWork: ref(originalId),
      }),
    ),
  ];
}
