import { describe, expect, it } from 'vitest';
import { trackColorClass, trackColorCss } from './track-colors.js';

describe('track colours', () => {
  it('are one rule per colour, #rgb written out as #rrggbb', () => {
    const tracks = [
      { id: 'a', name: 'A', color: '#0A7' },
      { id: 'b', name: 'B', color: '#00aa77' },
      { id: 'c', name: 'C', color: '#1f6feb' },
      { id: 'd', name: 'D' },
    ];
    expect(tracks.map((track) => trackColorClass(track.color))).toEqual(['track-color-00aa77', 'track-color-00aa77', 'track-color-1f6feb', undefined]);
    expect(trackColorCss(tracks)).toBe(".track-color-00aa77::before{content:'';background:#00aa77}.track-color-1f6feb::before{content:'';background:#1f6feb}");
  });

  it('become CSS only as hex digits: anything else, however it got past validation, is left out', () => {
    const hostile = ['red', '#0a7;}*{display:none', '#12345', 'url(https://tracker.example/)', '#0a7\n'];
    expect(hostile.map(trackColorClass)).toEqual(hostile.map(() => undefined));
    expect(trackColorCss(hostile.map((color, i) => ({ id: `t${i}`, name: 'T', color })))).toBe('');
  });
});
