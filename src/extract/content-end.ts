import { CUE_LEMMAS, NEGATIONS } from '../lexicon/cues.js';
import { SPEAKER_CUE_FILLERS, SUBJECT_PRONOUNS } from '../lexicon/people.js';
import { CLAUSE_SUBJECT_TAGS, TIME_CLAUSE_OPENERS } from './content-start.js';
import { cueAt, participleCueLemma, type Cue } from './cue-words.js';
import { DOUBLE_CLOSERS, type QuoteIndex } from './quotes.js';
import { actCuesAt } from './acts.js';
import { resumedClauseAct } from './resumed-clauses.js';
import { DASHES } from './speakers.js';
import { frontedClauseEnd } from './subordinate-clauses.js';
import { readTime } from './time.js';
import type { Word } from './words.js';

/**
 * Where a reported clause ends: at the sentence's end, or before what the writer tells next — a
 * coordinated or participle act of the source ("…, adding that …", "… and warned …"), another
 * speaker's act (", but the ministry insisted …"), a contrasting or relative clause with its own
 * speaker, the main clause after a fronted one, a noun summing the clause up ("…, a pledge Reyes
 * welcomed"). reported-speech.ts reads the content's start and its speaker.
 */
const CONTRAST = new Set(['while', 'whereas', 'though', 'although']);
const PREDICATE_JOINERS = new Set(['and', 'but']);
const FINITE_AUXILIARIES = new Set(['has', 'have', 'had']);
/** ", citing …", ", adding …": a participle that starts another speech act ends the content before it. */
const NEW_ACT_PARTICIPLES = new Set(['say', 'add', 'note', 'cite', 'warn', 'stress', 'insist', 'claim', 'argue', 'urge', 'call', 'tell', 'accuse', 'deny', 'vow', 'promise', 'pledge', 'explain', 'ask', 'write', 'suggest', 'acknowledge', 'admit', 'predict', 'declare', 'announce', 'complain', 'describe',
  'criticize', 'criticise', 'joke', 'recall', 'reiterate', 'assert', 'concede', 'contend', 'state', 'point', 'repeat', 'emphasize', 'allege', 'charge',
  'question', 'blame', 'praise', 'echo']);
/** Words of a share given as a subject: "more than 4 in 10", "nearly half", "a third", "43 percent". */
const QUANTITY_WORDS = new Set(['more', 'less', 'fewer', 'than', 'about', 'nearly', 'almost', 'roughly', 'only', 'just', 'half', 'a', 'third', 'quarter', 'in', 'percent', 'of', 'them', 'those', 'most', 'some', 'many', 'few']);

/** `…,”`: a closing quotation mark right after a comma. */
export function closesOnComma(words: Word[], k: number): boolean {
  return DOUBLE_CLOSERS.has(words[k]?.text ?? '') && words[k - 1]?.text === ',';
}

/** Does a new speech act start at word k: ", adding that …", "and warned that …"? */
export function startsNewAct(words: Word[], k: number): boolean {
  if (opensOtherSpeakersAct(words, k)) return true;
  let j = k;
  // `…,” adding …`: the joint is the closing mark after the comma.
  if (closesOnComma(words, j)) j++;
  else if (words[j]?.text === ',') j++;
  if (['and', 'but'].includes(words[j]?.text.toLowerCase() ?? '')) j++;
  while (words[j] && SPEAKER_CUE_FILLERS.has(words[j].text.toLowerCase())) j++;
  const participle = /ing$/.test(words[j]?.text ?? '');
  // ", indicating …" describes; ", adding …" speaks again.
  if (participle && !NEW_ACT_PARTICIPLES.has(cueAt(words, j)?.lemma ?? words[j].lemma)) return false;
  return j > k && cueAt(words, j) !== null;
}

/**
 * ", and Moscow said …", ", but the ministry insisted …", ", two weeks after the regulator
 * warned that …": a new subject's own speech act, coordinated or in a clause of time.
 */
function opensOtherSpeakersAct(words: Word[], k: number): boolean {
  // "asked for a photo and Lopez said …": a conjunction with no comma joins a new speaker too.
  const conjunction = ['and', 'but'].includes(words[k]?.text.toLowerCase() ?? '');
  if (words[k]?.text !== ',' && !closesOnComma(words, k) && !conjunction) return false;
  let j = k + 1;
  // "intends to deliver an address this month, Mr. Manafort said, adding …": an inverted attribution closing the sentence.
  let inverted = false;
  // ", which he declared “a disaster”": a relative clause with a subject of its own speaks too.
  if (!conjunction && ['and', 'but', 'which'].includes(words[j]?.text.toLowerCase() ?? '')) j++;
  else if (!conjunction) {
    // A clause of time may open with its measure: "two weeks after", "days before".
    let opener = j;
    while (opener < j + 4 && words[opener] && !TIME_CLAUSE_OPENERS.has(words[opener].text.toLowerCase())) opener++;
    if (opener === j + 4 || !words[opener]) inverted = true;
    else j = opener + 1;
  }
  if (words[j]?.text.toLowerCase() === 'the') j++;
  const subject = j;
  while (j - subject < 4 && words[j]?.capitalized) j++;
  if (j === subject && (words[j]?.pos === 'NOUN' || SUBJECT_PRONOUNS.has(words[j]?.text.toLowerCase() ?? ''))) j++;
  // A share of the people polled: "and more than 4 in 10 said", "and three-quarters said".
  if (j === subject) while (j - subject < 6 && words[j] && (words[j].pos === 'NUM' || QUANTITY_WORDS.has(words[j].text.toLowerCase()) || /-(quarters|thirds)$/.test(words[j].text))) j++;
  if (j === subject) return false;
  if (inverted) {
    const cue = cueAt(words, j);
    return cue !== null && closesSentence(words, cue.last + 1);
  }
  // "…, but Cook did not say when": a refusal is no statement, but it is someone else's act.
  let negated = false;
  for (; words[j] && (SPEAKER_CUE_FILLERS.has(words[j].text.toLowerCase()) || NEGATIONS.has(words[j].text.toLowerCase())); j++) {
    if (NEGATIONS.has(words[j].text.toLowerCase())) negated = true;
  }
  return negated ? words[j]?.pos === 'VERB' && CUE_LEMMAS.has(words[j].lemma) : cueAt(words, j) !== null;
}

/**
 * A verb of speech or appraisal at k in the cue verb's form: both present participles, or both
 * past tenses. Not a belief: "said she was tired and wanted …" is still what she said.
 */
function nextActInCueForm(words: Word[], k: number, cue: Cue): boolean {
  const word = words[k];
  if (!word || word.pos !== 'VERB') return false;
  const participle = /ing$/.test(words[cue.verb].text);
  if (participle !== /ing$/.test(word.text) || (!participle && !/ed$/.test(word.text))) return false;
  return cueAt(words, k) !== null || actCuesAt(words, k).some((act) => act.act === 'APPRAISAL');
}

/** A verb of speech at k, past a negation or an adverb: "did not suggest", "has never said", "would not say". */
function speechAfterAuxiliary(words: Word[], k: number): boolean {
  while (words[k] && (NEGATIONS.has(words[k].text.toLowerCase()) || words[k].pos === 'ADV')) k++;
  return words[k]?.pos === 'VERB' && CUE_LEMMAS.has(words[k].lemma);
}

/** Auxiliaries a source's next act may open on after "and"/"but": "but did not suggest", "and would not say". */
const ACT_AUXILIARIES = new Set([...FINITE_AUXILIARIES, 'did', 'does', 'do', 'would', 'will']);

/** "a finish that he said defied expectations": a relative clause whose own subject speaks. */
function opensRelativeAct(words: Word[], k: number): boolean {
  if (!['that', 'which'].includes(words[k].text.toLowerCase()) || !SUBJECT_PRONOUNS.has(words[k + 1]?.text.toLowerCase() ?? '')) return false;
  let j = k + 2;
  while (words[j] && SPEAKER_CUE_FILLERS.has(words[j].text.toLowerCase())) j++;
  return cueAt(words, j) !== null;
}

/** Where reported content ends: the sentence end, or before a coordinated or participle speech act. */
export function contentStop(words: Word[], k: number, sentenceEnd: number, cue: Cue, quotes: QuoteIndex, inRelative = false): number {
  // The closing mark itself is outside: `…,” adding that …` joins there.
  const insideQuote = (offset: number) => quotes.containsContent(offset);
  // "said his producer Jim Stone, also known as Stoner, wrote …": until the content has a verb
  // of its own, a verb after a comma is that verb, not a new act.
  // An aside between commas before that verb ("also known as Stoner") has no say in it.
  let hasVerb = words[k].pos === 'VERB' || words[k].pos === 'AUX';
  const infinitive = words[k].text.toLowerCase() === 'to' && words[k + 1]?.pos === 'VERB';
  let inAside = false;
  const subordinateEnd = frontedClauseEnd(words, cue.verb, quotes);
  for (let j = k + 1; j < words.length; j++) {
    if (words[j].start >= sentenceEnd) break;
    // `When Lind said it was “a disgrace,” Holt …`: a quotation closing the clause keeps its mark.
    if (j === subordinateEnd) return closesOnComma(words, j + 1) ? words[j + 1].end : words[j - 1].end;
    if (!inAside && (words[j].pos === 'VERB' || words[j].pos === 'AUX')) hasVerb = true;
    const closesAside = inAside && words[j].text === ',';
    if (!hasVerb && words[j].text === ',') inAside = !inAside;
    if (insideQuote(words[j].start)) continue;
    // "…, but Democrats have pushed for …": a contrasting clause with a subject of its own is the writer's.
    // "… — and the Senate is currently holding …": so does one after a dash and "and".
    const dashAnd = DASHES.has(words[j].text) && words[j + 1]?.text.toLowerCase() === 'and';
    if (hasVerb && ((words[j].text === ',' && words[j + 1]?.text.toLowerCase() === 'but') || dashAnd) && opensOwnClause(words, j + 2)) return words[j - 1].end;
    // `…,” arguing that …`: a quotation closing on a comma is a joint too.
    const closesQuote = closesOnComma(words, j);
    const joint = words[j].text === ',' || closesQuote || words[j].text.toLowerCase() === 'and' || words[j].text.toLowerCase() === 'but';
    // A quotation's closing mark stays with it.
    if (joint && !(closesAside && startsOwnVerb(words, j)) && startsNewAct(words, j)) return closesQuote ? words[j].end : words[j - 1].end;
    if (opensRelativeAct(words, j)) return words[j - 1].end;
    // "noted that … and quoted Reagan's …", "recalling … and detailing …": the source's next act, in the cue's own form.
    if (words[j].text.toLowerCase() === 'and' && (hasVerb || /ing$/.test(words[cue.verb].text)) && nextActInCueForm(words, j + 1, cue)) return words[j - 1].end;
    if (!hasVerb && mainClauseGoesOn(words, j)) return words[j - 1].end;
    // "pledged to shut down the terminal, after she introduced a bill": after an infinitive, a clause
    // of time with its own subject is the writer's.
    if (infinitive && words[j].text === ',' && TIME_CLAUSE_OPENERS.has(words[j + 1]?.text.toLowerCase() ?? '') && CLAUSE_SUBJECT_TAGS.has(words[j + 2]?.pos ?? '')) return words[j - 1].end;
    // "vowed to ban …, declined at first to …", "continued to express doubts … and made clear …": after
    // an infinitive, a finite verb with no subject is the source's next predicate.
    if (infinitive && (words[j].text === ',' || words[j].text.toLowerCase() === 'and') && startsOwnVerb(words, words[j + 1]?.text.toLowerCase() === 'and' ? j + 1 : j)) return words[j - 1].end;
    if (joint && words[j].text === ',' && cue.lemma !== 'according to' && words[j + 1]?.text.toLowerCase() === 'according' && words[j + 2]?.text.toLowerCase() === 'to') return words[j - 1].end;
    // "The board, which said the port would close, met on Monday": the relative clause ends at the main verb.
    if (inRelative && words[j].text === ',' && (words[j + 1]?.pos === 'AUX' || startsOwnVerb(words, j))) return words[j - 1].end;
    // "… to the convention floor -- even as Clinton closes in": a clause of time or contrast after a dash is the writer's.
    // (Not an aside the content goes on after: "Republicans who refused to … - as some of his opponents have - were “nuts.”")
    if (hasVerb && dashedClauseAt(words, j, sentenceEnd)) return words[j - 1].end;
    // ", while UNICEF … said …": a contrasting clause is someone else's.
    if (words[j].text === ',' && CONTRAST.has(words[j + 1]?.text.toLowerCase() ?? '')) return words[j - 1].end;
    // A semicolon closes what was reported: "…; 29 percent said …".
    if (words[j].text === ';') return words[j - 1].end;
    // "said he will vote for her, but he hasn't endorsed her", "…, and he railed against …": a clause
    // of the source's own next act, told by the writer.
    // "said the port would reopen in May, a pledge Reyes welcomed": a noun summing up the clause,
    // with someone's act on it, closes what was reported.
    if (hasVerb && words[j].text === ',' && resumedClauseAct(words, j + 1) !== -1) return words[j - 1].end;
    // A dash joins such a clause as a comma does ("… running his campaign — and he singled out …").
    if (hasVerb && (words[j].text === ',' || DASHES.has(words[j].text)) && ['but', 'and'].includes(words[j + 1]?.text.toLowerCase() ?? '') && SUBJECT_PRONOUNS.has(words[j + 2]?.text.toLowerCase() ?? '')) return words[j - 1].end;
    // "insists the GOP must be a party of ideas, and has championed …", "says she will vote for him
    // but has withheld her endorsement": a finite auxiliary with no subject after "and" or "but" is
    // the source's own next predicate, told by the writer.
    if (hasVerb && words[j].text === ',' && PREDICATE_JOINERS.has(words[j + 1]?.text.toLowerCase() ?? '') && FINITE_AUXILIARIES.has(words[j + 2]?.text.toLowerCase() ?? '')) return words[j - 1].end;
    // "said he would offer “a prayer” for the nominee but did not suggest it would be Trump": even
    // with no comma, an auxiliary with no subject before a verb of speech is the source's next act.
    if (hasVerb && PREDICATE_JOINERS.has(words[j].text.toLowerCase()) && ACT_AUXILIARIES.has(words[j + 1]?.text.toLowerCase() ?? '') && speechAfterAuxiliary(words, j + 2)) return words[j - 1].end;
    // "… to back Clinton's campaign while adding …": a contrasting clause of the source's next act.
    if (words[j].text.toLowerCase() === 'while' && words[j + 1]?.text.endsWith('ing') && NEW_ACT_PARTICIPLES.has(participleCueLemma(words[j + 1].text) ?? '')) return words[j - 1].end;
    // ", compared with the 30 percent who …": a comparison is the writer's, not the source's.
    if (hasVerb && words[j].text === ',' && words[j + 1]?.text.toLowerCase() === 'compared' && ['with', 'to'].includes(words[j + 2]?.text.toLowerCase() ?? '')) return words[j - 1].end;
  }
  return sentenceEnd;
}

/**
 * Where a content running from word k to `end` stops before a dash opening a clause of time or
 * contrast, the writer's ("… to the convention floor -- even as Clinton closes in"); `end` when none.
 */
export function endBeforeDashedClause(words: Word[], k: number, end: number): number {
  for (let j = k + 1; j < words.length && words[j].end <= end; j++) if (dashedClauseAt(words, j, end)) return words[j - 1].end;
  return end;
}

/** Is word j a dash opening such a clause, with no second dash before `end` to close it as an aside? */
function dashedClauseAt(words: Word[], j: number, end: number): boolean {
  return DASHES.has(words[j].text) && opensDashedClause(words, j + 1) && !dashAfter(words, j + 1, end);
}

/** "even as …", "as …", "while …", "after …": a clause of time or contrast opening at word k (with its own subject). */
function opensDashedClause(words: Word[], k: number): boolean {
  let j = k;
  if (words[j]?.text.toLowerCase() === 'even') j++;
  if (!DASHED_CLAUSE_OPENERS.has(words[j]?.text.toLowerCase() ?? '')) return false;
  // Its own subject and verb: "as Clinton closes in", "though it is unclear"; not "as a skeptic".
  return opensOwnClause(words, j + 1) || (words[j + 1]?.pos === 'PRON' && ['AUX', 'VERB'].includes(words[j + 2]?.pos ?? ''));
}

/** Another dash before the sentence's end: the first one opened an aside. */
function dashAfter(words: Word[], k: number, sentenceEnd: number): boolean {
  for (let j = k; j < words.length && words[j].start < sentenceEnd; j++) if (DASHES.has(words[j].text)) return true;
  return false;
}

const DASHED_CLAUSE_OPENERS = new Set(['as', 'while', 'though', 'although', 'after', 'before', 'when', 'because', 'since']);

/**
 * "declared war on the region, leading to …", "claimed self-defense and was acquitted": after an
 * object with no verb of its own, a participle or a coordinated verb carries on the main clause.
 */
function mainClauseGoesOn(words: Word[], j: number): boolean {
  const next = words[j + 1];
  if (!next || !['VERB', 'AUX'].includes(next.pos)) return false;
  if (words[j].text === ',') return next.pos === 'VERB' && next.text.endsWith('ing');
  return words[j].text.toLowerCase() === 'and' && !next.text.endsWith('ing');
}

/** "Democrats have pushed", "the harbor board denied": a noun phrase of up to four words and a finite verb, from word k. */
function opensOwnClause(words: Word[], k: number): boolean {
  // "…, but there is growing anger": an expletive subject opens one too.
  if (words[k]?.text.toLowerCase() === 'there' && words[k + 1]?.pos === 'AUX') return true;
  let j = k;
  while (words[j] && j - k < 4 && NOUN_PHRASE_TAGS.has(words[j].pos)) j++;
  const verb = words[j];
  return j > k && words.slice(k, j).some((word) => word.pos === 'NOUN' || word.pos === 'PROPN') && !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.text)));
}

const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** `, wrote`, `, has said`: right after the joint, a finite verb (no participle, no conjunction). */
function startsOwnVerb(words: Word[], joint: number): boolean {
  let j = joint + 1;
  while (words[j] && words[j].pos === 'AUX') j++;
  const verb = words[j];
  return verb !== undefined && j > joint && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.text.endsWith('ing');
}

/** Does the attribution end at word k, past its time ("said Monday"): the sentence's end, or a comma before what the source adds ("said, adding …")? */
function closesSentence(words: Word[], k: number): boolean {
  const time = readTime(words.map((word) => word.text), k);
  if (time) k += time.length;
  return !words[k] || ['.', ',', ';', '!', '?'].includes(words[k].text);
}
