// schedule.xml texts built to make a careless reader slow: deep nesting, many entity references,
// many attributes. Shared by test/import-frab-xml.test.ts (a small size, for the errors) and
// bench/import.bench.mjs (large sizes, for how the time grows).

/** @param {number} size how many elements, references or attributes */
export function hostileScheduleXml(size) {
  return [
    { name: 'nesting', text: '<a>'.repeat(size), error: /line 1, .*the text ends inside <a>/ },
    { name: 'references', text: `<schedule><version>${'&amp;'.repeat(size)}</version></schedule>`, error: /has no <conference>/ },
    {
      name: 'attributes',
      text: `<schedule ${Array.from({ length: size / 5 }, (_, i) => `a${i}="x"`).join(' ')}>`,
      error: /ends inside <schedule>/,
    },
  ];
}
