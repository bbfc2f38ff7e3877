import { AUDIENCE_NOUNS, MEDIA_NOUNS, SOURCE_DOCUMENTS } from '../lexicon/cues.js';
import { POSSESSIVE_DETERMINERS, SPEAKER_CUE_FILLERS } from '../lexicon/people.js';
import { CLAUSE_END, cueAt, cueBefore, cueText, participleCueLemma, type Cue } from './cue-words.js';
import { isQuoteMark, shortQuotationEnd, type QuoteSpan } from './quotes.js';
import { speakerBefore, type Speaker, type SpeakerContext } from './speakers.js';
import { nounPhraseSpeaker, speakerAfter } from './speakers-after.js';
import { issuedBefore, mainClauseSubject } from './clause-subject.js';
import { readTime, type TimeExpression } from './time.js';
import type { Span } from '../graph/facts.js';
import { isAbbreviationStop, isPastForm, type Word } from './words.js';
import { evidence, fromMention, isDemonym } from './speaker-basics.js';

/**
 * Direct quotes and their attribution: which quotes are speech, and the cue and speaker
 * written after a quote (`"…," Kirby said`, `"…," said Kirby`) or before it (`Kirby said: "…"`).
 */
const LEADING = /^[\s,:;—–-]+/;

/** A quote is speech, not a scare quote or a title: several words, or a whole clause. */
export function isSpeech(text: string, quote: QuoteSpan): boolean {
  const inner = text.slice(quote.inner.start, quote.inner.end).trim();
  return inner.split(/\s+/).length >= 4 || /[.!?,]$/.test(inner);
}


/** Is the paragraph only quotation (and punctuation)? */
export function whollyQuoted(text: string, start: number, end: number, quotes: QuoteSpan[]): boolean {
  if (quotes.length === 0) return false;
  let outside = '';
  let cursor = start;
  for (const quote of quotes) {
    outside += text.slice(cursor, quote.open);
    cursor = Math.max(cursor, quote.close);
  }
  outside += text.slice(cursor, end);
  return !/\p{L}/u.test(outside);
}

/** Starts a sentence and ends one: a quoted sentence, not a fragment inside prose. */
export function standsAlone(text: string, quote: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, quote.open - 3), quote.open);
  const inner = text.slice(quote.inner.start, quote.inner.end).trim();
  const startsSentence = before.trim() === '' || /[.!?]\s*$/.test(before) || /^[\n]/.test(before.slice(-1));
  return startsSentence && /[.!?…]$/.test(inner) && isSpeech(text, quote);
}

/** The next quote continues the same sentence after the attribution: `"We will," she said, "back down."`. */
export function sameSentenceContinuation(text: string, phraseEnd: number, next: QuoteSpan): boolean {
  const between = text.slice(phraseEnd, next.open);
  if (/[.!?;"“”]/.test(between) || !/,\s*$/.test(between)) return false;
  // `“Many people are uncertain,” Thiel wrote in a statement explaining why …, “but most …”`: a
  // quotation going on with a conjunction in lower case goes on with the quoted sentence, past any
  // words of circumstance (`…, noting he and his wife “have talked …”` quotes the new act's clause).
  const opening = /^\p{L}+/u.exec(text.slice(next.inner.start, next.inner.start + 12))?.[0] ?? '';
  if (CONTINUING_CONJUNCTIONS.has(opening) && between.length < MAX_LOWER_CONTINUATION_GAP) return true;
  // `"…," she said, adding, "…"`: a second act of speech opens a quotation of its own.
  const secondAct = /\b\p{L}+ing\b/u.exec(between)?.[0];
  if (secondAct && participleCueLemma(secondAct)) return false;
  return between.length < 120;
}

/** How far (in characters) the attribution between two parts of one quoted sentence may run. */
const MAX_LOWER_CONTINUATION_GAP = 240;
const CONTINUING_CONJUNCTIONS = new Set(['but', 'and', 'or', 'so', 'yet', 'because']);

/** Words after a quotation that open another clause or act rather than go on with the quoted one. */
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'nor', 'then', 'while', 'as', 'so', 'yet', 'said', 'says', 'told', 'added', 'wrote']);

/**
 * Where the clause a quotation opens ends, when it goes on past the closing mark in the same
 * sentence (`said "all command the same conclusion" that he complies`), else -1: words must
 * follow the mark directly; the clause ends at the sentence's end or its next comma, semicolon
 * or dash.
 */
export function clauseRunsOn(text: string, quote: QuoteSpan, sentenceEnd: number): number {
  if (!quote.closed || sentenceEnd <= quote.close) return -1;
  // A quotation that closes on its own punctuation ended its clause: `"We will win," and left.`
  if (/[,.!?;:…]\s*$/.test(text.slice(quote.inner.start, quote.inner.end))) return -1;
  const rest = text.slice(quote.close, sentenceEnd);
  const next = /^ +([\p{L}\p{N}]+)/u.exec(rest)?.[1];
  // What follows must go on with the same clause, not open another ("and said", "blaming …").
  if (next === undefined || CLAUSE_LINKS.has(next.toLowerCase()) || /\p{L}ing$/u.test(next)) return -1;
  const stop = /[,;:—–(]| -+ |[.!?]["”’']?\s*$/u.exec(rest);
  return quote.close + (stop ? stop.index : rest.trimEnd().length);
}

export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  const inner = text.slice(start, end);
  const lead = LEADING.exec(inner)?.[0].length ?? 0;
  const tail = /[\s,;:]+$/.exec(inner)?.[0].length ?? 0;
  start += lead;
  end -= tail;
  return end > start ? { start, end } : span;
}

export interface QuoteAttribution {
  cue: { text: string; span: Span };
  cueStart: number;
  speaker: Speaker;
  /** Offset just after the attribution phrase. */
  phraseEnd: number;
  time: TimeExpression | null;
}

/** `"…," Kirby said`, `"…," said Kirby`, `"…," the NSC official said when asked …`. */
export function attributionAfter(context: SpeakerContext, quote: QuoteSpan, slice: (s: number, e: number) => string, sentenceStart: number): QuoteAttribution | null {
  const { words } = context;
  // A quote inside a clause ("the kingdom would “not accept …”") belongs to that clause: mixed, not direct.
  const lead = slice(sentenceStart, quote.open);
  // Unless the quote closes the clause with a comma and no cue opened it: `Yet he is a “change
  // agent,” Cole said.` quotes the end of Cole's own sentence (mixed).
  // A participle phrase is no clause of the speaker's: `Citing “obligations at home,” the spokeswoman told …`.
  const opening = words.find((word) => word.start >= sentenceStart);
  const participleLead = opening !== undefined && opening.end <= quote.open && opening.pos === 'VERB' && opening.text.endsWith('ing');
  if (/\p{L}/u.test(lead) && !/[,:—–-]\s*$/.test(lead) && !(closesClause(slice(quote.inner.start, quote.inner.end)) && !participleLead && !cueBefore(words, quote.open))) return null;
  let i = words.findIndex((word) => word.start >= quote.close);
  if (i === -1) return null;
  if (words[i].text === ',') i++;
  const between = slice(quote.close, words[i]?.start ?? quote.close);
  if (!words[i] || !/^[\s,]*$/.test(between)) return null;
  // `“…,” Cruz, who has proposed repealing it, said`: the acts of a relative clause about the speaker are not the cue.
  // Only a relative clause closed by its comma: in `“…,” Packer, who is chair of the PAC said` the cue ends it.
  let relativeEnd = -1;
  for (let k = i; k < Math.min(words.length, i + MAX_ATTRIBUTION_WORDS); k++) {
    if (words[k - 1]?.text === ',' && ['who', 'which'].includes(words[k].text.toLowerCase())) relativeEnd = words.findIndex((word, j) => j > k && word.text === ',');
    // `“…,” Bill Eastland, wearing “Ted Cruz” pins, said`: a quoted name inside the apposition is no new clause.
    const quotedName = k > i ? shortQuotationEnd(words, k) : -1;
    if (quotedName !== -1) {
      k = quotedName;
      continue;
    }
    const cue = k < relativeEnd ? null : cueAt(words, k);
    if (!cue) {
      if (CLAUSE_END.has(words[k].text) && !isAbbreviationStop(words, k)) return null;
      continue;
    }
    if (/ing$/.test(words[k].text)) return null; // ", arguing that …" opens a new statement
    // `“…,” Anne Richards, assistant secretary for population, refugees, and migration, said`: a
    // list inside the apposition reads as a new clause; the name right after the quotation speaks.
    const speaker = k > i ? openingNameOr(context, i, k, speakerBefore(context, k, slice) ?? phraseBeforeCue(context, i, k, slice)) : speakerAfter(context, k, slice, true);
    if (!speaker) return null;
    return finish(context, cue, speaker, slice);
  }
  return null;
}

/**
 * The person named right after a quotation, before a comma, speaks when only an apposition (no
 * verb) stands between the name and the cue at k: `“…,” Anne Richards, …, refugees, and
 * migration, said`. Otherwise the subject the rules read before the cue.
 */
function openingNameOr(context: SpeakerContext, i: number, k: number, found: Speaker | null): Speaker | null {
  const { words } = context;
  const named = context.mentions.find((mention) => mention.kind === 'PERSON' && mention.start === words[i].start);
  if (!named || (found && found.mention.start <= named.start)) return found;
  const after = words.findIndex((word) => word.start >= named.end);
  if (after === -1 || words[after].text !== ',' || words.slice(after, k).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return found;
  return fromMention(named);
}

/**
 * `“…,” the Saudis state …`, `“…,” a voice-over in the ad states`: between a quotation and its cue,
 * a noun phrase no rule resolves can only name the speaker. A people's name stands for its
 * country ("the Saudis" → Saudi Arabia); any other phrase speaks unnamed, as it is written.
 */
function phraseBeforeCue(context: SpeakerContext, i: number, k: number, slice: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let end = k - 1;
  while (end > i && SPEAKER_CUE_FILLERS.has(words[end].text.toLowerCase())) end--;
  const phraseWords = words.slice(i, end + 1);
  // A noun phrase opening on its article or noun ("to describe …" is a purpose, not a speaker).
  if (!phraseWords.every((word) => PHRASE_TAGS.has(word.pos)) || !OPENING_TAGS.has(words[i].pos) || !phraseWords.some((word) => word.pos === 'NOUN' || word.pos === 'PROPN')) return null;
  const phrase = evidence(words, i, end, slice);
  const people = context.mentions.find((mention) => isDemonym(mention) && mention.end === phrase.end);
  if (people && (people.start === phrase.start || (end === i + 1 && words[i].text.toLowerCase() === 'the'))) return { ...fromMention(people), mention: phrase };
  return { mention: phrase, entityKey: null, description: phrase.text, revealable: false };
}

const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
const OPENING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A quoted end of a clause, not a title ("on “Hannity,” Gingrich said …", "on the network’s
 * “Sunday Morning Report,” Hale said …"): several words, a closing comma, not every word capitalised.
 */
function closesClause(inner: string): boolean {
  return /,\s*$/.test(inner) && inner.trim().split(/\s+/).length >= 3 && !isTitle(inner);
}

/** "Fox and Friends", "Meet the Press": every word capitalised or short. */
function isTitle(inner: string): boolean {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word) || word.length <= 3);
}

/** `Kirby said: "…"`, `she told reporters, "…"`: only an audience, a time or punctuation may stand between. */
export function attributionBefore(context: SpeakerContext, quote: QuoteSpan, slice: (s: number, e: number) => string): QuoteAttribution | null {
  const k = context.words.findIndex((word) => word.end > quote.open) - 1;
  return k < 0 ? null : cueEndingAt(context, k, quote.open, slice, slice(quote.inner.start, quote.inner.end)) ?? invertedOpening(context, k, slice);
}

/**
 * `Said Comey, “…”`, `Stated Stone: “…”`, `Added Dorothy Poynter, who grew up with Ali, “…”`: a
 * sentence opening on its cue in the past tense, its speaker after it and the quotation after
 * a comma or a colon. (A participle opening a sentence, "Asked whether …", is a clause of its own.)
 */
function invertedOpening(context: SpeakerContext, k: number, slice: (s: number, e: number) => string): QuoteAttribution | null {
  const { words } = context;
  const opening = words[0];
  if (opening.pos !== 'VERB' || !opening.capitalized || !INVERTED_OPENERS.has(opening.lemma) || !isPastForm(opening)) return null;
  if (k < 2 || (words[k].text !== ',' && words[k].text !== ':') || !SPEAKER_OPENINGS.has(words[1].pos)) return null;
  const speaker = speakerAfter(context, 0, slice, true);
  if (!speaker || speaker.mention.end > words[k].start) return null;
  return finish(context, { verb: 0, last: 0, lemma: opening.lemma }, speaker, slice);
}

/** How the speaker after an inverted cue opens: a name, a pronoun, an article ("Added to the list, …" is no speaker). */
const SPEAKER_OPENINGS = new Set(['PROPN', 'DET', 'PRON', 'NOUN', 'ADJ']);

/** Cues a writer inverts before a quotation: "Said …", "Added …", "Wrote …". */
const INVERTED_OPENERS = new Set(['say', 'add', 'continue', 'state', 'write', 'explain', 'declare', 'conclude', 'exclaim', 'quip', 'recall', 'insist', 'argue', 'note', 'warn', 'reply', 'respond', 'answer', 'tweet', 'observe', 'remark', 'counter']);

/**
 * `Breitbart News responded:` closing a paragraph whose next one is the quotation: the
 * attribution of the sentence's closing colon.
 */
export function attributionClosingParagraph(context: SpeakerContext, slice: (s: number, e: number) => string): QuoteAttribution | null {
  const { words } = context;
  const k = words.length - 1;
  return k > 0 && words[k].text === ':' ? cueEndingAt(context, k, words[k].end, slice) : null;
}

/** The cue whose phrase ends at word k (a colon or comma there is skipped), with only fillers between it and `until`. */
function cueEndingAt(context: SpeakerContext, k: number, until: number, slice: (s: number, e: number) => string, quoted?: string): QuoteAttribution | null {
  const { words } = context;
  if (words[k].text === ':' || words[k].text === ',') k--;
  for (let steps = 0; k >= 0 && steps < 6; steps++, k--) {
    const cue = cueAt(words, k);
    if (cue) {
      const between = words.slice(cue.last + 1).filter((word) => word.end <= until);
      // "told Fox News: “…”": whom it was told may be named.
      // "says to Nevadans: “…”", "said to the crowd:": after "to", whom it was said to.
      const toWhom = between[0]?.text.toLowerCase() === 'to';
      // "told his Democratic audience:", "said to her cheering supporters:": the words of a phrase naming an audience.
      const namesAudience = (cue.lemma === 'tell' || toWhom) && between.some((word) => AUDIENCE_NOUNS.has(word.text.toLowerCase()));
      const audience = (word: Word) => (cue.lemma === 'tell' && context.mentions.some((mention) => mention.start <= word.start && word.end <= mention.end))
        || ((toWhom || namesAudience) && (AUDIENCE_TAGS.has(word.pos) || (namesAudience && POSSESSIVE_DETERMINERS.has(word.text.toLowerCase()))));
      if (!between.every((word) => isAttributionFiller(word) || audience(word)) || subjectBetween(cue.lemma, between)) return null;
      // `he said on “Meet the Press.”`: a quotation that is a preposition's object is a title, not what was said.
      const lastBetween = between.filter((word) => !isQuoteMark(word.text)).at(-1);
      if (lastBetween && lastBetween.pos === 'ADP') return null;
      // `Fiorina told “Fox and Friends,” reminding …`: a title right after "told" is whom it was told.
      if (cue.lemma === 'tell' && !lastBetween && quoted !== undefined && isTitle(quoted)) return null;
      // "The Post confirmed it, reporting: “…”", "issued a statement Tuesday saying, “…”": a
      // participle's speaker is the main clause's subject.
      const participle = words[k].text.endsWith('ing') && (words[k - 1]?.text === ',' || issuedBefore(words, k - 1));
      // A phrase no rule resolves still speaks ("The retired neurosurgeon told Fox News: “…”"), as for a reported clause.
      const speaker = participle ? mainClauseSubject(context, k, slice)
        : speakerBefore(context, k, slice) ?? (words[cue.verb - 1]?.text === ',' ? null : nounPhraseSpeaker(context, cue.verb, slice));
      return speaker ? finish(context, cue, speaker, slice) : null;
    }
    if (CLAUSE_END.has(words[k].text)) return null;
  }
  return null;
}

const AUDIENCE_TAGS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

/** What may sit between a cue and its quotation: "told reporters:", "said on Tuesday,", "added in a statement:". */
function isAttributionFiller(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return word.pos === 'PUNCT' || AUDIENCE_NOUNS.has(lower) || SOURCE_DOCUMENTS.has(lower) || MEDIA_NOUNS.has(lower) || readTime([word.text], 0) !== null
    || ['the', 'a', 'an', 'in', 'on', 'at', 'to', 'then', 'later', 'also', 'simply', 'regular', 'news', 'press', 'written', 'joint', 'televised'].includes(lower);
}

/**
 * `said her staff “did the wrong thing”`: a group named right after "say" with no preposition
 * before it is not whom it was said to ("told staff:", "said at a news conference:") but the
 * subject of what was said, so the quotation is a fragment of a reported clause (MIXED).
 */
function subjectBetween(lemma: string, between: Word[]): boolean {
  if (lemma === 'tell') return false;
  for (const word of between) {
    if (word.pos === 'ADP' || word.text === ':' || word.text === ',') return false;
    if (AUDIENCE_NOUNS.has(word.text.toLowerCase())) return true;
  }
  return false;
}

/** How far after a quotation its cue may stand: past a long apposition ("“…,” Trump, the frontrunner nationally and … after winning the primaries, said"). */
const MAX_ATTRIBUTION_WORDS = 40;

function finish(context: SpeakerContext, cue: Cue, speaker: Speaker, slice: (s: number, e: number) => string): QuoteAttribution {
  const { words } = context;
  const cueSpan = { start: words[cue.verb].start, end: words[cue.last].end };
  let end = Math.max(cueSpan.end, speaker.mention.end);
  const after = words.findIndex((word) => word.start >= end);
  const time = after === -1 ? null : readTime(words.map((word) => word.text), after);
  if (time) end = words[after + time.length - 1].end;
  return { cue: { text: cueText(words, cue, slice), span: cueSpan }, cueStart: words[cue.verb].start, speaker, phraseEnd: end, time };
}
