// forumkit's elements in a React 19 component: properties, attributes, events and forumSettled.
import { useEffect, useRef, useState } from 'react';
import type { ForumAgenda, ForumLoadEvent } from '@forumkit/elements/react';
import '@forumkit/elements/react';

export function Programme({ src }: { src: string }) {
  const agenda = useRef<ForumAgenda>(null);
  const [sessions, setSessions] = useState<number>();
  useEffect(() => {
    let live = true;
    void agenda.current?.forumSettled.then((settled) => {
      if (live && settled.status === 'ready') setSessions(settled.forum.sessions.length);
    });
    return () => void (live = false);
  }, [src]);
  return (
    <>
      <p>{sessions}</p>
      <forum-agenda
        ref={agenda}
        src={src}
        layout="grid"
        timeZone="Asia/Seoul"
        hide-forum-status
        onforum-load={(event: ForumLoadEvent) => console.log(event.forum.name)}
        onforum-error={(event) => console.error(event.failure.message)}
        onforum-favorite-change={(event) => console.log(event.detail.favorites)}
      />
      <forum-speaker-list src={src} withQuotes headingLevel={3} lang="ko" />
      <forum-speaker-card src={src} person="ju-yongtae" with-bio />
      <forum-quote forum={{}} quote="ju-yongtae-1" hideSpeaker />
      <forum-gallery src={src} className="photos" style={{ marginBlock: '1rem' }} />
    </>
  );
}

// What the types refuse.
// @ts-expect-error 'diagonal' is not a layout
export const layout = <forum-agenda layout="diagonal" />;
// @ts-expect-error headingLevel is a number
export const level = <forum-speaker-card headingLevel="three" />;
// @ts-expect-error a forum-load handler is given a ForumLoadEvent, which has no `detail`
export const handler = <forum-agenda onforum-load={(event: CustomEvent<{ x: number }>) => event.detail.x} />;
// @ts-expect-error forumSettled is read-only, not a prop
export const settled = <forum-quote forumSettled={Promise.resolve()} />;
