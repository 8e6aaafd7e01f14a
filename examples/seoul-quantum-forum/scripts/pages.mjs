// The pages dist/ holds, with what `npm start` says about each. `forumkit build` writes the
// server-rendered ones (index.html in the forum's first language, index.<lang>.html for the
// others); scripts/build.mjs adds the drop-in page.
export const PAGES = [
  { path: '', label: 'Server-rendered page, 한국어 (forumkit build: JSON-LD, works without JavaScript)' },
  { path: 'index.en.html', label: 'Server-rendered page, English (forumkit build)' },
  { path: 'drop-in.html', label: 'Drop-in page (rendered in the browser from forum.json, 한국어/English switch)' },
];

/** The server-rendered page's file name for a language, as forumkit build names it. */
export const serverRenderedPage = (language) => (language === 'ko' ? 'index.html' : `index.${language}.html`);

/** The drop-in page's file name. */
export const DROP_IN_PAGE = 'drop-in.html';
