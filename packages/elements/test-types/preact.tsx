/** @jsxImportSource preact */
// forumkit's elements in a Preact component: properties, attributes, events and forumSettled.
import { useEffect, useRef } from 'preact/hooks';
import type { ForumAgenda } from '@forumkit/elements/preact';
import '@forumkit/elements/preact';

export function Programme({ src }: { src: string }) {
  const agenda = useRef<ForumAgenda>(null);
  useEffect(() => void agenda.current?.forumSettled.then((settled) => console.log(settled.status)), []);
  return (
    <main>
      <forum-agenda ref={agenda} src={src} layout="list" timeZone="Asia/Seoul" onforum-load={(event) => console.log(event.forum.id)} />
      <forum-speaker-list src={src} withQuotes />
      <forum-speaker-card src={src} person="ju-yongtae" with-quote />
      <forum-quote src={src} quote="ju-yongtae-1" />
      <forum-gallery src={src} class="photos" onforum-error={(event) => console.error(event.failure.kind)} />
    </main>
  );
}

// What the types refuse.
// @ts-expect-error 'diagonal' is not a layout
export const layout = <forum-agenda layout="diagonal" />;
// @ts-expect-error withQuotes is a boolean
export const quotes = <forum-speaker-list withQuotes="yes" />;
