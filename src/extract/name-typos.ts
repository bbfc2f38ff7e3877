/**
 * Misspelt names: news copy names one person "Kathryn Waters" and, a paragraph later, "Water";
 * "K.C. Maurer" then "Mauer"; "Kristen Wilkins" and "Kristin Wilkins". A name word one edit
 * from a known person's (a letter changed, added or dropped) names that person when the words
 * are long enough for one edit to be a slip rather than another name ("Dan" and "Don" are two
 * names; "Maurer" and "Mauer" one), and only one person of the document fits.
 */

/** Shortest word a single edit may be forgiven in. */
const MIN_TYPO_LENGTH = 5;

/** Are two different words one substitution, insertion or deletion apart? */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // After the first difference: the rest past one changed letter, or past the longer word's extra letter.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** Is `word` a slip of `known` (both normalised name words)? */
export function isTypoOf(word: string, known: string): boolean {
  return Math.min(word.length, known.length) >= MIN_TYPO_LENGTH && word[0] === known[0] && oneEditApart(word, known);
}

/**
 * Is the name `words` a misspelling of a person named `known`: a lone surname one slip from
 * theirs, or a full name whose words match theirs but for one slip in one word?
 */
export function misspells(words: string[], known: string[]): boolean {
  if (known.length === 0) return false;
  if (words.length === 1) return isTypoOf(words[0], known[known.length - 1]);
  if (words.length !== known.length) return false;
  let slips = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === known[i]) continue;
    if (!isTypoOf(words[i], known[i])) return false;
    slips++;
  }
  return slips === 1;
}
