// IncrementalRender's preparation, in real Chromium: what a long programme's first render looks
// up is made before it, a slice at a time, with the page's own tasks running in between; a small
// one renders at once; a newer preparation replaces an older one.
import { afterEach, describe, expect, it } from 'vitest';
import { html, LitElement, type TemplateResult } from 'lit';
import { IncrementalRender } from './incremental-render.js';
import { SLICE_MS } from './yield-to-main.js';
import { mount, unmountAll } from './test-dom.js';

/** Steps of about `ms` each, `count` of them, counting how many ran. */
function slowSteps(count: number, ms: number) {
  const progress = { ran: 0 };
  function* steps() {
    for (let i = 0; i < count; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until);
      progress.ran++;
      yield;
    }
  }
  return { progress, steps };
}

class PreparingHost extends LitElement {
  incremental = new IncrementalRender(this);
  key: object = {};
  steps: () => Iterable<unknown> = () => [];
  renders: Array<'loading' | 'ready'> = [];

  override render(): TemplateResult {
    const ready = this.incremental.prepared(this.key, this.steps);
    this.renders.push(ready ? 'ready' : 'loading');
    return ready ? html`<p class="ready">${this.incremental.list([1, 2, 3], (n) => html`<span>${n}</span>`)}</p>` : html`<p class="loading"></p>`;
  }
}
customElements.define('preparing-host', PreparingHost);

function host(steps: () => Iterable<unknown>): PreparingHost {
  const element = document.createElement('preparing-host') as PreparingHost;
  element.steps = steps;
  mount('<div></div>').append(element);
  return element;
}

/** Resolves once the host is done: its preparation, the update it asks for and the items after it. */
async function settled(element: PreparingHost): Promise<void> {
  await element.updateComplete;
  while (element.incremental.busy) {
    await element.incremental.complete;
    await element.updateComplete;
  }
}

afterEach(unmountAll);

describe('IncrementalRender.prepared', () => {
  it('renders at once what is prepared within one slice', async () => {
    const { progress, steps } = slowSteps(3, 1);
    const element = host(steps);
    await settled(element);
    expect(element.renders).toEqual(['ready']);
    expect(progress.ran).toBe(3);
    expect(element.shadowRoot!.querySelectorAll('span')).toHaveLength(3);
  });

  it('prepares longer work in slices, lets the page’s tasks run in between, then renders', async () => {
    // About six slices' worth of work.
    const { progress, steps } = slowSteps(60, SLICE_MS / 10);
    const element = host(steps);
    await element.updateComplete;
    expect(element.renders).toEqual(['loading']);
    expect(element.shadowRoot!.querySelector('.loading')).not.toBeNull();
    // A task of the page's, queued now, runs before the preparation is over.
    const ranBetween = await new Promise<number>((resolve) => setTimeout(() => resolve(progress.ran)));
    expect(ranBetween).toBeGreaterThan(0);
    expect(ranBetween).toBeLessThan(60);
    await settled(element);
    expect(progress.ran).toBe(60);
    expect(element.renders).toEqual(['loading', 'ready']);
    expect(element.shadowRoot!.querySelectorAll('.ready span')).toHaveLength(3);
    expect(element.incremental.busy).toBe(false);
  });

  it('renders in the next task what took most of a slice to prepare, though it was done', async () => {
    // Two thirds of a slice: done within it, but the render would make the task long.
    const { progress, steps } = slowSteps(2, SLICE_MS / 3);
    const element = host(steps);
    await element.updateComplete;
    expect(progress.ran).toBe(2);
    expect(element.renders).toEqual(['loading']);
    await settled(element);
    expect(element.renders).toEqual(['loading', 'ready']);
    expect(progress.ran).toBe(2);
  });

  it('prepares a key once: later renders of it find it ready', async () => {
    let runs = 0;
    const element = host(() => [runs++]);
    await settled(element);
    element.requestUpdate();
    await settled(element);
    expect(runs).toBe(1);
    expect(element.renders).toEqual(['ready', 'ready']);
  });

  it('drops a preparation when another key is rendered before it is done', async () => {
    const first = slowSteps(60, SLICE_MS / 10);
    const element = host(first.steps);
    await element.updateComplete;
    expect(element.renders).toEqual(['loading']);
    element.key = {};
    element.steps = () => [];
    element.requestUpdate();
    await settled(element);
    const ranThen = first.progress.ran;
    expect(element.renders).toEqual(['loading', 'ready']);
    expect(ranThen).toBeLessThan(60);
    // The dropped preparation does not go on in later tasks.
    await new Promise((resolve) => setTimeout(resolve, SLICE_MS * 3));
    expect(first.progress.ran).toBe(ranThen);
  });
});
