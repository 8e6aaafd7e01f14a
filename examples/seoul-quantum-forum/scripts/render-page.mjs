// The static page: a readable summary of the forum with its JSON-LD in <head>.
// Every data string goes through escapeHtml; the JSON-LD goes through core's jsonLdScript.
import {
  datePart,
  formatDay,
  indexForum,
  jsonLdScript,
  resolveText,
  resolveTextLanguage,
  sessionKindLabel,
  sessionsInOrder,
  speakers,
  vocabularyLabels,
} from '@forumkit/core';

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * Renders the page in `language`. `doc` is the JSON-LD for the same language.
 * Text that falls back to another language is marked with its own `lang`.
 */
export function renderPage(forum, doc, language = forum.languages[0]) {
  const fallbacks = forum.languages;
  const { organizations, people, quotesByPerson } = indexForum(forum);
  const labels = vocabularyLabels(language);
  const ui = UI[language] ?? UI.en;

  // A localised text as escaped HTML, wrapped in a lang-marked span when it is not in `language`.
  const text = (value) => {
    const resolved = resolveText(value, language, fallbacks);
    if (resolved === undefined) return '';
    const tag = resolveTextLanguage(value, language, fallbacks, fallbacks[0]);
    return tag && tag !== language ? `<span lang="${escapeHtml(tag)}">${escapeHtml(resolved)}</span>` : escapeHtml(resolved);
  };
  const other = (value) => {
    // The same name in the forum's other language, e.g. the romanised name beside the Korean one.
    if (!value || typeof value === 'string') return '';
    const alt = fallbacks.find((tag) => tag !== language && value[tag] && value[tag] !== value[language]);
    return alt ? ` <span class="alt" lang="${escapeHtml(alt)}">(${escapeHtml(value[alt])})</span>` : '';
  };
  const orgName = (id) => {
    const org = organizations.get(id);
    return org ? text(org.name) : '';
  };
  const personLine = (person) =>
    [person.jobTitle && text(person.jobTitle), person.affiliation && orgName(person.affiliation)].filter(Boolean).join(', ');

  const day = datePart(forum.start);
  const venue = forum.venue;
  const address = venue?.address?.locality ? `, ${text(venue.address.locality)}` : '';

  const agenda = sessionsInOrder(forum)
    .map((session) => {
      const kind = escapeHtml(sessionKindLabel(session.kind, language));
      const title = session.title ? `: ${text(session.title)}` : '';
      const who = (session.participants ?? [])
        .map(({ person, role }) => {
          const found = people.get(person);
          return found ? `<li>${text(found.name)} <span class="role">${escapeHtml(labels.roles[role])}</span></li>` : '';
        })
        .join('');
      const about = session.description ? `<p>${text(session.description)}</p>` : '';
      return `<li id="session-${escapeHtml(session.id)}"><h3>${kind}${title}</h3>${about}<ul class="people">${who}</ul></li>`;
    })
    .join('\n');

  const speakerItems = speakers(forum)
    .map((person) => {
      const quotes = (quotesByPerson.get(person.id) ?? [])
        .map((quote) => {
          const said = typeof quote.text === 'string' ? quote.text : quote.text[quote.language];
          const translated = resolveText(quote.text, language, []);
          const translation =
            translated !== undefined && translated !== said && quote.language !== language
              ? `<p class="translation">${escapeHtml(translated)}</p>`
              : '';
          return `<blockquote lang="${escapeHtml(quote.language)}"><p>${escapeHtml(said ?? '')}</p></blockquote>${translation}`;
        })
        .join('');
      return `<li id="person-${escapeHtml(person.id)}"><h3>${text(person.name)}${other(person.name)}</h3><p>${personLine(person)}</p>${quotes}</li>`;
    })
    .join('\n');

  const photos = (forum.photos ?? [])
    .map((photo) => {
      const size = photo.width && photo.height ? ` width="${photo.width}" height="${photo.height}"` : '';
      const alt = escapeHtml(resolveText(photo.alt, language, fallbacks) ?? '');
      const credit = photo.credit ? ` <small>${text(photo.credit)}</small>` : '';
      const note = photo.placeholder ? ` <small class="placeholder">${escapeHtml(ui.placeholder)}</small>` : '';
      return `<figure><img src="${escapeHtml(photo.url)}" alt="${alt}"${size} loading="lazy"><figcaption>${text(photo.caption ?? '')}${credit}${note}</figcaption></figure>`;
    })
    .join('\n');

  const coverage = (forum.coverage ?? [])
    .map((article) => {
      const authors = (article.authors ?? []).map((id) => people.get(id)).filter(Boolean).map((p) => text(p.name));
      const by = [article.publisher && orgName(article.publisher), ...authors].filter(Boolean).join(', ');
      const lang = article.language ? ` lang="${escapeHtml(article.language)}"` : '';
      const headline = resolveText(article.headline, article.language ?? language, fallbacks) ?? '';
      return `<li><cite${lang}>${escapeHtml(headline)}</cite>${by ? ` — ${by}` : ''}</li>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(resolveText(forum.name, language, fallbacks) ?? '')}</title>
${forum.description ? `<meta name="description" content="${escapeHtml(resolveText(forum.description, language, fallbacks))}">` : ''}
${jsonLdScript(doc)}
<style>
  body { font: 16px/1.6 system-ui, 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
  h1 { line-height: 1.25; } h3 { margin: 0.2rem 0; font-size: 1.05rem; }
  .meta { color: #555; } .role, .alt, small { color: #666; font-size: 0.9em; }
  ol.agenda > li, ul.speakers > li { margin-bottom: 1.2rem; }
  ul.people { padding-left: 1.2rem; margin: 0.2rem 0; }
  blockquote { margin: 0.5rem 0 0 1rem; padding-left: 0.8rem; border-left: 3px solid #ccd; }
  blockquote p { margin: 0; } .translation { margin: 0.1rem 0 0 1.8rem; color: #555; font-style: italic; }
  .gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
  figure { margin: 0; } img { width: 100%; height: auto; border-radius: 6px; }
</style>
</head>
<body>
<header>
<h1>${text(forum.name)}</h1>
<p class="meta"><time datetime="${escapeHtml(day)}">${escapeHtml(formatDay(day, language))}</time>${venue ? ` · ${text(venue.name)}${address}` : ''}</p>
${forum.organizers?.length ? `<p class="meta">${escapeHtml(ui.organizers)}: ${forum.organizers.map(orgName).filter(Boolean).join(', ')}</p>` : ''}
${forum.description ? `<p>${text(forum.description)}</p>` : ''}
</header>
<main>
<section><h2>${escapeHtml(ui.agenda)}</h2>
<ol class="agenda">
${agenda}
</ol></section>
<section><h2>${escapeHtml(ui.speakers)}</h2>
<ul class="speakers">
${speakerItems}
</ul></section>
${photos ? `<section><h2>${escapeHtml(ui.photos)}</h2>\n<div class="gallery">\n${photos}\n</div></section>` : ''}
${coverage ? `<section><h2>${escapeHtml(ui.coverage)}</h2>\n<ul>\n${coverage}\n</ul></section>` : ''}
</main>
</body>
</html>
`;
}

const UI = {
  ko: { agenda: '프로그램', speakers: '연사', photos: '사진', coverage: '보도', organizers: '주최', placeholder: '(자리표시 이미지: 원본 사진은 재배포하지 않음)' },
  en: { agenda: 'Programme', speakers: 'Speakers', photos: 'Photos', coverage: 'Coverage', organizers: 'Hosted by', placeholder: '(placeholder image: the original photo is not redistributed)' },
};
