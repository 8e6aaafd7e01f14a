import { afterEach, describe, expect, it, vi } from 'vitest';
import { addToCalendar } from './add-to-calendar.js';
import { calendarFile } from './calendar-download.js';
import { testForum } from './test-fixtures.js';

afterEach(() => vi.restoreAllMocks());

describe('addToCalendar', () => {
  it('makes the file once the writer has loaded, and starts its download', async () => {
    const downloads: Array<{ name: string; text: Promise<string> }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
    });
    const options = { sessions: ['keynote'], language: 'ko' };
    await addToCalendar(testForum, options);
    expect(downloads.map((download) => download.name)).toEqual(['test-forum-2025-keynote.ics']);
    expect(await downloads[0]!.text).toBe(calendarFile(testForum, options).text);
  });

  it('rejects, downloading nothing, when the file cannot be made', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await expect(addToCalendar(testForum, { language: 'en', baseUrl: '/relative/' })).rejects.toThrow(TypeError);
    expect(click).not.toHaveBeenCalled();
  });
});
