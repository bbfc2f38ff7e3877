import { ORG_HEADS } from '../lexicon/organizations.js';
import { HONORIFICS, HYPHENATED_PARTICLE, NAME_PARTICLES, RUN_STOPS } from '../lexicon/people.js';
import { CUE_LEMMAS } from '../lexicon/cues.js';
import type { GazetteerHit } from './gazetteer.js';
import { isPastForm, isPossessive, type Word } from './words.js';
import { isTitleWord, type Scope } from './mention-types.js';
import { functionWordSurname } from './name-parts.js';

/**
 * Where names may be in a sentence: maximal runs of capitalised words, joined across "of",
 * "and", "&" and name particles where an institution or a person's name goes on ("Department
 * of the Treasury", "Ursula von der Leyen"). mentions.ts classifies each run.
 */

/** Words that join the parts of one name inside a run. */
export const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on']);
/** Words that take "of …" in the names of states: "Kingdom of the Netherlands". */
export const STATE_WORDS = new Set(['Republic', 'Kingdom', 'State', 'States', 'Emirate', 'Emirates', 'Commonwealth', 'Federation', 'Principality', 'Sultanate']);

/** "(D-N.Y.)", "R-Texas": a lawmaker's party and state, not a name. */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;
const nameLike = (word: Word | undefined): boolean => !!word && (word.capitalized || HYPHENATED_PARTICLE.test(word.text)) && !word.text.endsWith('-based') && !PARTY_TAG.test(word.text);

/** A sentence's first word is capitalised anyway: it starts a name only if tagged so or followed by another capital. */
const startsName = (words: Word[], index: number, scope: Scope): boolean => {
  const word = words[index];
  if (!nameLike(word) || RUN_STOPS.has(word.text)) return false;
  if (index > 0 || HONORIFICS.has(word.text) || isTitleWord(word)) return true;
  // A sentence's first word is capitalised anyway: "Nonpartisan Paul Tse", "Officials said".
  // "Park said …": a capitalised word that speaks opens a name even when it is also a common word.
  const speaks = words[1]?.pos === 'VERB' && CUE_LEMMAS.has(words[1].lemma);
  // "Said Comey, “…”", "Added Smith:": a cue in the past tense inverted before its speaker is no part of the name.
  if (word.pos === 'VERB' && CUE_LEMMAS.has(word.lemma) && isPastForm(word)) return false;
  return (word.pos === 'PROPN' && (!scope.lowerCaseWords.has(word.text.toLowerCase()) || scope.surnames.has(word.text))) || (nameLike(words[1]) && !RUN_STOPS.has(words[1].text)) || speaks;
};

/** Question words, capitalised after another capitalised word only inside a title: "Doctor Who". */
export const TITLE_INTERROGATIVES = new Set(['Who', 'What', 'Why', 'How', 'Where', 'Which', 'When']);

/** Maximal runs of capitalised words, with the connectors organization and person names use inside. */
export function capitalizedRuns(words: Word[], hitAt: Map<number, { hit: GazetteerHit; last: number }>, scope: Scope): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < words.length) {
    const gazetteer = hitAt.get(i);
    if (!startsName(words, i, scope) && !gazetteer) {
      i++;
      continue;
    }
    let end = gazetteer ? gazetteer.last + 1 : i + 1;
    for (;;) {
      const next = words[end];
      if (!next || isPossessive(next)) break;
      const inner = hitAt.get(end);
      if (inner) {
        end = inner.last + 1;
        continue;
      }
      // Mid-sentence, a capitalised "Who" or "What" is no question: it belongs to the name ("Doctor Who Society").
      if ((nameLike(next) && (!RUN_STOPS.has(next.text) || TITLE_INTERROGATIVES.has(next.text)) && next.pos !== 'PUNCT') || functionWordSurname(words, i, end)) {
        end++;
        continue;
      }
      // "Department of the Treasury", "Ursula von der Leyen", "Procter & Gamble".
      const lower = next.text.toLowerCase();
      // "University of North Carolina at Greensboro"
      if (lower === 'at' && words.slice(i, end).some((word) => word.text === 'University' || word.text === 'College') && nameLike(words[end + 1])) {
        end += 2;
        continue;
      }
      const institutional = words.slice(i, end).some((word) => isOrgHead(word) || STATE_WORDS.has(word.text));
      // "Ministry of Trade and Industry" joins; "the District and the Police Department" are two names.
      const joins = lower === 'and'
        ? words[end + 1]?.text !== 'the' && (words.slice(i, end).some((word) => word.text === 'of' || word.text === 'for') ? institutional : endsInInstitution(words, end + 1))
        : institutional || lower === '&';
      if ((CONNECTORS.has(lower) && joins) || NAME_PARTICLES.has(next.text)) {
        let look = end + 1;
        while (words[look] && (CONNECTORS.has(words[look].text) || NAME_PARTICLES.has(words[look].text))) look++;
        if (words[look]?.capitalized && !RUN_STOPS.has(words[look].text) && look - end <= 2) {
          end = look;
          continue;
        }
      }
      break;
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** Do the capitalised words from `k` end on an institution's head: "… and Exchange Commission"? */
function endsInInstitution(words: Word[], k: number): boolean {
  let last = k;
  while (words[last + 1] && nameLike(words[last + 1]) && last - k < 2) last++;
  return !!words[last] && nameLike(words[k]) && isOrgHead(words[last]) && !nameLike(words[last + 1]);
}

/** A capitalised head word of an institution's name: "Ministry", "Council". */
export const isOrgHead = (word: Word) => ORG_HEADS.has(word.text) && word.capitalized;
