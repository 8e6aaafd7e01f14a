import { afterEach, describe, expect, it } from 'vitest';
import { ForumGallery } from './forum-gallery.js';
import { axeViolations, emulateColorScheme, schemeBackground } from '../internal/test-a11y.js';
import { inShadow, mount, nextEvent, shadowText, unmountAll } from '../internal/test-dom.js';
import { HOSTILE, hostileSeoulForum, seoulData, seoulDataCopy, seoulForum } from '../internal/test-seoul.js';

afterEach(async () => {
  unmountAll();
  await emulateColorScheme('light');
});

async function showGallery(forum: unknown, attributes = '', width?: string): Promise<ForumGallery> {
  const gallery = mount<ForumGallery>(`<forum-gallery ${attributes}></forum-gallery>`);
  if (width) gallery.parentElement!.style.width = width;
  gallery.forum = forum;
  await gallery.updateComplete;
  return gallery;
}

const figures = (gallery: ForumGallery) => Array.from(gallery.shadowRoot?.querySelectorAll('figure[part=figure]') ?? []);
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

type Text = Record<string, string>;
const photos = (seoulData.photos ?? []) as unknown as Array<{ id: string; url: string; alt: Text; caption: Text }>;

describe('<forum-gallery>', () => {
  it('shows the ten photos with their alt text, captions and the credit 강남 소비자저널', async () => {
    const gallery = await showGallery(seoulForum, 'lang="ko"');
    const shown = figures(gallery);
    expect(shown).toHaveLength(10);
    shown.forEach((figure, i) => {
      const img = figure.querySelector<HTMLImageElement>('img[part=image]');
      expect(img?.getAttribute('src')).toBe(photos[i]!.url);
      expect(img?.alt).toBe(photos[i]!.alt.ko);
      expect(text(figure.querySelector('figcaption'))).toContain(photos[i]!.caption.ko);
      expect(text(figure.querySelector('[part=credit]'))).toBe('ⓒ강남 소비자저널');
    });
    expect(text(shown[0]?.querySelector('figcaption'))).toContain('포럼 장소');
    expect(gallery.shadowRoot?.querySelector('ul')?.getAttribute('aria-label')).toBe('사진');
  });

  it('switches to English captions and alt text when lang changes, without doubling the ⓒ', async () => {
    const gallery = await showGallery(seoulForum, 'lang="ko"');
    gallery.setAttribute('lang', 'en');
    await expect.poll(() => text(figures(gallery)[0]?.querySelector('figcaption > span'))).toBe('Forum venue');
    expect(figures(gallery)[0]?.querySelector('img')?.alt).toBe('The aT Center Grand Hall in Yangjae, where the forum was held');
    expect(text(figures(gallery)[0]?.querySelector('[part=credit]'))).toBe('ⓒ Gangnam Consumer Journal');
  });

  it('marks placeholder images visibly and keeps their captions', async () => {
    const gallery = await showGallery(seoulForum, 'lang="en"');
    for (const figure of figures(gallery)) {
      const badge = figure.querySelector<HTMLElement>('[part=placeholder]');
      expect(text(badge)).toBe('Placeholder image');
      expect(badge!.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(figure.querySelector<HTMLElement>('figcaption')!.getBoundingClientRect().height).toBeGreaterThan(0);
    }
    const data = seoulDataCopy();
    delete data.photos[0].placeholder;
    const real = await showGallery(data, 'lang="en"');
    expect(figures(real)[0]?.querySelector('[part=placeholder]')).toBeNull();
    expect(shadowText(real).match(/Placeholder image/g)).toHaveLength(9);
  });

  it('gives images their size and loads them lazily', async () => {
    const gallery = await showGallery(seoulForum, 'lang="en"');
    const img = figures(gallery)[3]?.querySelector('img');
    expect(img?.getAttribute('width')).toBe('1200');
    expect(img?.getAttribute('height')).toBe('800');
    expect(img?.getAttribute('loading')).toBe('lazy');
    // The host page's address is not sent to wherever the data's images live.
    expect(img?.referrerPolicy).toBe('no-referrer');

    const data = seoulDataCopy();
    delete data.photos[3].width;
    delete data.photos[3].height;
    const unsized = await showGallery(data, 'lang="en"');
    expect(figures(unsized)[3]?.querySelector('img')?.hasAttribute('width')).toBe(false);
  });

  it('shows only the photos named, in the order given', async () => {
    const [first, , third] = photos;
    const gallery = await showGallery(seoulForum, `lang="en" photos="${third!.id} no-such-photo ${first!.id}"`);
    expect(figures(gallery).map((figure) => figure.querySelector('img')?.getAttribute('src'))).toEqual([third!.url, first!.url]);
  });

  it('falls back to the caption for alt text and to the copyright holder for the credit', async () => {
    const data = seoulDataCopy();
    delete data.photos[0].alt;
    delete data.photos[0].credit;
    delete data.photos[1].alt;
    delete data.photos[1].caption;
    delete data.photos[1].credit;
    delete data.photos[1].copyrightHolder;
    const gallery = await showGallery(data, 'lang="en"');
    const [withCaption, bare] = figures(gallery);
    expect(withCaption?.querySelector('img')?.alt).toBe('Forum venue');
    expect(text(withCaption?.querySelector('[part=credit]'))).toBe('ⓒ Gangnam Consumer Journal');
    // Nothing describes the second photo: it is decorative, and says only that it is a placeholder.
    expect(bare?.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(bare?.querySelector('[part=credit]')).toBeNull();
  });

  it('crops every image to the same aspect ratio in a grid that fits 320px', async () => {
    const narrow = await showGallery(seoulForum, 'lang="en"', '320px');
    const images = Array.from(narrow.shadowRoot!.querySelectorAll('img')).map((img) => img.getBoundingClientRect());
    expect(new Set(images.map((box) => box.left)).size).toBe(1);
    for (const box of images) {
      expect(box.width).toBeLessThanOrEqual(320);
      expect(box.height).toBeCloseTo((box.width * 2) / 3, 0);
    }
    const ul = narrow.shadowRoot!.querySelector('ul')!;
    expect(ul.scrollWidth).toBeLessThanOrEqual(ul.clientWidth);

    const wide = await showGallery(seoulForum, 'lang="en" style="--forum-gallery-aspect-ratio: 1"', '1100px');
    const boxes = Array.from(wide.shadowRoot!.querySelectorAll('img')).map((img) => img.getBoundingClientRect());
    expect(boxes.filter((box) => box.top === boxes[0]!.top).length).toBeGreaterThanOrEqual(3);
    expect(boxes[0]!.height).toBeCloseTo(boxes[0]!.width, 0);
  });

  it('shows hostile text as text, in captions, credits and alt text', async () => {
    const gallery = await showGallery(hostileSeoulForum, 'lang="en"');
    expect(figures(gallery)).toHaveLength(10);
    expect(shadowText(gallery)).toContain(`${HOSTILE} caption en`);
    expect(shadowText(gallery)).toContain(`${HOSTILE} credit en`);
    const images = Array.from(gallery.shadowRoot!.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual(photos.map((photo) => photo.url));
    expect(images.every((img) => img.alt === `${HOSTILE} alt en`)).toBe(true);
    expect(gallery.shadowRoot?.querySelectorAll('a, script, figcaption *:not(span, small, bdi)')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('never uses a javascript: URL as an image source', async () => {
    const data = seoulDataCopy();
    data.photos[0].url = 'javascript:alert(1)';
    const failed = nextEvent(document, 'forum-error');
    const gallery = await showGallery(data, 'lang="en"');
    expect(inShadow(gallery, '[role=alert]')?.textContent?.trim()).toBe('The photos could not be loaded.');
    const { failure } = await failed;
    expect(failure.kind === 'invalid' && failure.issues.map((issue) => issue.path)).toContain('photos[0].url');
    expect(gallery.shadowRoot?.querySelectorAll('img')).toHaveLength(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      await emulateColorScheme(scheme);
      const gallery = await showGallery(seoulForum, 'lang="en"');
      schemeBackground(gallery.parentElement!);
      expect(await axeViolations(gallery)).toEqual([]);
    });
  }
});
