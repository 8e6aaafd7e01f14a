import { lineBreakingStyles } from '@forumkit/elements/page';

/** The page around the elements: readable type, light and dark, a centred column, lines broken as in the elements. */
export const PAGE_STYLES = `
${lineBreakingStyles.cssText}
:root{color-scheme:light dark;font-family:system-ui,-apple-system,'Segoe UI','Apple SD Gothic Neo','Noto Sans KR',sans-serif;background:light-dark(#f7f8fb,#111318);color:light-dark(#1b1d24,#eceef3)}
body{margin:0 auto;max-width:72rem;padding:1.5rem clamp(0.75rem,3vw,2rem) 3rem;line-height:1.5}
a{color:light-dark(#3b3fc4,#a9adff)}
.forum-header h1{font-size:clamp(1.6rem,4vw,2.4rem);line-height:1.2;margin:0 0 .5rem}
.forum-when,.forum-venue,.forum-organizers{margin:.15rem 0;color:light-dark(#555b6a,#a9afbd)}
.forum-notice{margin:0 0 .5rem}
.forum-status{display:inline-block;padding:.2em .7em;border:1px solid light-dark(#b3261e,#ffb4ab);border-radius:999px;color:light-dark(#b3261e,#ffb4ab)}
.forum-description{max-width:48rem}
main{display:grid;gap:2.5rem;margin-top:2rem}
main h2{font-size:1.4rem;margin:0 0 1rem}
.quotes{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr))}
.coverage{margin:0;padding-inline-start:1.2rem}
`;
