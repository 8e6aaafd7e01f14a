export declare const SURFACES: readonly string[];

/** What one page held once loaded, and what is wrong with it (`problems`, empty when all is well). */
export interface AttackReport {
  readonly surface: string;
  readonly valid: boolean;
  readonly problems: string[];
  readonly executions: readonly number[];
  readonly dialogs: readonly string[];
  readonly urlAttributes: number;
  readonly unsafeUrls: readonly string[];
  readonly handlers: readonly string[];
  readonly scripts: readonly string[];
  readonly elements: readonly string[];
  readonly roundTrips: number;
  readonly exactRoundTrips: number;
  readonly alerts: number;
  readonly titles: readonly string[];
  readonly text: string;
}

export interface AttackHarness {
  /** `input` (forum JSON) through each of `surfaces` (all by default), in `language`: one report per page. */
  attack(input: unknown, options?: { language?: string; surfaces?: readonly string[] }): Promise<AttackReport[]>;
  readonly pages: number;
  close(): Promise<void>;
}

/** Starts Chromium and the site; `ssr` gives renderForumPage and escapeHtml (`@forumkit/ssr` or its sources). */
export declare function startAttackHarness(
  ssr: { renderForumPage(input: unknown, options: any): Promise<string>; escapeHtml(text: string): string },
  options?: { settleTimeout?: number },
): Promise<AttackHarness>;
