import { slots, t, type MessageKey } from '../platform/i18n';
import { Practice } from '../practice/Practice';

const STEPS: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'welcomeStep1Title', text: 'welcomeStep1Text' },
  { title: 'welcomeStep2Title', text: 'welcomeStep2Text' },
  { title: 'welcomeStep3Title', text: 'welcomeStep3Text' },
];

const PROMISES: readonly MessageKey[] = ['welcomePrivacy1', 'welcomePrivacy2', 'welcomePrivacy3'];

/** A step's text; step 2 quotes the card's own question, so the two never drift apart. */
function stepText(key: MessageKey) {
  return slots(key, 1).map((piece) => (typeof piece === 'number' ? <q key="question">{t('cardQuestion')}</q> : piece));
}

/**
 * The page opened on first install: what Steady does in three steps, the privacy promise, and
 * the practice chat right here, so the pause can be felt before it happens in a real chat.
 */
export function Welcome() {
  return (
    <main class="welcome">
      <header class="masthead">
        <img src="icons/steady.svg" alt="" width={56} height={56} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>

      <section aria-labelledby="welcome-steps">
        <h2 id="welcome-steps">{t('welcomeStepsHeading')}</h2>
        <ol class="steps">
          {STEPS.map((step) => (
            <li key={step.title}>
              <strong>{t(step.title)}</strong> {stepText(step.text)}
            </li>
          ))}
        </ol>
      </section>

      <section class="promise" aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcomePrivacyHeading')}</h2>
        <ul>
          {PROMISES.map((key) => <li key={key}>{t(key)}</li>)}
        </ul>
      </section>

      <section aria-labelledby="welcome-practice">
        <h2 id="welcome-practice">{t('welcomePracticeHeading')}</h2>
        <p>{t('welcomePracticeText')}</p>
        <Practice embedded />
        <p class="links">
          <a href="practice.html" target="_blank">{t('welcomePracticeOwnTab')}</a>
          <a href="options.html" target="_blank">{t('welcomeSettingsLink')}</a>
        </p>
      </section>
    </main>
  );
}
