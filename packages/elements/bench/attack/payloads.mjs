// The attack corpus: strings written to run script wherever forum data is shown (text, an
// attribute, a URL, a `<script type="application/json">` or JSON-LD block, a stylesheet, an SVG,
// an iframe's document). Each one that ran would call `top.__pwn(n)` or `alert(n)` (n its number),
// which the Chromium harness (attack-harness.mjs) counts: forumkit must show every one as text,
// or refuse it. Used by the ssr package's src/attack-corpus.test.ts (a seeded sample) and
// its bench/attack-corpus.bench.mjs (all of them).

/** What runs when a payload gets through: the harness defines `__pwn` in every frame of the page. */
const run = (n) => `top.__pwn(${n})`;
const b64 = (text) => Buffer.from(text).toString('base64');

// [category, payload from its canary call `c` and number `n`]
const WRITTEN = [
  // Script elements, in the spellings a filter misses.
  ['script', (c) => `<script>${c}</script>`],
  ['script', (c) => `<SCRIPT>${c}</SCRIPT>`],
  ['script', (c) => `<script type="text/javascript">${c}</script>`],
  ['script', (c) => `<script src="data:text/javascript,${c}"></script>`],
  ['script', (c) => `<scr<script>ipt>${c}</scr</script>ipt>`],
  ['script', (c) => `<script/x>${c}</script>`],
  ['script', (c) => `<<script>${c}//<</script>`],
  ['script', (c) => `<script\n>${c}</script\n>`],
  ['script', (c) => `<script type=module>${c}</script>`],
  ['script', (_, n) => `<script>alert(${n})</script>`],
  // Event-handler attributes that fire without a visitor doing anything.
  ['event handler', (c) => `<img src=x onerror=${c}>`],
  ['event handler', (c) => `<img src="x" onerror="${c}">`],
  ['event handler', (c) => `<img/src/onerror=${c}>`],
  ['event handler', (c) => `<svg onload=${c}>`],
  ['event handler', (c) => `<svg/onload=${c}//`],
  ['event handler', (c) => `<body onload=${c}>`],
  ['event handler', (c) => `<details open ontoggle=${c}>`],
  ['event handler', (c) => `<input autofocus onfocus=${c}>`],
  ['event handler', (c) => `<video><source onerror=${c}></video>`],
  ['event handler', (c) => `<audio src=x onerror=${c}>`],
  ['event handler', (c) => `<style onload=${c}></style>`],
  ['event handler', (c) => `<iframe onload=${c}></iframe>`],
  ['event handler', (c) => `<object data=x onerror=${c}></object>`],
  ['event handler', (c) => `<image src=x onerror=${c}>`],
  ['event handler', (c) => `<div style="animation-name:spin" onanimationstart=${c}>x</div>`],
  ['event handler', (_, n) => `<img src=x onerror=alert(${n})>`],
  // Breaking out of an attribute value or a tag.
  ['attribute breakout', (c) => `"><img src=x onerror=${c}>`],
  ['attribute breakout', (c) => `'><img src=x onerror=${c}>`],
  ['attribute breakout', (c) => `\`><img src=x onerror=${c}>`],
  ['attribute breakout', (c) => `" onfocus="${c}" autofocus tabindex="0" x="`],
  ['attribute breakout', (c) => `' onfocus='${c}' autofocus tabindex='0' x='`],
  ['attribute breakout', (c) => `x" onerror="${c}`],
  ['attribute breakout', (c) => `x"onerror="${c}"`],
  ['attribute breakout', (c) => `"/><svg/onload=${c}>`],
  ['attribute breakout', (c) => `"></forum-agenda><img src=x onerror=${c}>`],
  ['attribute breakout', (c) => `</template><img src=x onerror=${c}>`],
  // URLs that run script, in many spellings: case, whitespace, control characters, entities,
  // backslashes, percent-encoding.
  ['url', (c) => `javascript:${c}`],
  ['url', (c) => `JaVaScRiPt:${c}`],
  ['url', (c) => ` javascript:${c}`],
  ['url', (c) => `java\tscript:${c}`],
  ['url', (c) => `java\nscript:${c}`],
  ['url', (c) => `java\rscript:${c}`],
  ['url', (c) => `\u0001javascript:${c}`],
  ['url', (c) => `\u0000javascript:${c}`],
  ['url', (c) => `javascript&colon;${c}`],
  ['url', (c) => `&#106;avascript:${c}`],
  ['url', (c) => `&#x6A;&#x61;&#x76;&#x61;script:${c}`],
  ['url', (c) => `jav&#x09;ascript:${c}`],
  ['url', (c) => `javascript:/*--></title></style></textarea></script><svg/onload=${c}>*/`],
  ['url', (c) => `javascript://%0a${c}`],
  ['url', (c) => `\\javascript:${c}`],
  ['url', (c) => `/\\javascript:${c}`],
  ['url', (_, n) => `vbscript:msgbox(${n})`],
  ['url', (_, n) => `VBScript:MsgBox(${n})`],
  ['url', (c) => `data:text/html,<script>${c}</script>`],
  ['url', (c) => `DATA:TEXT/HTML,<script>${c}</script>`],
  ['url', (c) => ` data:text/html;base64,${b64(`<script>${c}</script>`)}`],
  ['url', (c) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${c}"/>`],
  ['url', (c) => `javascript%3A${c}`],
  // Ending the script element the data sits in (JSON-LD, the page's forum data), or a comment or CDATA section around it.
  ['script breakout', (c) => `</script><script>${c}</script>`],
  ['script breakout', (c) => `</SCRIPT ><script>${c}</script>`],
  ['script breakout', (c) => `</script\t><img src=x onerror=${c}>`],
  ['script breakout', (c) => `</script/><svg onload=${c}>`],
  ['script breakout', (c) => `<!--<script>${c}//`],
  ['script breakout', (c) => `<!--</script><script>${c}</script>-->`],
  ['script breakout', (c) => `]]></script><script>${c}</script>`],
  ['script breakout', (c) => `<![CDATA[</script><script>${c}</script>]]>`],
  ['script breakout', (c) => `"}]</script><script>${c}</script>`],
  ['script breakout', (c) => `\\u003c/script\\u003e\\u003cscript\\u003e${c}\\u003c/script\\u003e`],
  // SVG and MathML: other parsing rules, other ways to reach script.
  ['svg/mathml', (c) => `<svg><script>${c}</script></svg>`],
  ['svg/mathml', (c) => `<svg><a xlink:href="javascript:${c}"><text y="20">x</text></a></svg>`],
  ['svg/mathml', (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`],
  ['svg/mathml', (c) => `<svg><set attributeName=href to="javascript:${c}"/></svg>`],
  ['svg/mathml', (c) => `<svg><foreignObject><img src=x onerror=${c}></foreignObject></svg>`],
  ['svg/mathml', (c) => `<svg><style><img src=x onerror=${c}></style></svg>`],
  ['svg/mathml', (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}></style></mglyph></table></mtext></math>`],
  ['svg/mathml', (c) => `<math href="javascript:${c}">x</math>`],
  // Frames, objects, forms and links that take a URL or a document.
  ['frame/link', (c) => `<iframe srcdoc="<script>${c}</script>"></iframe>`],
  ['frame/link', (c) => `<iframe srcdoc="&lt;img src=x onerror=${c}&gt;"></iframe>`],
  ['frame/link', (c) => `<iframe src="javascript:${c}"></iframe>`],
  ['frame/link', (c) => `<embed src="data:text/html,<script>${c}</script>">`],
  ['frame/link', (c) => `<object data="javascript:${c}"></object>`],
  ['frame/link', (c) => `<form action="javascript:${c}"><button>x</button></form>`],
  ['frame/link', (c) => `<button formaction="javascript:${c}">x</button>`],
  ['frame/link', (c) => `<a href="javascript:${c}">x</a>`],
  ['frame/link', (c) => `<base href="javascript:${c}//">`],
  ['frame/link', (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`],
  // CSS: ending a style element, old script-in-CSS, url() with a script URL.
  ['css', (c) => `</style><script>${c}</script>`],
  ['css', (c) => `</style><img src=x onerror=${c}>`],
  ['css', (c) => `red;background:url(javascript:${c})`],
  ['css', (c) => `x{}*{background:url("javascript:${c}")}`],
  ['css', (c) => `expression(${c})`],
  ['css', (c) => `#fff;}</style><svg onload=${c}>`],
  ['css', (c) => `@import 'javascript:${c}';`],
  // Raw-text and comment elements, templates: markup a parser reads differently in another context.
  ['template/raw text', (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>"></noscript>`],
  ['template/raw text', (c) => `</textarea><img src=x onerror=${c}>`],
  ['template/raw text', (c) => `</title><img src=x onerror=${c}>`],
  ['template/raw text', (c) => `<!--><img src=x onerror=${c}>-->`],
  ['template/raw text', (c) => `<!-- --!><img src=x onerror=${c}>-->`],
  ['template/raw text', (c) => `\${${c}}`],
  ['template/raw text', (c) => `{{constructor.constructor('${c}')()}}`],
  ['template/raw text', (c) => `<template shadowrootmode="open"><img src=x onerror=${c}></template>`],
  // Unicode that breaks JavaScript strings or reorders what a reader sees; a lone surrogate (refused).
  ['unicode', (c) => `\u2028<script>${c}</script>\u2029`],
  ['unicode', (c) => `\u202e<img src=x onerror=${c}>\u202c`],
  ['unicode', (c) => `\u2066"><img src=x onerror=${c}>\u2069`],
  ['unicode', (c) => `<scr\u0000ipt>${c}</scr\u0000ipt>`],
  ['unicode', (c) => `\ufeff＜script＞${c}＜/script＞`],
  ['unicode', (c) => `\u0085</script>\u0085<script>${c}</script>`],
  ['unicode', (c) => `\ud800<script>${c}</script>`],
  // Text already escaped once: decoding it twice would make markup.
  ['entities', (c) => `&lt;script&gt;${c}&lt;/script&gt;`],
  ['entities', (c) => `&#60;img src=x onerror=${c}&#62;`],
  ['entities', (c) => `%3Cscript%3E${c}%3C/script%3E`],
  ['entities', (c) => `\\x3cscript\\x3e${c}\\x3c/script\\x3e`],
  // Very long: past what a filter or a message looks at.
  ['long', (c) => `<img src=x onerror=${c}>`.repeat(55)],
  ['long', (c) => `${'A'.repeat(1900)}<script>${c}</script>`],
  ['long', (c) => `${'</script>'.repeat(150)}<script>${c}</script>`],
];

/** One attack: its number (what its canary reports), its category and its text. */
export const PAYLOADS = WRITTEN.map(([category, write], index) => {
  const n = index + 1;
  return { n, category, text: write(run(n), n) };
});

/** The categories, in the order written. */
export const CATEGORIES = [...new Set(PAYLOADS.map((payload) => payload.category))];
