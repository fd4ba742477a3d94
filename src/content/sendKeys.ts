import { factsFor, learn, mergeLearned, parseLearned, SEND_KEYS_KEY, sends, type Combo, type LearnedKeys, type SendKeyFacts } from '../core/sendKeys';
import type { StorageChange } from '../platform/native';
import type { Site } from '../sites';
import { isComposerEmpty } from './composer';

export interface LocalIO {
  read(): Promise<unknown>;
  write(value: LearnedKeys): Promise<unknown>;
  onChange(listener: (changes: StorageChange[]) => void, signal: AbortSignal): void;
}

/** What intent asks: does this combination send here, as far as Steady has seen? */
export interface SendKeyVerdict {
  sends(combo: Combo): boolean;
}

/**
 * Which Enter combinations send on this site for this person, learned from outcomes: a key that
 * emptied the composer sends, one that left its text in place made a line break. Kept in memory so
 * the decision at keydown is synchronous, read once at start, followed live, written only when
 * something new was learned. Stored per site id: which combination sends, nothing else.
 */
export class SendKeys implements SendKeyVerdict {
  private learned: LearnedKeys = {};
  private readonly facts: SendKeyFacts;

  constructor(private readonly site: Site, private readonly io: LocalIO, private readonly signal: AbortSignal) {
    this.facts = factsFor(site);
    io.onChange((changes) => {
      for (const { key, newValue } of changes) if (key === SEND_KEYS_KEY) this.learned = mergeLearned(this.learned, parseLearned(newValue));
    }, signal);
  }

  /** Reads what earlier pages learned. Safe to call once at start. */
  async load(): Promise<void> {
    this.learned = mergeLearned(this.learned, parseLearned(await this.io.read()));
  }

  sends(combo: Combo): boolean {
    return sends(this.facts, this.learned[this.site.id], combo);
  }

  /** The outcome of a key that was let through: `sent` when the composer emptied after it. */
  learn(combo: Combo, composer: HTMLElement, sent: boolean): void {
    // Not sent proves a line break only while the text is still there (not a removed box, not a stop).
    if (!sent && (this.signal.aborted || !composer.isConnected || isComposerEmpty(composer, this.site))) return;
    const after = learn(this.facts, this.learned[this.site.id], combo, sent);
    if (!after) return;
    this.learned = { ...this.learned, [this.site.id]: after };
    void this.io.write(this.learned);
  }
}
