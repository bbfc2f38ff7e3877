import type { RawMention } from './mention-types.js';
import type { Word } from './words.js';

/**
 * People in lists: a squad, a line-up, a list of winners ("Ola Brekke, Tor Vangen (captain),
 * Kjell Aas and Lars Haug"). A full name the rules hold only as tentative (its first word is
 * no given name they know) is a person when its list names people only, most of them, and at
 * least two, people the rules are sure of.
 */

/** Words that join two items of a list. */
const LIST_JOINS = new Set([',', ';', 'and', 'or', '&']);
/** "(captain)", "(Norway)": an item's short note, which may hold a name of its own. */
const MAX_NOTE_WORDS = 4;
const MIN_SURE_PEOPLE = 2;

/** Marks listed tentative people as sure, in place; `mentions` sorted by start. */
export function confirmListedPeople(words: Word[], mentions: RawMention[]): void {
  if (mentions.length <= MIN_SURE_PEOPLE || !mentions.some((mention) => mention.kind === 'PERSON' && mention.tentative)) return;
  // Each item: its mention and the word after it (and after its note).
  const items: Array<{ mention: RawMention; from: number; next: number }> = [];
  let k = 0;
  for (const mention of mentions) {
    while (k < words.length && words[k].start < mention.start) k++;
    if (words[k - 1]?.text === '(' || k >= words.length) continue; // inside a note
    let next = k;
    while (next < words.length && words[next].start < mention.end) next++;
    if (words[next]?.text === '(') {
      const close = words.findIndex((word, index) => index > next && word.text === ')');
      if (close !== -1 && close - next - 1 <= MAX_NOTE_WORDS) next = close + 1;
    }
    items.push({ mention, from: k, next });
  }
  let first = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && joined(words, items[i - 1].next, items[i].from)) continue;
    confirmList(items.slice(first, i).map((item) => item.mention));
    first = i;
  }
}

/** Only one or two joins between an item (and its note) and the next: "A, B", "A, and B". */
function joined(words: Word[], next: number, from: number): boolean {
  return from - next >= 1 && from - next <= 2 && words.slice(next, from).every((word) => LIST_JOINS.has(word.text));
}

/** Only a list of people, most of them sure ("Apache Junction, Fountain Hills and …" is a list of places). */
function confirmList(list: RawMention[]): void {
  if (list.length <= MIN_SURE_PEOPLE || list.some((mention) => mention.kind !== 'PERSON')) return;
  const sure = list.filter((mention) => mention.kind === 'PERSON' && !mention.tentative).length;
  if (sure < MIN_SURE_PEOPLE || sure <= list.length - sure) return;
  for (const mention of list) if (mention.kind === 'PERSON' && mention.tentative && mention.nameWords.length >= 2) mention.tentative = false;
}
