import { expect, test } from 'vitest';
import { emulateColorScheme } from '../internal/test-a11y.js';
test('probe', async () => {
  await emulateColorScheme('dark');
  expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
  const d = document.createElement('div');
  d.style.cssText = 'color-scheme: light dark; color: light-dark(rgb(1,2,3), rgb(4,5,6))';
  document.body.append(d);
  expect(getComputedStyle(d).color).toBe('rgb(4, 5, 6)');
  await emulateColorScheme('light');
  expect(getComputedStyle(d).color).toBe('rgb(1, 2, 3)');
});
