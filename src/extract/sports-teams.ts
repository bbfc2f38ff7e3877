import { NAME_PARTICLES } from '../lexicon/people.js';
import { span, type CountryMention, type DocumentScope, type OrganizationMention, type RawMention } from './mention-types.js';
import { isPossessive, type Word } from './words.js';

/**
 * Teams from the shape of a match report. A name on either side of a score ("Sweden 1 – 0
 * Korea Republic"), the winner and loser of a match verb with a score ("Belgium defeated
 * Panama 3 – 0"), the opponent of a match ("a 2-2 draw with Atlético Serrano", "at home
 * against Vilanova"), the owner of a result ("Port Wexley's 2-2 draw"), the two names of a
 * results line ("Plymouth 4 Exeter 1") and the name heading a league table's row is a team: an
 * organization, even when the rules read it as a person ("Atlético Serrano") or a country
 * (a national team, "Sweden"). Once a name is a team, the document's other bare readings of
 * it are the team too ("Sweden had more of the ball").
 */

/** Verbs whose subject and object are the two sides of a match: "Sweden defeated South Korea 1 – 0". */
const MATCH_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'overcame', 'stunned', 'drew', 'lost', 'downed', 'crushed', 'hammered']);
/** What a team plays, before the word that introduces the opponent: "draw with", "game against", "win over". */
const MATCH_NOUNS = new Set(['draw', 'win', 'victory', 'defeat', 'loss', 'game', 'match', 'clash', 'tie', 'fixture', 'derby', 'final', 'semifinal', 'semi-final', 'friendly', 'off', 'scored', 'played', 'play', 'playing', 'goal', 'goals']);
const OPPONENT_WORDS = new Set(['with', 'against', 'over', 'v', 'vs', 'vs.', 'versus']);
/** "a defeat to Porto": "to" introduces the opponent after these only. */
const LOST_TO = new Set(['defeat', 'loss']);
/** A result the owner of which is a team: "Port Wexley's 2-2 draw". */
const RESULT_NOUNS = new Set(['draw', 'win', 'victory', 'defeat', 'loss']);
/** "in Russia", "at Wembley": a place, not a side. */
const PLACE_WORDS = new Set(['in', 'at', 'near', 'from', 'of', 'across', 'throughout', 'visit', 'to']);

const SCORE = /^\d{1,2}[-–—]\d{1,2}$/;
const DASHES = new Set(['-', '–', '—']);
const isNumber = (word: Word | undefined): boolean => !!word && /^\d{1,2}$/.test(word.text);

/** Words [from, to) of a score at `i` ("2-2", "1 – 0"), or null. */
function scoreAt(words: Word[], i: number): [number, number] | null {
  const code = words[i]?.text.charCodeAt(0) ?? 0;
  if (code < 48 || code > 57) return null; // most words: no digit, no regex
  if (SCORE.test(words[i]?.text ?? '')) return [i, i + 1];
  if (isNumber(words[i]) && DASHES.has(words[i + 1]?.text ?? '') && isNumber(words[i + 2])) return [i, i + 3];
  return null;
}

const nameWord = (word: Word | undefined): boolean => !!word && word.capitalized && /^\p{Lu}/u.test(word.text);

/** The capitalised name opening at `i` ("Atlético Serrano"), as words [i, end), or null. */
function nameFrom(words: Word[], i: number): [number, number] | null {
  if (!nameWord(words[i])) return null;
  let end = i + 1;
  for (;;) {
    if (nameWord(words[end]) && !isPossessive(words[end])) end++;
    else if (NAME_PARTICLES.has(words[end]?.text ?? '') && nameWord(words[end + 1])) end += 2;
    else break;
  }
  return [i, end];
}

/** The capitalised name ending right before `to` ("Port Wexley" of "Port Wexley 3-1"), or null. */
function nameBefore(words: Word[], to: number): [number, number] | null {
  if (!nameWord(words[to - 1])) return null;
  let from = to - 1;
  for (;;) {
    if (nameWord(words[from - 1])) from--;
    else if (NAME_PARTICLES.has(words[from - 1]?.text ?? '') && nameWord(words[from - 2])) from -= 2;
    else break;
  }
  return [from, to];
}

/** The words of a line before its closing punctuation: a results line or table row may end in a full stop. */
function lineEnd(words: Word[]): number {
  let end = words.length;
  while (end > 0 && (words[end - 1].text === '.' || words[end - 1].text === ';')) end--;
  return end;
}

/** "Plymouth 4 Exeter 1": a line that is two names, each followed by its goals. */
function resultsLine(words: Word[]): Array<[number, number]> {
  const end = lineEnd(words);
  const home = nameFrom(words, 0);
  if (!home || !isNumber(words[home[1]])) return [];
  const away = nameFrom(words, home[1] + 1);
  return away && away[1] === end - 1 && isNumber(words[away[1]]) ? [home, away] : [];
}

/**
 * "Barnsley 4 3 1 0 10 4 10", "3. Wexley Rovers 4 2 2 0 5 2 8": a row of a league table, a name
 * and its columns, the first of which (played) is the sum of the next three (won, drawn, lost).
 * A golfer's rounds ("69 70 71 210") or a poll's shares have no such sum.
 */
function standingsRow(words: Word[]): [number, number] | null {
  const end = lineEnd(words);
  const rank = isNumber(words[0]) ? (words[1]?.text === '.' ? 2 : 1) : 0;
  const name = nameFrom(words, rank);
  if (!name || end - name[1] < 4) return null;
  const cells: number[] = [];
  for (let k = name[1]; k < end; k++) {
    if (!/^\d{1,3}$/.test(words[k].text)) return null;
    cells.push(Number(words[k].text));
  }
  return cells[0] > 0 && cells[0] === cells[1] + cells[2] + cells[3] ? name : null;
}

/** The sides of matches one sentence names, as word ranges. */
export function teamSlots(words: Word[]): Array<[number, number]> {
  const slots: Array<[number, number]> = [];
  const add = (slot: [number, number] | null) => {
    if (slot && !slots.some(([from, to]) => from === slot[0] && to === slot[1])) slots.push(slot);
  };
  for (const side of resultsLine(words)) add(side);
  for (let i = 0; i < words.length; i++) {
    const score = scoreAt(words, i);
    if (!score) continue;
    const [from, to] = score;
    // "Sweden 1 – 0 Korea Republic": a results line.
    const before = nameBefore(words, from);
    const after = nameFrom(words, to);
    if (before && after) {
      add(before);
      add(after);
    }
    // "Belgium defeated debutants Panama 3 – 0", "Tunisia lost 1 – 2 to England".
    const verb = [from - 1, from - 2, from - 3, from - 4].find((k) => k >= 1 && MATCH_VERBS.has(words[k].text.toLowerCase()) && words[k].pos === 'VERB');
    if (verb !== undefined) {
      add(nameBefore(words, verb));
      if (before && before[0] > verb) add(before);
      if (verb === from - 1 && words[to]?.text === 'to') add(nameFrom(words, to + 1));
    }
    // "Port Wexley's 2-2 draw".
    if (from >= 2 && isPossessive(words[from - 1]) && RESULT_NOUNS.has(words[to]?.text ?? '')) add(nameBefore(words, from - 1));
    i = to - 1;
  }
  // "a draw with Atlético Serrano", "sent off against Vilanova", "a home game against …": the opponent.
  for (let i = 1; i < words.length - 1; i++) {
    const opponent = OPPONENT_WORDS.has(words[i].text.toLowerCase()) || (words[i].text === 'to' && LOST_TO.has(words[i - 1].text));
    if (!opponent || !MATCH_NOUNS.has(words[i - 1].text.toLowerCase())) continue;
    add(nameFrom(words, i + 1));
  }
  return slots;
}

/**
 * Does the document report matches? A score between two names, after a match verb or before a
 * result ("a 2-2 draw"); not a vote ("voted 9-7").
 */
function reportsMatches(words: Word[][]): boolean {
  return words.some((sentence) => resultsLine(sentence).length > 0 || standingsRow(sentence) !== null || sentence.some((_, i) => {
    const score = scoreAt(sentence, i);
    if (!score) return false;
    const [from, to] = score;
    return (nameBefore(sentence, from) !== null && nameFrom(sentence, to) !== null) || RESULT_NOUNS.has(sentence[to]?.text ?? '')
      || [from - 1, from - 2, from - 3, from - 4].some((k) => k >= 0 && MATCH_VERBS.has(sentence[k].text.toLowerCase()));
  }));
}

/**
 * Retypes the document's teams in place (`found`: each sentence's raw mentions). A person
 * keeps its type when a title or honorific vouches for it; a country's demonym and a
 * country after a place word ("in Russia") stay the country.
 */
export function retypeTeams(found: RawMention[][], words: Word[][], scope: DocumentScope): void {
  if (!reportsMatches(words)) return;
  const teams = new Set<string>();
  const mentionAt = (index: number, [from, to]: [number, number]) =>
    found[index].find((other) => other.start === words[index][from].start && other.end === words[index][to - 1].end);
  const slots = words.map((sentence) => teamSlots(sentence));
  // A league table's row names a team; a country heading a row stays the country (a medal table).
  words.forEach((sentence, index) => {
    const row = standingsRow(sentence);
    if (row && mentionAt(index, row)?.kind !== 'COUNTRY') slots[index].push(row);
  });
  slots.forEach((sentenceSlots, index) => {
    for (const slot of sentenceSlots) {
      const mention = mentionAt(index, slot);
      if (!mention || retypable(mention)) teams.add(span(words[index], slot[0], slot[1], scope).text);
    }
  });
  if (teams.size === 0) return;
  found.forEach((mentions, index) => {
    const sentenceWords = words[index];
    for (let m = 0; m < mentions.length; m++) {
      const mention = mentions[m];
      if (!teams.has(mention.text) || !retypable(mention)) continue;
      const at = sentenceWords.findIndex((word) => word.start === mention.start);
      if (mention.kind === 'COUNTRY' && PLACE_WORDS.has(sentenceWords[at - 1]?.text.toLowerCase() ?? '')) continue;
      mentions[m] = team(mention);
    }
    // A side no rule read (a one-word club the rules left alone): added where a slot names it.
    for (const [from, to] of slots[index]) {
      const where = span(sentenceWords, from, to, scope);
      if (!teams.has(where.text) || mentions.some((mention) => mention.start < where.end && where.start < mention.end)) continue;
      mentions.push(team({ ...where, sentence: index }));
    }
    mentions.sort((a, b) => a.start - b.start);
  });
}

/** A bare person, an organization or a country written by its name: what a team may have been read as. */
const retypable = (mention: RawMention): boolean => mention.kind === 'ORGANIZATION'
  || (mention.kind === 'PERSON' && mention.roles.length === 0 && mention.honorific === null)
  || (mention.kind === 'COUNTRY' && (mention as CountryMention).form === 'name');

/** A national team gives its country no mention: the country is named only where the text names the state ("the Norwegian captain"). */
function team(mention: { start: number; end: number; text: string; sentence: number; kind?: string }): RawMention {
  if (mention.kind === 'ORGANIZATION') return mention as OrganizationMention;
  return {
    kind: 'ORGANIZATION', start: mention.start, end: mention.end, text: mention.text, sentence: mention.sentence,
    name: mention.text, known: null, acronym: null, generic: false, countryCode: null, tentative: false,
  };
}
