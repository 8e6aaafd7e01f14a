import type { QuotationLeaf } from 'schema-dts';
import type { Quote } from '../../model/types.js';
import { matchLanguage, resolveText } from '../../model/text.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { oneOrMany, prune } from '../prune.js';

/** The quote's texts by language, the one it was said in first. */
function texts(quote: Quote, ctx: GraphContext): Array<readonly [string, string]> {
  const { text, language } = quote;
  if (typeof text === 'string') return [[language, text]];
  const said = matchLanguage(language, Object.keys(text));
  const original = said === undefined ? resolveText(text, language, ctx.forum.languages)! : text[said]!;
  const translations = Object.entries(text).filter(([tag]) => tag !== said);
  return [[language, original], ...translations];
}

/**
 * A quote as a Quotation in the words that were said, plus one Quotation per translation
 * (never the graph language alone: a translation is not what the person said).
 */
export function quotationNodes(quote: Quote, ctx: GraphContext): QuotationLeaf[] {
  const { ids } = ctx;
  const [[language, text], ...translations] = texts(quote, ctx) as [readonly [string, string], ...Array<readonly [string, string]>];
  const originalId = ids.quote(quote.id);
  const speaker = ctx.refs(quote.person, 'person');
  const original = prune<QuotationLeaf>({
    '@type': 'Quotation',
    '@id': originalId,
    text,
    inLanguage: language,
    spokenByCharacter: speaker,
    creator: speaker,
    // recordedAt (CreativeWork -> Event) is "the Event where the CreativeWork was recorded": where it was said.
    recordedAt: ctx.refs(quote.session, 'session') ?? ref(ids.forum),
    workTranslation: oneOrMany(translations.map(([tag]) => ref(ids.quoteTranslation(quote.id, tag)))),
  });
  return [
    original,
    ...translations.map(([tag, translated]) =>
      prune<QuotationLeaf>({
        '@type': 'Quotation',
        '@id': ids.quoteTranslation(quote.id, tag),
        text: translated,
        inLanguage: tag,
        // Still attributed to the speaker; the translator is unknown, so no creator.
        spokenByCharacter: speaker,
        translationOfWork: ref(originalId),
      }),
    ),
  ];
}
