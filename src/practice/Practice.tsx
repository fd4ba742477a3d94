import { useEffect, useRef, useState } from 'preact/hooks';
import { PARTNER, REPLY_DELAY_MS, replyFor } from './partner';

interface Line {
  readonly id: number;
  readonly from: 'me' | 'them';
  readonly text: string;
}

/**
 * A pretend chat that behaves like a real one: Enter sends, Shift+Enter is a new line, the box
 * empties after sending. Steady guards it exactly as it guards a chat site.
 */
export function Practice() {
  const [lines, setLines] = useState<Line[]>([
    { id: 0, from: 'them', text: 'Hey! Busy day here, I will get back to you later.' },
  ]);
  const [draft, setDraft] = useState('');
  const pendingReply = useRef<number | null>(null);
  const turn = useRef(0);
  const nextId = useRef(1);
  const listEnd = useRef<HTMLLIElement>(null);

  useEffect(() => listEnd.current?.scrollIntoView({ block: 'end' }), [lines]);
  useEffect(() => () => { if (pendingReply.current !== null) clearTimeout(pendingReply.current); }, []);

  const add = (from: Line['from'], text: string): void =>
    setLines((current) => [...current, { id: nextId.current++, from, text }]);

  const send = (): void => {
    const text = draft.trim();
    if (!text) return;
    add('me', text);
    setDraft('');
    if (pendingReply.current === null) {
      pendingReply.current = window.setTimeout(() => {
        pendingReply.current = null;
        add('them', replyFor(turn.current++));
      }, REPLY_DELAY_MS);
    }
  };

  return (
    <main class="chat">
      <header>
        <span class="avatar" aria-hidden="true">{PARTNER[0]}</span>
        <div>
          <h1>{PARTNER} <span class="tag">pretend</span></h1>
          <p>Practice chat — nothing here leaves your computer.</p>
        </div>
      </header>
      <section class="intro" aria-label="How to practise">
        <p>
          Send a few quick messages in a row. By default Steady lets four through in a minute and pauses the fifth,
          asking the question worth asking first. {PARTNER} answers, just not instantly.
        </p>
      </section>
      <ol class="messages" aria-label="Messages" aria-live="polite">
        {lines.map((line) => (
          <li key={line.id} class={line.from}>{line.text}</li>
        ))}
        <li ref={listEnd} class="end" aria-hidden="true" />
      </ol>
      <form
        class="composer"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <textarea
          data-practice-composer
          aria-label="Message"
          placeholder={`Message ${PARTNER}`}
          rows={1}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              send();
            }
          }}
        />
        <button type="submit" data-practice-send aria-label="Send">Send</button>
      </form>
    </main>
  );
}
