import type { QuotationLeaf } from 'schema-dts';
import type { Quote } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { oneOrMany, prune } from '../prune.js';

/**
 * A quote as a Quotation in the words that were said, whatever the graph language (a translation
 * is not what the person said), plus one Quotation per translation, linked by translationOfWork.
 */
export function quotationNodes(quote: Quote, ctx: GraphContext): QuotationLeaf[] {
  const { ids } = ctx;
  const { original, translations } = ctx.present.quote(quote);
  const originalId = ids.of('quote', quote.id);
  const translationId = (tag: string) => ids.part(originalId, tag);
  const speaker = ctx.refs(quote.person);
  const node = prune<QuotationLeaf>({
    '@type': 'Quotation',
    '@id': originalId,
    text: original.text,
    inLanguage: original.language,
    spokenByCharacter: speaker,
    creator: speaker,
    // recordedAt (CreativeWork -> Event) is "the Event where the CreativeWork was recorded": where it was said.
    recordedAt: ctx.refs(quote.session) ?? ref(ids.of('forum')),
    workTranslation: oneOrMany(translations.map(({ language }) => ref(translationId(language)))),
  });
  return [
    node,
    ...translations.map(({ text, language }) =>
      prune<QuotationLeaf>({
        '@type': 'Quotation',
        '@id': translationId(language),
        text,
        inLanguage: language,
        // Still attributed to the speaker; the translator is unknown, so no creator.
        spokenByCharacter: speaker,
        translationOfWork: ref(originalId),
      }),
    ),
  ];
}
