import TOKENS from '../../ui/tokens.css?raw';

/**
 * The card's whole stylesheet: Steady's tokens (its colours come from the chat palette there),
 * then the card's rules. It lives inside the shadow root, so the page cannot restyle the card and
 * the card cannot leak into the page; `:host` is reset with !important because, for important
 * declarations, the shadow tree wins over the page.
 *
 * Why some rules are as they are (said here, not in the string, which every page with a card ships):
 * - The backdrop is a plain tint, no backdrop-filter: without a GPU a blurred full-page backdrop
 *   held the card's first frame back by about 100 ms.
 * - "Send anyway" (button.quiet) stays available but quieter, on its own line under the two calmer
 *   choices.
 * - Short windows (a small laptop, a split screen) get tighter spacing, so every choice shows
 *   without a scroll.
 */
export const CARD_CSS = TOKENS + `
:host {
  all: initial !important;
  display: contents !important;
}
dialog {
  all: revert;
  box-sizing: border-box;
  margin: auto;
  padding: 0;
  border: none;
  border-radius: 18px;
  width: min(480px, calc(100vw - 32px));
  max-height: calc(100vh - 32px);
  overflow: auto;
  color: var(--chat-text);
  background: var(--chat-surface);
  box-shadow: 0 24px 60px rgba(16, 32, 30, 0.28), 0 2px 8px rgba(16, 32, 30, 0.12);
  font: 400 15px/1.5 var(--font-chat);
  letter-spacing: normal;
  text-align: start;
  text-transform: none;
  visibility: visible;
  opacity: 1;
  z-index: 2147483647;
  animation: steady-in 180ms ease-out;
}
dialog::backdrop {
  background: rgba(22, 34, 33, 0.46);
}
dialog:focus { outline: none; }
@media (prefers-color-scheme: dark) {
  dialog {
    box-shadow: 0 24px 60px rgba(0, 0, 0, 0.55);
  }
  dialog::backdrop { background: rgba(0, 0, 0, 0.55); }
}
@media (prefers-reduced-motion: reduce) {
  dialog { animation: none; }
}
@keyframes steady-in {
  from { opacity: 0; transform: translateY(6px) scale(0.98); }
  to { opacity: 1; transform: none; }
}
.card { padding: 22px 24px 20px; }
.eyebrow {
  margin: 0 0 10px;
  font-size: 12px;
  font-weight: 600;
  letter-spacing: 0.04em;
  text-transform: uppercase;
  color: var(--chat-accent);
}
.count { margin: 0 0 6px; color: var(--card-muted); }
.count strong { color: var(--chat-text); font-weight: 600; }
h2 { margin: 0 0 6px; font-size: 22px; line-height: 1.25; font-weight: 650; color: var(--chat-text); }
.lead { margin: 0 0 14px; }
.own-words { margin: 0 0 16px; padding: 10px 14px; border-inline-start: 3px solid var(--chat-accent); border-radius: 4px; background: var(--card-button); }
.own-words figcaption { font-size: 12px; font-weight: 600; color: var(--card-muted); margin: 0 0 2px; }
.own-words blockquote { margin: 0; color: var(--chat-text); overflow-wrap: anywhere; white-space: pre-wrap; }
.answers { margin: 0 0 14px; padding: 0; border: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.answers legend { padding: 0; margin: 0 0 4px; font-size: 13px; color: var(--card-muted); }
.answers label { display: inline-flex; align-items: center; gap: 6px; min-height: 32px; cursor: pointer; }
.answers input { all: revert; accent-color: var(--chat-accent); width: 18px; height: 18px; margin: 0; }
.answers input:focus-visible { outline: 3px solid var(--chat-focus); outline-offset: 2px; }
.answer-line { flex-basis: 100%; margin: 2px 0 0; color: var(--chat-text); }
.schedule { margin: -8px 0 16px; font-size: 13px; color: var(--card-muted); }
details { margin: 0 0 18px; border-top: 1px solid var(--card-line); padding-top: 10px; color: var(--card-muted); }
summary { cursor: pointer; color: var(--chat-text); font-weight: 550; border-radius: 6px; width: fit-content; }
details ol { margin: 8px 0 8px; padding-inline-start: 22px; }
details li { margin: 2px 0; }
details p { margin: 0; font-size: 14px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button {
  all: revert;
  box-sizing: border-box;
  min-height: 40px;
  padding: 8px 16px;
  border: 1px solid var(--card-line);
  border-radius: var(--radius-pill);
  background: var(--card-button);
  color: var(--chat-text);
  font: inherit;
  font-weight: 560;
  cursor: pointer;
}
button.primary { background: var(--chat-accent); border-color: var(--chat-accent); color: var(--chat-on-accent); }
button.quiet { order: 1; margin-inline-start: auto; min-height: 32px; padding: 4px 8px; border-color: transparent; background: transparent; color: var(--card-muted); font-weight: 500; text-decoration: underline; text-underline-offset: 3px; }
.actions::after { content: ""; order: 0; flex-basis: 100%; }
button:disabled { cursor: default; opacity: 0.55; }
button:hover:not(:disabled) { filter: brightness(0.97); }
.longer-breath { margin: -6px 0 14px; font-size: 14px; color: var(--card-muted); }
.typed-words { margin: 0 0 16px; }
.typed-words label { display: block; font-size: 14px; font-weight: 600; margin: 0 0 4px; color: var(--chat-text); }
.typed-words input {
  all: revert;
  box-sizing: border-box;
  width: 100%;
  min-height: 40px;
  padding: 8px 12px;
  border: 1px solid var(--card-muted);
  border-radius: 10px;
  background: var(--chat-surface);
  color: var(--chat-text);
  font: inherit;
}
.typed-words input:focus-visible { outline: 3px solid var(--chat-focus); outline-offset: 1px; }
.typed-state { margin: 4px 0 0; font-size: 13px; color: var(--card-muted); }
button:focus-visible, summary:focus-visible { outline: 3px solid var(--chat-focus); outline-offset: 2px; }
.countdown { font-variant-numeric: tabular-nums; }
@media (max-height: 680px) {
  dialog { max-height: calc(100vh - 16px); }
  .card { padding: 14px 20px 12px; }
  .eyebrow { margin-bottom: 4px; }
  h2 { font-size: 20px; }
  .lead, .answers, .typed-words { margin-bottom: 8px; }
  .own-words { margin-bottom: 10px; padding-block: 6px; }
  details { margin-bottom: 10px; padding-top: 6px; }
}
@media (forced-colors: active) {
  dialog { border: 2px solid CanvasText; }
  button.primary { border: 2px solid ButtonText; }
}
`;
