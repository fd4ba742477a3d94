/** Types for practice-pause.mjs, for the tests. */
import type { BrowserContext, Page } from 'playwright-core';

export const CARD_NAME: string;
export const MESSAGES: readonly string[];
export function playOnePause(
  context: BrowserContext,
  options: { extensionId: string; screenshotPath: string; failurePath?: string },
): Promise<{ page: Page; opacity: number }>;
