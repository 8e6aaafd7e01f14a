import type { Session } from '../model/types.js';
import type { Translation } from '../i18n/translation.js';
import { showText, type ShownText } from './shown-text.js';

/**
 * What a session is called: its title in the language (falling back along the forum's
 * languages), else the name of its kind in the language's translation. Ceremonies often have no
 * title ("Opening remarks"): every output names them this way.
 */
export function sessionName(session: Session, translation: Translation, language: string, fallbacks: readonly string[]): ShownText {
  return showText(session.title, language, fallbacks) ?? { text: translation.sessionKinds[session.kind], language: translation.language };
}
