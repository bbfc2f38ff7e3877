/**
 * The words claim matching compares (claims.ts), from a statement's content. Every stored
 * statement goes through this once, so it has a fast path: a one-pass scan for the texts news
 * mostly is (ASCII with curly quotes and dashes), giving exactly what the general path gives.
 */

/**
 * The words of a content, normalised: accents, case, quote marks, punctuation and ellipses
 * gone; "n't" read as "not"; an apostrophe inside a word dropped ("Kim’s" → "kims").
 */
export function claimWords(text: string): string[] {
  return isPlain(text) ? scanPlain(text) : normalizedWords(text);
}

/** The definition: what scanPlain must give on the texts it takes. */
export function normalizedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Characters beyond ASCII a plain text may hold: none is a letter or a digit, has a case, or
 * changes under NFKD into one (… becomes "...", a no-break space a space: separators either way).
 */
const PLAIN_PUNCTUATION = new Set([0x00a0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);
const RIGHT_QUOTE = 0x2019;

function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && !PLAIN_PUNCTUATION.has(code)) return false;
  }
  return true;
}

const isLetter = (code: number): boolean => code >= 97 && code <= 122;
const isLetterOrDigit = (code: number): boolean => isLetter(code) || (code >= 48 && code <= 57);
/** What \w is to the \b of "n't\b" (ASCII, without the u flag), after lower-casing. */
const isWordCode = (code: number): boolean => isLetterOrDigit(code) || code === 95;
const isApostrophe = (code: number): boolean => code === 39 || code === RIGHT_QUOTE;

/**
 * normalizedWords in one pass over a plain text (isPlain), lower-cased (its only cased
 * letters are A-Z): NFKD and mark removal change nothing there. A word is the run from
 * `start`, after `joined` (the runs before it that apostrophes joined it to). An "n't" before
 * a word boundary closes the word before its "n" and opens "not" (which an apostrophe may
 * then join: "don't's" → "do", "nots", as the regular expressions give); an apostrophe
 * between two letters joins them; anything else that is not a letter or digit ends a word.
 */
function scanPlain(original: string): string[] {
  // No closures in here: the loader (tsx, keepNames) names every closure as it is made, which
  // cost more than the scan itself, once per statement.
  const text = original.toLowerCase();
  const words: string[] = [];
  let joined = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLetterOrDigit(code)) continue;
    if (isApostrophe(code)) {
      const before = codeAt(text, i - 1);
      if (before === 110 /* n */ && codeAt(text, i + 1) === 116 /* t */ && !isWordCode(codeAt(text, i + 2))) {
        // The "n" ends the current word: "n't" becomes " not".
        pushWord(words, joined + text.slice(start, i - 1));
        joined = 'not';
        start = i + 2;
        i++;
        continue;
      }
      if (isLetter(before) && isLetter(codeAt(text, i + 1))) {
        joined += text.slice(start, i);
        start = i + 1;
        continue;
      }
    }
    pushWord(words, joined + text.slice(start, i));
    joined = '';
    start = i + 1;
  }
  pushWord(words, joined + text.slice(start));
  return words;
}

/** The character code at `i`, or -1 past either end. */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function pushWord(words: string[], word: string): void {
  if (word) words.push(word);
}
