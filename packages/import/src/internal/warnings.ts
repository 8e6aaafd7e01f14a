const SHOWN = 5;

/**
 * The warnings of one import: single ones as they come, and repeated ones (the same field left
 * out of 200 events) gathered into one line that names the first few places.
 */
export class Warnings {
  readonly #single: string[] = [];
  readonly #grouped = new Map<string, { message: string; places: string[] }>();

  add(message: string): void {
    this.#single.push(message);
  }

  /** One of many: `message` is said once, followed by how many places and the first of them. */
  group(key: string, message: string, place: string): void {
    const group = this.#grouped.get(key);
    if (group) group.places.push(place);
    else this.#grouped.set(key, { message, places: [place] });
  }

  list(): string[] {
    const grouped = [...this.#grouped.values()].map(({ message, places }) => {
      const shown = places.slice(0, SHOWN).join('; ');
      const more = places.length > SHOWN ? `; and ${places.length - SHOWN} more` : '';
      return `${message} (${places.length === 1 ? 'at' : `${places.length} times, at`} ${shown}${more})`;
    });
    return [...this.#single, ...grouped];
  }
}
