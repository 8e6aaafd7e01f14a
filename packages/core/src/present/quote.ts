import { originalTextKey, originalWords } from '../model/quote-text.js';
import { matchLanguage, sameLanguage } from '../model/text.js';
import type { Quote } from '../model/types.js';

/** One text of a quote with its language. */
export interface Passage {
  readonly text: string;
  readonly language: string;
}

/** A quote as shown in a language: the words as said, and their translation when the language is another. */
export interface QuotePassages {
  readonly original: Passage;
  /** The quote's text in the display language, when that is not the language it was said in. */
  readonly translation?: Passage;
  /** Every translation the quote has, in authored order (the JSON-LD lists them all). */
  readonly translations: readonly Passage[];
}

/** The original and translations of a quote, for `language`. */
export function quotePassages(quote: Quote, language: string): QuotePassages {
  const original = originalWords(quote);
  if (typeof quote.text === 'string') return { original, translations: [] };
  const originalKey = originalTextKey(quote);
  const translations = Object.entries(quote.text)
    .filter(([tag]) => tag !== originalKey)
    .map(([tag, text]) => ({ text, language: tag }));
  const shown = matchLanguage(
    language,
    translations.map((passage) => passage.language),
  );
  const translation = shown !== undefined && !sameLanguage(shown, original.language) ? translations.find((passage) => passage.language === shown) : undefined;
  return { original, ...(translation && { translation }), translations };
}
