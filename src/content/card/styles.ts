/**
 * The card's whole stylesheet. It lives inside the shadow root, so the page cannot restyle the
 * card and the card cannot leak into the page; `:host` is reset with !important because, for
 * important declarations, the shadow tree wins over the page.
 */
export const CARD_CSS = `
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
  color: var(--text);
  background: var(--surface);
  box-shadow: 0 24px 60px rgba(16, 32, 30, 0.28), 0 2px 8px rgba(16, 32, 30, 0.12);
  font: 400 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  letter-spacing: normal;
  text-align: start;
  text-transform: none;
  visibility: visible;
  opacity: 1;
  z-index: 2147483647;
  --text: #1e2b2a;
  --muted: #52605e;
  --surface: #fbfaf6;
  --accent: #2f6b64;
  --accent-text: #ffffff;
  --line: #dfe5e1;
  --button: #eef2ef;
  --focus: #1f5fbf;
  animation: steady-in 180ms ease-out;
}
dialog::backdrop {
  background: rgba(22, 34, 33, 0.42);
  backdrop-filter: blur(2px);
}
dialog:focus { outline: none; }
@media (prefers-color-scheme: dark) {
  dialog {
    --text: #e6eeec;
    --muted: #a9b7b4;
    --surface: #1c2424;
    --accent: #7cc2b8;
    --accent-text: #102220;
    --line: #344240;
    --button: #283332;
    --focus: #9cc3ff;
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
  color: var(--accent);
}
.count { margin: 0 0 6px; color: var(--muted); }
.count strong { color: var(--text); font-weight: 600; }
h2 { margin: 0 0 6px; font-size: 22px; line-height: 1.25; font-weight: 650; color: var(--text); }
.lead { margin: 0 0 14px; }
.own-words { margin: 0 0 16px; padding: 10px 14px; border-inline-start: 3px solid var(--accent); border-radius: 4px; background: var(--button); }
.own-words figcaption { font-size: 12px; font-weight: 600; color: var(--muted); margin: 0 0 2px; }
.own-words blockquote { margin: 0; color: var(--text); overflow-wrap: anywhere; white-space: pre-wrap; }
.answers { margin: 0 0 14px; padding: 0; border: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.answers legend { padding: 0; margin: 0 0 4px; font-size: 13px; color: var(--muted); }
.answers label { display: inline-flex; align-items: center; gap: 6px; min-height: 32px; cursor: pointer; }
.answers input { all: revert; accent-color: var(--accent); width: 18px; height: 18px; margin: 0; }
.answers input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.answer-line { flex-basis: 100%; margin: 2px 0 0; color: var(--text); }
.schedule { margin: -8px 0 16px; font-size: 13px; color: var(--muted); }
details { margin: 0 0 18px; border-top: 1px solid var(--line); padding-top: 10px; color: var(--muted); }
summary { cursor: pointer; color: var(--text); font-weight: 550; border-radius: 6px; width: fit-content; }
details ol { margin: 8px 0 8px; padding-inline-start: 22px; }
details li { margin: 2px 0; }
details p { margin: 0; font-size: 14px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button {
  all: revert;
  box-sizing: border-box;
  min-height: 40px;
  padding: 8px 16px;
  border: 1px solid var(--line);
  border-radius: 999px;
  background: var(--button);
  color: var(--text);
  font: inherit;
  font-weight: 560;
  cursor: pointer;
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); }
/* "Send anyway" stays available but quieter, on its own line under the two calmer choices. */
button.quiet { order: 1; margin-inline-start: auto; min-height: 32px; padding: 4px 8px; border-color: transparent; background: transparent; color: var(--muted); font-weight: 500; text-decoration: underline; text-underline-offset: 3px; }
.actions::after { content: ""; order: 0; flex-basis: 100%; }
button:disabled { cursor: default; opacity: 0.55; }
button:hover:not(:disabled) { filter: brightness(0.97); }
button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.countdown { font-variant-numeric: tabular-nums; }
@media (forced-colors: active) {
  dialog { border: 2px solid CanvasText; }
  button.primary { border: 2px solid ButtonText; }
}
`;
