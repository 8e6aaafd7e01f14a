import { resolveText, resolveTextLanguage, type LocalizedText } from '../model/text.js';

/** A text as shown: its words and, when the data says, their language. */
export interface ShownText {
  readonly text: string;
  /** The language of `text`; absent for a plain string, whose language is not known. */
  readonly language?: string;
}

/** A text in `language`, falling back along `fallbacks`, with the language it ends up in. */
export function showText(value: LocalizedText | undefined, language: string, fallbacks: readonly string[]): ShownText | undefined {
  const text = resolveText(value, language, fallbacks);
  if (text === undefined) return undefined;
  const tag = resolveTextLanguage(value, language, fallbacks);
  return tag === undefined ? { text } : { text, language: tag };
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The writing direction of a language: the platform's answer where it has one (`Intl.Locale` text info). */
export function textDirection(language: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL.has(locale.language) || RTL.has(`${locale.language}-${locale.script ?? ''}`.toLowerCase()) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
