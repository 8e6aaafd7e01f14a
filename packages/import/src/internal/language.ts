import { forumSchemaDefinitions } from '@forumkit/core/schema';

const languageTag = forumSchemaDefinitions.LanguageTag['~standard'];

/** True for a language tag forumkit accepts: core's own rule, asked through the schema. */
export function isLanguageTag(value: string): boolean {
  const result = languageTag.validate(value);
  return !(result instanceof Promise) && result.issues === undefined;
}

// Names some exports write instead of a tag.
const NAMES: Readonly<Record<string, string>> = { english: 'en', englisch: 'en', german: 'de', deutsch: 'de', french: 'fr', spanish: 'es' };

/**
 * A language as a BCP 47 tag: `en`, `de`; pretalx's `de-formal` and `de-informal` (German in its
 * polite or familiar form, not a registered variant) read as `de`; `pt_BR` as `pt-BR`.
 * Undefined when the value names no language forumkit accepts.
 */
export function readLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const written = value.trim().replace(/_/g, '-');
  const tag = NAMES[written.toLowerCase()] ?? written.replace(/-(?:in)?formal$/i, '');
  const [primary = '', ...rest] = tag.split('-');
  const normal = [primary.toLowerCase(), ...rest].join('-');
  return normal !== '' && isLanguageTag(normal) ? normal : undefined;
}
