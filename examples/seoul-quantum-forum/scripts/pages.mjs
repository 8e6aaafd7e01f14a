// The pages dist/ holds, with what `npm start` says about each.
export const PAGES = [
  { path: '', label: 'Drop-in page (rendered in the browser, 한국어/English switch)' },
  { path: 'server-rendered.ko.html', label: 'Server-rendered page, 한국어 (JSON-LD, works without JavaScript)' },
  { path: 'server-rendered.en.html', label: 'Server-rendered page, English (JSON-LD, works without JavaScript)' },
];

/** The server-rendered page's file name for a language. */
export const serverRenderedPage = (language) => `server-rendered.${language}.html`;
