// The benches compare the element with hand-written markup only when both show the same thing:
// these normalise a shadow root's markup and say where two differ. Used in Node and in the page.

// Lit's marker comments carry no content: `<!--?lit$…$-->` for a part, `<!--?-->` after a
// template that ends in a binding, `<!---->` around the items of a list.
export const strip = (markup) => markup.replace(/<!--\?(?:lit\$\d+\$)?-->|<!---->/g, '');

/** The markup without Lit's markers, each run of whitespace one space. */
export const normalize = (markup) => strip(markup).replace(/\s+/g, ' ').trim();

/** Says the two normalised markups are equal, or throws with both around the first difference. */
export function sameMarkup(element, baseline, when) {
  if (element === baseline) return `markup check, ${when}: element and baseline equal (${element.length.toLocaleString('en')} chars normalised)`;
  let at = 0;
  while (at < element.length && element[at] === baseline[at]) at++;
  const around = (text) => text.slice(Math.max(0, at - 200), at + 200);
  throw new Error(
    `MARKUP MISMATCH ${when}, at char ${at}: the baseline no longer renders what the element does.\n` +
      `  element : …${around(element)}…\n  baseline: …${around(baseline)}…`,
  );
}
