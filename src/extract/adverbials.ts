import type { Word } from './words.js';

/**
 * "Trump at the time said", "Ted Cruz, by contrast, wrote", "Lind, in a statement, said": a
 * prepositional phrase of time or manner between the subject and its verb. Returns the index of
 * the word before it (the subject's last word), or `k` when none ends at `k`. Unset off by commas,
 * only a phrase whose noun says time or manner counts ("officials in Washington said" keeps its
 * place).
 */
export function beforeAdverbial(words: Word[], k: number): number {
  const commas = words[k]?.text === ',';
  const head = commas ? k - 1 : k;
  let j = head;
  while (j >= 0 && head - j < 4 && PHRASE_TAGS.has(words[j].pos)) j--;
  if (j < 1 || j === head || words[j].pos !== 'ADP' || words[j].text.toLowerCase() === 'of') return k;
  if (commas ? words[j - 1].text !== ',' : !ADVERBIAL_NOUNS.has(words[head].text.toLowerCase())) return k;
  return commas ? j - 2 : j - 1;
}

const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);
const ADVERBIAL_NOUNS = new Set(['time', 'moment', 'turn', 'response', 'contrast', 'part', 'statement', 'interview', 'addition', 'meantime', 'past', 'end']);
