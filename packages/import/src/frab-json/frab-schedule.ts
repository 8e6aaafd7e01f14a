import type { VocLinkType } from './links.js';

// The shape of the voc schedule.json that exportFrabJson writes: the fields its published JSON
// Schema (c3voc.de/schedule/schema.json) allows, as pretalx and frab fill them.

export interface FrabSchedule {
  readonly $schema: string;
  readonly generator: { readonly name: string; readonly version: string };
  readonly schedule: {
    readonly version: string;
    readonly base_url?: string;
    readonly conference: FrabConference;
  };
}

export interface FrabConference {
  readonly acronym: string;
  readonly title: string;
  readonly description?: string;
  readonly start: string;
  readonly end: string;
  readonly daysCount: number;
  readonly timeslot_duration: string;
  readonly time_zone_name?: string;
  readonly url?: string;
  readonly keywords?: readonly string[];
  readonly tracks: ReadonlyArray<{ readonly name: string; readonly slug: string; readonly color?: string }>;
  readonly rooms: ReadonlyArray<{ readonly name: string; readonly guid: string; readonly description: string | null; readonly capacity: number | null }>;
  readonly days: readonly FrabDay[];
}

export interface FrabDay {
  readonly index: number;
  readonly date: string;
  readonly day_start: string;
  readonly day_end: string;
  readonly rooms: Readonly<Record<string, readonly FrabEvent[]>>;
}

export interface FrabEvent {
  readonly id: number;
  readonly guid: string;
  readonly date: string;
  readonly start: string;
  readonly duration: string;
  readonly room: string;
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly subtitle: string;
  readonly track: string | null;
  readonly type: string;
  readonly language: string;
  readonly abstract: string;
  readonly description: string;
  readonly persons: readonly FrabPerson[];
  readonly links: ReadonlyArray<{ readonly url: string; readonly title: string; readonly type: VocLinkType }>;
  readonly attachments: readonly never[];
}

export interface FrabPerson {
  readonly guid: string;
  readonly name: string;
  /** For readers of frab's older exports (voc's schema marks it deprecated). */
  readonly public_name: string;
  /** The forumkit id: forumkit's importer gives the person the same id again. */
  readonly slug: string;
  /** forumkit's role (voc's newer participants have one too); frab's readers take everyone as a speaker. */
  readonly role: string;
  readonly biography?: string;
  readonly avatar?: string;
}
