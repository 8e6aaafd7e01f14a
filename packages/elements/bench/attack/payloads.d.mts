/** One attack: its number (what its canary reports), its category and its text. */
export interface Payload {
  readonly n: number;
  readonly category: string;
  readonly text: string;
}
export declare const PAYLOADS: readonly Payload[];
export declare const CATEGORIES: readonly string[];
