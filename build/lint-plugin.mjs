// Steady's two lint rules that oxlint's built-in rules cannot say (loaded by .oxlintrc.json).
// Both read comments only; tests/unit/lint.test.ts shows each one firing.

/** A comment's text as one string per line, with the comment markers stripped. */
const bodyLines = (comment) => comment.value.split('\n').map((line) => line.replace(/^\s*\*?\s*/, ''));

/** TODO/FIXME must name its issue: `TODO(#12)`, `FIXME #12` or an issues/12 link. */
const todoNeedsIssue = {
  meta: { type: 'suggestion', docs: { description: 'TODO and FIXME comments name an issue' } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          for (const body of bodyLines(comment)) {
            // A marker starts the comment, or is followed by `:` or `(`; prose that mentions "todo" is fine.
            const marker = /^(TODO|FIXME)\b/.exec(body) ?? /\b(TODO|FIXME)\s*[:(]/.exec(body);
            if (marker && !/#\d+|issues\/\d+/.test(body.slice(marker.index))) {
              context.report({ node: comment, message: `${marker[1]} without an issue number: write ${marker[1]}(#123) or open an issue` });
            }
          }
        }
      },
    };
  },
};

/** A comment that switches a rule off says why after ` -- `, so every exception (an `any` too) has its reason. */
const disableNeedsReason = {
  meta: { type: 'suggestion', docs: { description: 'lint-disable comments give a reason' } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^(oxlint|eslint)-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ node: comment, message: 'a disable comment needs its reason: `oxlint-disable-next-line rule -- why`' });
          }
        }
      },
    };
  },
};

export default { meta: { name: 'steady' }, rules: { 'todo-needs-issue': todoNeedsIssue, 'disable-needs-reason': disableNeedsReason } };
