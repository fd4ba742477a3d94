// The project's lint: a few rules that keep Steady quiet, private and easy to read.
// Zero dependencies (Node 20). Run by `npm run check` after `tsc --noEmit`.
//
// Usage: node build/lint.mjs [dir...]
//   With no arguments it walks src/, tests/ and build/ of this repository.
//   With directories it walks those instead. Which rules apply to a file depends on the
//   first src/, tests/ or build/ folder in its path (src/content/ has a few more), so a
//   scratch tree such as /tmp/x/src/a.ts is checked as if it were the repository's src/a.ts.
//   Prints `file:line: message` for each finding, then `lint: N files, M problems`.
//   Exits 1 if there is any problem.
//
// Rules are checked on code with string literals, template text, regular expressions and
// comments blanked out, so a rule named in a comment or a string does not fire. Comments
// are read separately for the comment rules and for `any:` justifications.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
// Generated or third-party trees: not ours to lint.
const SKIP_DIRS = new Set(['node_modules', 'dist', '.cache', '.git', 'coverage', 'screenshots', 'bench-results']);
const MAX_SRC_LINES = 250;

/** Which part of the project a file belongs to, from its path (the first src/tests/build). */
function areaOf(relPath) {
  const parts = relPath.split(sep);
  let area = null;
  let content = false;
  for (let i = 0; i < parts.length - 1 && area === null; i++) {
    if (parts[i] === 'src' || parts[i] === 'tests' || parts[i] === 'build') {
      area = parts[i];
      content = parts[i] === 'src' && parts[i + 1] === 'content';
    }
  }
  // tests/fixtures/build holds bundles built from the fixtures: generated code.
  const generated = /(^|[\\/])tests[\\/]fixtures[\\/]build([\\/]|$)/.test(relPath);
  return { area, content, generated };
}

// ---------------------------------------------------------------------------------------------
// Blanking: same length, same newlines, so offsets and line numbers stay true.

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do',
  'else', 'yield', 'await',
]);

/**
 * Returns { code, comments }: `code` is the source with the insides of strings, template text,
 * regular expressions and comments replaced by spaces (newlines kept); `comments` lists each
 * comment's text by line (a block comment is listed on every line it spans; `last` marks its
 * last line).
 * Quotes and regular expressions never span lines here, which limits the damage when JSX text
 * such as `Don't` is taken for the start of a string.
 */
export function blank(source) {
  const out = source.split('');
  const comments = [];
  const n = source.length;
  let line = 1;
  let i = 0;
  let lastSignificant = ''; // last non-space code character
  let lastWord = ''; // last identifier, for `return /re/`
  const templateDepth = []; // brace depth at which each open template's `${` began
  let braceDepth = 0;

  const wipe = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const addComment = (text, startLine) => {
    const lines = text.split('\n');
    lines.forEach((t, k) => comments.push({ line: startLine + k, text: t, last: k === lines.length - 1 }));
  };
  const regexAllowed = () => {
    if (lastSignificant === '') return true;
    if (/[\w$]/.test(lastSignificant)) return KEYWORDS_BEFORE_EXPRESSION.has(lastWord);
    if (')]}\'"`'.includes(lastSignificant)) return false; // after a value: division
    if (lastSignificant === '<') return false; // `</p>`: a JSX closing tag
    return true;
  };
  // Reads template text from i (just after ` or after the } closing a `${`); stops after the
  // closing ` or after a `${`.
  const readTemplateText = () => {
    const start = i;
    while (i < n) {
      const c = source[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { wipe(start, i); i++; lastSignificant = '`'; lastWord = ''; return; }
      if (c === '$' && source[i + 1] === '{') {
        wipe(start, i);
        i += 2;
        templateDepth.push(braceDepth);
        braceDepth++;
        lastSignificant = '{';
        lastWord = '';
        return;
      }
      i++;
    }
    wipe(start, n);
  };

  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '\n') { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i) === -1 ? n : source.indexOf('\n', i);
      addComment(source.slice(i, end), line);
      wipe(i, end);
      i = end;
      continue;
    }
    if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const end = close === -1 ? n : close + 2;
      const text = source.slice(i, end);
      addComment(text, line);
      wipe(i, end);
      line += text.split('\n').length - 1;
      i = end;
      continue;
    }
    if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < n && source[k] !== c && source[k] !== '\n') k += source[k] === '\\' && source[k + 1] !== '\n' ? 2 : 1;
      wipe(i + 1, Math.min(k, n));
      i = source[k] === c ? k + 1 : k;
      lastSignificant = c;
      lastWord = '';
      continue;
    }
    if (c === '`') {
      const startLine = line;
      i++;
      const before = i;
      readTemplateText();
      line = startLine + (source.slice(before, i).split('\n').length - 1);
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let k = i + 1;
      let inClass = false;
      while (k < n && source[k] !== '\n') {
        const d = source[k];
        if (d === '\\') { k += 2; continue; }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        k++;
      }
      wipe(i + 1, Math.min(k, n));
      i = source[k] === '/' ? k + 1 : k;
      while (i < n && /[a-z]/.test(source[i])) i++; // flags
      lastSignificant = '/';
      lastWord = '';
      continue;
    }
    if (c === '{') { braceDepth++; lastSignificant = c; lastWord = ''; i++; continue; }
    if (c === '}') {
      braceDepth--;
      if (templateDepth.length && templateDepth[templateDepth.length - 1] === braceDepth) {
        templateDepth.pop();
        i++;
        const before = i;
        readTemplateText();
        line += source.slice(before, i).split('\n').length - 1;
        continue;
      }
      lastSignificant = c;
      lastWord = '';
      i++;
      continue;
    }
    if (/[\w$]/.test(c)) {
      let k = i;
      while (k < n && /[\w$]/.test(source[k])) k++;
      lastWord = source.slice(i, k);
      lastSignificant = source[k - 1];
      i = k;
      continue;
    }
    lastSignificant = c;
    lastWord = '';
    i++;
  }
  return { code: out.join(''), comments };
}

// ---------------------------------------------------------------------------------------------
// Rules

/** Code rules: a pattern on blanked code, the areas it applies to, and what to say. */
const CODE_RULES = [
  {
    where: (a) => a.area === 'src',
    pattern: /\bconsole\s*\.\s*(log|debug|info|trace|dir|table)\b/,
    message: (m) => `console.${m[1]} in shipped code: src/ must not log`,
  },
  {
    where: (a) => a.content,
    pattern: /\bconsole\s*\.\s*(error|warn)\b/,
    message: (m) => `console.${m[1]} in the content script: it writes into the page's console; stay quiet`,
  },
  {
    where: (a) => a.area === 'src',
    pattern: /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\s*\(|\bsendBeacon\b|\bEventSource\s*\(|\bimportScripts\s*\(/,
    message: (m) => `network API \`${m[0].replace(/\s+/g, '')}\` in src/: Steady never talks to the network`,
  },
  {
    where: (a) => a.area === 'src',
    pattern: /\binnerHTML\b|\bouterHTML\s*=(?!=)|\binsertAdjacentHTML\b|\bdocument\s*\.\s*write(ln)?\s*\(|\bdangerouslySetInnerHTML\b|\bsetHTMLUnsafe\b|\bcreateContextualFragment\b/,
    message: (m) => `\`${m[0].replace(/\s+/g, '')}\` writes HTML: render through Preact (and never into the page)`,
  },
  {
    where: (a) => a.area === 'tests',
    pattern: /\.\s*(only|skip)\s*\(|\b(it|test|describe|suite)\s*\.\s*todo\s*\(/,
    message: (m) => `\`${m[0].replace(/\s+/g, '')}\` in tests: every test runs, none is focused or left for later`,
  },
  {
    where: () => true,
    pattern: /\bdebugger\b/,
    message: () => '`debugger` statement',
  },
];

// `any` used as a type: `: any`, `as any`, `satisfies any`, `<any>`, `Foo<string, any>`, `any[]`,
// `| any`, `=> any`. Not `z.any()` or a property named any.
const ANY_TYPE = /(?:[:<|&]|=>|\bas\b|\bsatisfies\b)\s*any\b(?!\s*[:(])|(?<![.\w$])any\s*\[\s*\]|,\s*any\s*(?=[>\]])/;

function lintFile(file, display, area) {
  const source = readFileSync(file, 'utf8');
  const { code, comments } = blank(source);
  const codeLines = code.split('\n');
  const commentsByLine = new Map();
  for (const c of comments) commentsByLine.set(c.line, `${commentsByLine.get(c.line) ?? ''} ${c.text}`);
  const problems = [];
  const report = (line, message) => problems.push({ line, message: `${display}:${line}: ${message}` });

  codeLines.forEach((text, index) => {
    const line = index + 1;
    for (const rule of CODE_RULES) {
      if (!rule.where(area)) continue;
      const m = text.match(rule.pattern);
      if (m) report(line, rule.message(m));
    }
    if (area.area === 'src' || area.area === 'tests') {
      const m = text.match(ANY_TYPE);
      if (m) {
        const justified = [line, line - 1].some((l) => /\bany:/.test(commentsByLine.get(l) ?? ''));
        if (!justified) report(line, '`any` as a type: use a real type or `unknown`, or explain with an `any:` comment on this or the previous line');
      }
    }
  });

  for (const { line, text, last } of comments) {
    const body = text.replace(/^\s*(\/\/+|\/\*+|\*+)\s*/, '');
    // A directive starts a comment's (last) line, as TypeScript reads them.
    const directive = last ? /^@(ts-ignore|ts-nocheck|ts-expect-error)\b(.*)$/.exec(body) : null;
    if (directive?.[1] === 'ts-ignore') report(line, '@ts-ignore: use @ts-expect-error with a reason');
    if (directive?.[1] === 'ts-nocheck') report(line, '@ts-nocheck: the whole file loses type checking');
    if (directive?.[1] === 'ts-expect-error' && /^\s*(\*\/)?\s*$/.test(directive[2])) {
      report(line, '@ts-expect-error without a reason: say why after it');
    }
    // A marker is TODO/FIXME at the start of a comment, or followed by `:` or `(`.
    const marker = /^(TODO|FIXME)\b/.exec(body) ?? /\b(TODO|FIXME)\s*[:(]/.exec(body);
    if (marker && !/#\d+|issues\/\d+/.test(body.slice(marker.index))) {
      report(line, `${marker[1]} without an issue number: write ${marker[1]}(#123) or open an issue`);
    }
  }

  if (area.area === 'src') {
    const lines = source.endsWith('\n') ? codeLines.length - 1 : codeLines.length;
    if (lines > MAX_SRC_LINES) report(MAX_SRC_LINES + 1, `${lines} lines: a file in src/ has at most ${MAX_SRC_LINES} (one job per file); split it`);
  }
  return problems.sort((a, b) => a.line - b.line).map((p) => p.message);
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(path);
    } else if (entry.isFile() && EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.min.js')) {
      yield path;
    }
  }
}

function main(args) {
  const explicit = args.length > 0;
  const dirs = explicit ? args.map((a) => resolve(a)) : ['src', 'tests', 'build'].map((d) => join(root, d));
  const problems = [];
  let files = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      if (explicit) {
        process.stderr.write(`lint: no such file or directory: ${dir}\n`);
        process.exit(2);
      }
      continue;
    }
    // Areas are read from the path inside this repository, or else from the path below the
    // folder that holds `dir` (so `dir` itself counts), or for a lone file from its full path.
    const isDir = statSync(dir).isDirectory();
    const base = dirname(dir);
    const list = isDir ? [...walk(dir)] : [dir];
    for (const file of list) {
      const inRepo = relative(root, file);
      const rel = !inRepo.startsWith('..') ? inRepo : isDir ? relative(base, file) : file;
      const area = areaOf(rel);
      if (area.generated) continue;
      files++;
      const fromCwd = relative(process.cwd(), file);
      const display = fromCwd.startsWith('..') ? file : fromCwd;
      problems.push(...lintFile(file, display, area));
    }
  }
  for (const p of problems) process.stdout.write(`${p}\n`);
  process.stdout.write(`lint: ${files} file${files === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  process.exit(problems.length ? 1 : 0);
}

if (basename(fileURLToPath(import.meta.url)) === basename(process.argv[1] ?? '')) main(process.argv.slice(2));
