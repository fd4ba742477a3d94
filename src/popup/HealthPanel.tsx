import { useState } from 'preact/hooks';
import { CHECKS, healthReport, hostOf, judgeHealth, type CheckName, type HealthFacts } from '../core/health';
import { t, type MessageKey } from '../platform/i18n';

/** What the popup knows about the current tab's site health, from main.tsx. */
export interface HealthInfo {
  /** The answer of the tab's frame that saw most; null while no frame has answered. */
  facts: HealthFacts | null;
  /** No frame of the tab can answer (none runs Steady's content script). */
  unreachable: boolean;
  version: string;
  browser: string;
  /** The tab's address: only its host ever reaches the report. */
  url: string | undefined;
  copy(text: string): Promise<boolean>;
}

type Judged = 'ok' | 'problem' | 'unknown';

/** One plain sentence per check and state; a problem says what it means for the person. */
const LINES: Record<CheckName, Record<Judged, MessageKey>> = {
  composer: { ok: 'healthComposerOk', problem: 'healthComposerProblem', unknown: 'healthComposerUnknown' },
  sends: { ok: 'healthSendsOk', problem: 'healthSendsProblem', unknown: 'healthSendsUnknown' },
  chats: { ok: 'healthChatsOk', problem: 'healthChatsProblem', unknown: 'healthChatsUnknown' },
  replies: { ok: 'healthRepliesOk', problem: 'healthRepliesProblem', unknown: 'healthRepliesUnknown' },
};

/** Problems first, then what is not known yet, then what works. */
const ORDER: Record<Judged, number> = { problem: 0, unknown: 1, ok: 2 };

function headline(facts: HealthFacts, siteName: string): string {
  const { checks, overall } = judgeHealth(facts);
  if (overall === 'problem') return t('healthProblem', siteName);
  if (overall === 'unknown') return t('healthUnknown', siteName);
  return t(checks.replies === 'ok' ? 'healthWorkingReplies' : 'healthWorking');
}

/** "Is Steady still fitting this site?" in plain words, and a structural report to copy for a bug report. */
export function HealthPanel({ info, siteName }: { info: HealthInfo; siteName: string }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const { facts } = info;
  if (!facts) return info.unreachable ? <p class="hint" data-health="none">{t('healthNoAnswer')}</p> : null;
  const { checks, overall } = judgeHealth(facts);
  const shown = CHECKS.flatMap((name) => {
    const state = checks[name];
    return state === 'off' ? [] : [{ name, state }];
  }).sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  const copy = (): void => {
    const report = healthReport({ version: info.version, browser: info.browser, host: hostOf(info.url), facts });
    void info.copy(report).then((ok) => setCopied(ok ? 'copied' : 'failed'));
  };
  return (
    <div class="health" data-overall={overall}>
      <h3>{t('healthHeading')}</h3>
      <p class="health-verdict">{headline(facts, siteName)}</p>
      <ul class="health-checks">
        {shown.map(({ name, state }) => (
          <li key={name} data-check={name} data-state={state}>
            {t(LINES[name][state], siteName)}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={copy}>
          {t('healthCopy')}
        </button>
      </div>
      {/* Not role=status: the snooze line is the popup's one status; this is announced politely all the same. */}
      <p class="hint" aria-live="polite">
        {copied === 'copied' ? t('healthCopied') : copied === 'failed' ? t('healthCopyFailed') : ''}
      </p>
    </div>
  );
}
