import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets fresh modules: the registry's contents are the module's state.
afterEach(() => {
  vi.doUnmock('./built-in-translations.js');
  vi.doUnmock('./translations/de.js');
  vi.resetModules();
});

const modules = async () => ({ ...(await import('./registry.js')), ...(await import('./load-translation.js')) });

describe('with the eight built-in translations registered (Node, bundlers, the package entries)', () => {
  it('has nothing to load, and registers nothing', async () => {
    const { loadTranslation, translationToLoad, translationsGeneration } = await modules();
    for (const language of ['en', 'ko-KR', 'ja', 'zh-Hans', 'de-AT', 'fr', 'es-419', 'ar', 'sv']) {
      expect(translationToLoad(language), language).toBeUndefined();
    }
    const before = translationsGeneration();
    await loadTranslation('ko');
    expect(translationsGeneration()).toBe(before);
  });
});

describe('with English alone built in (a bundle that loads translations on demand)', () => {
  const englishOnly = async () => {
    vi.doMock('./built-in-translations.js', () => import('./built-in-english.js'));
    return modules();
  };

  it('speaks English until a language is loaded, then that language', async () => {
    const { loadTranslation, translatedLanguages, translationFor, translationToLoad } = await englishOnly();
    expect(translatedLanguages()).toEqual(['en']);
    expect(translationFor('ko').language).toBe('en');
    expect(translationToLoad('ko-KR')).toBe('ko');
    expect(translationToLoad('zh-Hans-CN')).toBe('zh-Hans');
    expect(translationToLoad('en-GB')).toBeUndefined();
    expect(translationToLoad('sv')).toBeUndefined(); // none built in: English stands in

    await loadTranslation('ko-KR');
    expect(translationFor('ko-KR').language).toBe('ko');
    expect(translationFor('ko').content.programme.loading).not.toBe(translationFor('en').content.programme.loading);
    expect(translationToLoad('ko')).toBeUndefined();
    expect(translatedLanguages()).toEqual(['en', 'ko']);
  });

  it('loads a language once however many ask at the same time', async () => {
    const { loadTranslation, translationsGeneration } = await englishOnly();
    const before = translationsGeneration();
    const asked = [loadTranslation('ar'), loadTranslation('ar-EG'), loadTranslation('ar')];
    expect(asked[1]).toBe(asked[0]);
    await Promise.all(asked);
    await loadTranslation('ar');
    expect(translationsGeneration()).toBe(before + 1);
  });

  it("keeps a site's own translation registered while the built-in one was loading", async () => {
    const { loadTranslation, registerTranslation, translationFor } = await englishOnly();
    const loading = loadTranslation('ja');
    registerTranslation({ ...translationFor('en'), language: 'ja', terms: { ...translationFor('en').terms, noData: 'データなし' } });
    await loading;
    expect(translationFor('ja').terms.noData).toBe('データなし');
  });

  it('rejects when the translation cannot be loaded, and tries again when asked again', async () => {
    let online = false;
    vi.doMock('./translations/de.js', async (original) => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return original();
    });
    const { loadTranslation, translationFor } = await englishOnly();
    await expect(loadTranslation('de')).rejects.toThrow();
    expect(translationFor('de').language).toBe('en');
    online = true;
    await loadTranslation('de');
    expect(translationFor('de').language).toBe('de');
  });
});
