import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { partnerName, REPLY_DELAY_MS, replyFor } from './partner';

interface Line {
  readonly id: number;
  readonly from: 'me' | 'them';
  readonly text: string;
}

export interface PracticeProps {
  /** Inside another page (the welcome page): a section with an h3 instead of the page's main and h1. */
  embedded?: boolean;
}

/**
 * A pretend chat that behaves like a real one: Enter sends, Shift+Enter is a new line, the box
 * empties after sending. Steady guards it exactly as it guards a chat site.
 */
export function Practice({ embedded = false }: PracticeProps) {
  const partner = partnerName();
  const [lines, setLines] = useState<Line[]>(() => [{ id: 0, from: 'them', text: t('practiceGreeting') }]);
  const [draft, setDraft] = useState('');
  const pendingReply = useRef<number | null>(null);
  const turn = useRef(0);
  const nextId = useRef(1);
  const list = useRef<HTMLOListElement>(null);
  const Root = embedded ? 'section' : 'main';
  const Title = embedded ? 'h3' : 'h1';

  // Scrolls the list, never the page: on the welcome page the chat sits below the steps.
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [lines]);
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
    <Root class="chat" aria-label={embedded ? t('practicePageTitle') : undefined}>
      <header>
        <span class="avatar" aria-hidden="true">{partner[0]}</span>
        <div>
          <Title>{partner} <span class="tag">{t('practiceTag')}</span></Title>
          <p>{t('practiceSubtitle')}</p>
        </div>
      </header>
      <section class="intro" aria-label={t('practiceIntroLabel')}>
        <p>{t('practiceIntro', partner)}</p>
      </section>
      <ol ref={list} class="messages" aria-label={t('practiceMessagesLabel')} aria-live="polite">
        {lines.map((line) => (
          <li key={line.id} class={line.from}>{line.text}</li>
        ))}
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
          aria-label={t('practiceComposerLabel')}
          placeholder={t('practiceComposerPlaceholder', partner)}
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
        <button type="submit" data-practice-send>{t('practiceSend')}</button>
      </form>
    </Root>
  );
}
