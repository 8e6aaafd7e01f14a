/** A duration as read: its length in seconds, and why it needed care when it did. */
export interface ReadDuration {
  readonly seconds?: number;
  readonly note?: string;
}

const MAX_SECONDS = 400 * 86_400; // a session of more than 400 days is a typo

/**
 * frab's `duration`: "01:30", "1:30" and "0:45" (hours and minutes, as voc's JSON Schema and XSD
 * write it), minutes past 59 ("0:90"), "1:30:00" (read as hours, minutes and seconds, as the XSD
 * allows, with a note: some exports mean days, hours and minutes), ISO 8601 "PT1H30M", or a
 * number of minutes.
 */
export function readDuration(value: unknown): ReadDuration {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 && value * 60 <= MAX_SECONDS
      ? { seconds: Math.round(value * 60), note: 'is a number: read as minutes' }
      : { note: 'is not a duration' };
  }
  if (typeof value !== 'string') return { note: value === undefined || value === null ? 'is missing' : 'is not a duration' };
  const text = value.trim();
  let match = /^(\d{1,6}):(\d{1,2})$/.exec(text);
  if (match) {
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    return within({ seconds: (hours * 60 + minutes) * 60, ...(minutes > 59 && { note: `has ${minutes} minutes: read as ${hours} h + ${minutes} min` }) });
  }
  match = /^(\d{1,6}):(\d{2}):(\d{2})$/.exec(text);
  if (match) {
    const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
    return within({ seconds, note: 'has three parts: read as hours:minutes:seconds, as the voc XSD writes it (some exports mean days:hours:minutes)' });
  }
  match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(text);
  if (match && text.length > 2) return within({ seconds: Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0) });
  return { note: text === '' ? 'is empty' : 'is not a duration (HH:MM)' };
}

const within = (read: ReadDuration): ReadDuration => (read.seconds! <= MAX_SECONDS ? read : { note: 'is longer than 400 days' });

/** A duration as frab writes it: hours (two digits at least) and minutes, "01:30", "26:00". */
export function formatDuration(seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
