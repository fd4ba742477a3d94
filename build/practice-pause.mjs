// The headless half of `npm start`: plays one pause on the practice chat and keeps a picture of it.
// Its own module so that tests/e2e/start.test.ts can run exactly this path in the test's browser.

export const CARD_NAME = 'Have they proven reliable?';
export const MESSAGES = ['hey', 'are you there?', 'hello??', 'just checking', 'ok call me'];

async function until(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** The card's dialog, as the person sees it: its computed opacity ('0' until its entrance animation ran). */
function cardOpacity(page) {
  return page.evaluate(() => {
    const dialog = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog');
    return dialog?.open ? getComputedStyle(dialog).opacity : null;
  });
}

/**
 * Opens the practice chat in `context` (a Chromium context with Steady loaded as `extensionId`), sends
 * five quick messages so Steady holds the fifth, waits until the card is fully shown and saves a
 * screenshot at `screenshotPath`. Returns the practice page (still open) and the card's opacity when
 * the picture was taken. `failurePath`: where to keep a picture when no card appears.
 */
export async function playOnePause(context, { extensionId, screenshotPath, failurePath }) {
  // On install Steady opens its welcome page in a new tab, which would hide the practice tab:
  // a hidden tab runs no animation, so the card would stay at opacity 0. Let that tab open first.
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  const welcomeOpen = () => context.pages().some((p) => p.url().startsWith(welcomeUrl));
  if (!welcomeOpen()) {
    await context.waitForEvent('page', { predicate: (p) => p.url().startsWith(welcomeUrl), timeout: 3_000 }).catch(() => {});
  }
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.bringToFront();

  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error('the practice page has no composer (a textbox named "Message").');
  });
  const card = page.getByRole('dialog', { name: CARD_NAME });

  for (const [index, text] of MESSAGES.entries()) {
    await composer.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    if (index < MESSAGES.length - 1) {
      // A send is counted once the composer empties; wait for that before the next one.
      await until(async () => (await composer.inputValue().catch(() => '')) === '', 5_000);
      if (await card.isVisible()) break; // held earlier than usual (changed settings)
    }
  }

  try {
    await card.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    if (failurePath) await page.screenshot({ path: failurePath }).catch(() => {});
    throw new Error(
      `the pause card ("${CARD_NAME}") never appeared after ${MESSAGES.length} quick messages.` +
        (failurePath ? `\n       What the page looked like: ${failurePath}` : ''),
    );
  }
  // The practice tab must be the one in front, or its entrance animation never runs.
  await page.bringToFront();
  const shown = await until(async () => (await cardOpacity(page)) === '1', 5_000);
  const opacity = await cardOpacity(page);
  if (!shown) {
    if (failurePath) await page.screenshot({ path: failurePath }).catch(() => {});
    throw new Error(`the pause card opened but never became visible (opacity ${opacity}).`);
  }
  await page.screenshot({ path: screenshotPath });
  return { page, opacity: Number(opacity) };
}
