import type { Session } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';

type OfDay<T> = (sessions: readonly Session[], present: Presentation) => T;

/**
 * `compute` of a day's sessions in a presentation, made once per presentation and day: the
 * renders that follow (a filter, a saved session, a later slice of a long programme) find it made.
 */
export function perDay<T>(compute: OfDay<T>): OfDay<T> {
  const made = new WeakMap<Presentation, WeakMap<readonly Session[], T>>();
  return (sessions, present) => {
    let days = made.get(present);
    if (!days) made.set(present, (days = new WeakMap()));
    if (!days.has(sessions)) days.set(sessions, compute(sessions, present));
    return days.get(sessions) as T;
  };
}
