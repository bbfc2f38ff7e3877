import { controllingWord } from './control-verbs.js';
import { isEvidenceSource } from './acts.js';
import { namesWrittenDocument, targetEnd } from './act-targets.js';
import type { Attribution, SentenceView } from './attribution.js';
import { issuedBefore, mainClauseSubject } from './clause-subject.js';
import { clauseStartBefore, isTrailingCircumstance, pastUndatedTime, skipAudience, skipToContent } from './content-start.js';
import { OPENING_QUOTES, cueAt, cueText, type Cue } from './cue-words.js';
import { POLL_CUE, pollFinding } from './poll-findings.js';
import { CUE_BY_LEMMA } from '../lexicon/cues.js';
import { APPRAISING_SPEECH_CUES, WRITING_VERBS } from '../lexicon/acts.js';
import { HONORIFICS, ROLE_NOUNS, SPEAKER_CUE_FILLERS, TITLE_ABBREVIATIONS } from '../lexicon/people.js';
import type { DocumentEntities } from './coref.js';
import type { QuoteIndex } from './quotes.js';
import { DASHES, speakerBefore, type Speaker, type SpeakerContext } from './speakers.js';
import { nounPhraseSpeaker, phraseSpeakerAfter, speakerAfter } from './speakers-after.js';
import { readTime, type TimeExpression } from './time.js';
import { closesOnComma, contentStop, startsNewAct } from './content-end.js';
import { frontedClauseClose, hasClauseVerb, isFrontedClauseEnd as fronted, reportableBefore } from './subordinate-clauses.js';
import type { Span, StatementAct } from '../graph/facts.js';
import { isFiniteVerb, isPossessive, isVerb, type Word } from './words.js';
import { RELATIVE_PRONOUNS } from './asides.js';

/**
 * Reported speech in one sentence: "X said (that) …", "X urged Y to …", "…, X said.",
 * "according to X, …", the content of belief, appraisal and evidence cues: whose it is and
 * where it starts (content-end.ts reads where it ends). `attribution.ts` calls it for every cue
 * no quotation used.
 */
const TRAILING = /[\s,.;:—–-]+$/;
const ARTICLES = new Set(['the', 'a', 'an']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where', 'and', 'but', 'or']);
/** Adverbs between a cue and its content: "said earlier that …". */
const POST_CUE_FILLERS = new Set(['earlier', 'later', 'also', 'again', 'previously', 'repeatedly', 'separately', 'recently', 'publicly', 'privately']);

interface Reported {
  content: Span;
  cue: { text: string; span: Span };
  speaker: Speaker;
  time: TimeExpression | null;
}

/**
 * "X said (that) …", "X urged Y to …", "…, X said.", "according to X, …", "X called the plan
 * “reckless”". `previous` is the statement just read in the same sentence: a coordinated or
 * participle cue ("… and urged Moscow to …", ", adding that …") has its speaker.
 */
export function reportedSpeech(
  context: SpeakerContext, view: SentenceView, cue: Cue, quotes: QuoteIndex, slice: (s: number, e: number) => string, previous: Attribution | null,
): Reported | null {
  const { words } = context;
  const sentenceEnd = contentEnd(slice, view.sentence);
  const cueInfo = { text: cueText(words, cue, slice), span: { start: words[cue.verb].start, end: words[cue.last].end } };

  if (cue.lemma === 'according to') return accordingTo(context, view, cue, cueInfo, sentenceEnd, slice);
  if (cue.lemma === POLL_CUE) {
    const finding = pollFinding(context, cue, view.sentence, sentenceEnd, slice);
    return finding && { ...finding, cue: cueInfo, time: null };
  }

  // "Lind went on to say …", "took to Twitter to call …": the subject of the verb that controls the infinitive.
  const controlling = controllingWord(words, cue.verb);
  const subjectAt = controlling === -1 ? cue.verb : controlling;
  // "When Maddow pointed out …, Clinton seized upon …, repeating": a statement of the fronted clause has another subject.
  const fronted = frontedClauseClose(words, context.insideQuote);
  const sameClause = previous && !(fronted !== -1 && previous.cue && previous.cue.span.start < words[fronted].start && words[subjectAt].start > words[fronted].start);
  const shared = sharesSubject(words, { ...cue, verb: subjectAt }) ? (sameClause ? previous.speaker : null) ?? mainClauseSubject(context, subjectAt, slice) : null;
  // A phrase no rule resolves still speaks, but not where an inverted "…, said X." may follow.
  const speaker = shared ?? (controlling !== -1 ? speakerBefore(context, controlling, slice) : null) ?? speakerBefore(context, cue.verb, slice)
    ?? (words[cue.verb - 1]?.text === ',' ? null : nounPhraseSpeaker(context, cue.verb, slice));
  // "polls show", "the study found": only a source that is evidence makes these verbs attribute.
  if (cue.act === 'EVIDENCE' && !isEvidenceSource(speaker?.description ?? null)) return null;
  // "…, a White House official said Wednesday." — attribution closes the sentence.
  let k = cue.last + 1;
  const time = readTime(words.map((word) => word.text), k);
  if (time) k += time.length;
  const rest = words.slice(k).filter((word) => word.pos !== 'PUNCT');
  const speakerStart = speaker?.mention.start ?? words[cue.verb].start;
  let speakerIndex = words.findIndex((word) => word.start === speakerStart);
  // "…, the Associated Press said", "…, Mr. Holt said": a named speaker's mention leaves its article and title out.
  while (speakerIndex > 1 && (HONORIFICS.has(words[speakerIndex - 1].text) || words[speakerIndex - 1].text.toLowerCase() in TITLE_ABBREVIATIONS)) speakerIndex--;
  // "…, DFA spokesman Neil Sroka said", "…, the group's spokesman Neil Sroka said": so does the role before the name.
  if (speaker?.entityKey) {
    while (speakerIndex > 1 && describesName(words, speakerIndex - 1)) speakerIndex -= isPossessive(words[speakerIndex - 1]) ? 2 : 1;
  }
  if (speakerIndex > 1 && ARTICLES.has(words[speakerIndex - 1].text.toLowerCase())) speakerIndex--;
  const commaBefore = speakerIndex > 0 && words[speakerIndex - 1].text === ',' ? speakerIndex - 1 : -1;
  // "The ferry is late, as Lind said.", "If Russia is … — as many researchers believe — …": what "as" compares to is what was said.
  if (!shared && speaker && speakerIndex > 2 && words[speakerIndex - 1].text.toLowerCase() === 'as' && (!cue.frames || cue.frames.includes('clause'))) {
    const compared = comparedClause(words, speakerIndex - 1, k);
    if (compared) return { content: compared, cue: cueInfo, speaker, time };
  }
  // "…, Vorontsova told reporters in Moscow.": the audience of a closing "told" goes with it.
  const afterAudience = cue.lemma === 'tell' ? skipAudience(rest) : rest;
  if (!shared && speaker && (!cue.frames || cue.frames.includes('clause')) && (afterAudience.length === 0 || isTrailingCircumstance(afterAudience, cue.lemma) || startsNewAct(words, k)) && commaBefore > 1 && reportableBefore(words, commaBefore, quotes)) {
    return { content: { start: view.sentence.start, end: words[commaBefore - 1].end }, cue: cueInfo, speaker, time };
  }
  // Parenthetical: "Many of the closures, he said, have involved public courses": the sentence around it.
  // Not where neither side has a clause's verb: "Weighing in on the talks, Holt agreed, praising …".
  const participles = isVerb(words[0]) && !hasClauseVerb(words, commaBefore) && /ing$/.test(words[k + 1]?.text ?? '');
  if (!shared && speaker && !cue.frames && commaBefore > 1 && words[k]?.text === ',' && words[k + 1] && !['that', 'adding', 'saying'].includes(words[k + 1].text.toLowerCase()) && !participles) {
    return { content: { start: view.sentence.start, end: sentenceEnd }, cue: cueInfo, speaker, time };
  }
  // Inverted: "…, said Kirby.", and "The plans are “profoundly irresponsible,” said Kirby" (the
  // comma inside the closing mark, which stays with the content).
  // An act aimed at a target never inverts: "The Heisman winner, now a speaker, endorsed Trump" is the winner's.
  const quoteClosed = closesOnComma(words, cue.verb - 1);
  // "Clinton won the state easily, said Smith": the name heading the clause before the comma is not who speaks.
  // (Not a participle's phrase: "…, encouraged by the United States", "McCain said, asked about …".)
  const clauseBefore = !!speaker && !shared && words[cue.verb - 1]?.text === ',' && words[cue.last + 1]?.pos !== 'ADP' && headsClauseBefore(words, speaker.mention, cue.verb - 1);
  if ((!speaker || clauseBefore) && cue.verb > 1 && (words[cue.verb - 1].text === ',' || quoteClosed) && (!cue.frames || cue.frames.includes('clause'))) {
    const after = speakerAfter(context, cue.last, slice);
    // The speaker closes the sentence: in "…, said at least four countries had stopped …" what follows is content.
    const nextComma = words.findIndex((word, index) => index > cue.last && word.text === ',');
    const clause = words.slice(cue.last + 1, nextComma === -1 ? words.length : nextComma).some((word) => word.pos === 'AUX' || word.pos === 'VERB');
    if (after && !clause) return { content: { start: view.sentence.start, end: words[cue.verb - (quoteClosed ? 1 : 2)].end }, cue: cueInfo, speaker: after, time: null };
  }
  if (!speaker) return null;

  if (cue.frames) return actContent(context, view, cue, speaker, k, quotes, cueInfo, time, sentenceEnd);

  // Content after the cue: skip an audience ("told reporters"), a source ("in a statement …"), "that".
  const frame = cue.lemma.endsWith(' as') ? 'characterize' : CUE_BY_LEMMA.get(cue.lemma)?.frame ?? 'clause';
  k = frame === 'characterize' ? k : skipToContent(words, k, cue);
  const afterTime = readTime(words.map((word) => word.text), k);
  if (afterTime) k += afterTime.length;
  else k = pastUndatedTime(words, k);
  // "…, adding: “I will appeal.”": a colon hands the quotation after it to the cue.
  if (words[k]?.text === ',' || (words[k]?.text === ':' && OPENING_QUOTES.has(words[k + 1]?.text ?? ''))) k++;
  while (words[k] && POST_CUE_FILLERS.has(words[k].text.toLowerCase())) k++;
  // "said that, ''At this point …''": a comma may follow the complementizer too.
  if (isComplementizer(words, k)) k += words[k + 1]?.text === ',' ? 2 : 1;
  if (!words[k] || (words[k].pos === 'PUNCT' && !['"', '“'].includes(words[k].text))) return null;
  // "Biden said, clutching the lectern": a participle after the cue tells how it was said, not what.
  if (words[k - 1].text === ',' && words[k].pos === 'VERB' && /ing$/i.test(words[k].text)) return null;
  // "responded by blocking access": how the source answered is a deed; "responded by saying that …" reports.
  let gerund = k + 1;
  while (words[gerund]?.pos === 'ADV' && words[gerund].text.endsWith('ly')) gerund++;
  if (words[k].text.toLowerCase() === 'by' && /ing$/i.test(words[gerund]?.text ?? '')) {
    if (!cueAt(words, gerund)) return null;
    k = gerund + 1;
    if (isComplementizer(words, k)) k++;
    if (!words[k]) return null;
  }
  // "wrote the letter on Feb. 2 to …": the document written is no content (what it says may follow: "a letter saying …").
  if (WRITING_VERBS.has(cue.lemma) && namesWrittenDocument(words, k)) return null;
  let end = runOnQuotation(quotes, words[k].start, Math.max(contentStop(words, k, sentenceEnd, cue, quotes, inRelativeClause(speaker) || relativeBefore(words, speakerIndex)), words[k].end), sentenceEnd);
  // "calling it “disqualifying” and asserting …": a characterization ends with its quotation, the
  // last of a noun phrase's ("called Clinton's “claim of right” over her emails “disturbing”").
  const characterization = frame === 'characterize' ? characterizingQuote(words, quotes.within(words[k].start, end)) : undefined;
  // …unless a reason follows: "called him a “liar” for insisting …" (as "praised X for …").
  const afterQuote = characterization?.closed ? words.find((word) => word.start >= characterization.close) : undefined;
  if (characterization?.closed && afterQuote?.text.toLowerCase() !== 'for') end = Math.min(end, characterization.close);
  const content = { start: words[k].start, end };
  const contentWords = words.filter((word) => word.start >= content.start && word.end <= content.end);
  const quoted = quotes.within(content.start, content.end).length > 0;
  if (frame === 'characterize' && !quoted) return null;
  if (frame === 'object-to' && !contentWords.some((word) => word.text === 'to' || word.text === 'of') && !contentWords.some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return null;
  // A reported clause has its verb before any ", and …" joined to it: "stressed those worries on Sunday …, and he raised them again" reports no clause.
  const joined = contentWords.findIndex((word, index) => word.text === ',' && ['and', 'but'].includes(contentWords[index + 1]?.text.toLowerCase() ?? ''));
  const firstClause = joined === -1 ? contentWords : contentWords.slice(0, joined);
  if (frame !== 'characterize' && !firstClause.some((word) => word.pos === 'VERB' || word.pos === 'AUX') && !quoted) return null;
  if (contentWords.length < 2 || (contentWords.length < 3 && !quoted)) return null;
  return { content, cue: cueInfo, speaker, time: time ?? afterTime };
}

/**
 * The content of a belief, appraisal or evidence cue, by the first of its frames that fits:
 * a clause ("fear (that) the party will split"), an infinitive ("want to win"), or the
 * target ("blasted Ryan"). Evidence cues ("show", "found") count only with an evidence source.
 */
function actContent(
  context: SpeakerContext, view: SentenceView, cue: Cue, speaker: Speaker, k: number, quotes: QuoteIndex,
  cueInfo: Reported['cue'], time: TimeExpression | null, sentenceEnd: number,
): Reported | null {
  const { words } = context;
  while (words[k] && POST_CUE_FILLERS.has(words[k].text.toLowerCase())) k++;
  if (words[k]?.text === ',' && cue.frames?.includes('clause')) k++;
  // "believes, for example, that …", "thinks, in fact, that …": an aside between the cue and its "that".
  const that = words.findIndex((word, index) => index > k && index - k <= 5 && word.text.toLowerCase() === 'that');
  if (cue.frames?.includes('clause') && that !== -1 && words[that - 1].text === ',' && ['ADP', 'ADV'].includes(words[k]?.pos ?? '')) k = that;
  const first = words[k];
  if (!first || (first.pos === 'PUNCT' && !OPENING_QUOTES.has(first.text))) return null;
  const lower = first.text.toLowerCase();
  for (const frame of cue.frames ?? []) {
    // "wanted to “go an extra step”": the infinitive's verb may open a quotation.
    const verbAt = OPENING_QUOTES.has(words[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (frame === 'to' && lower === 'to' && ['VERB', 'AUX'].includes(words[verbAt]?.pos ?? '')) {
      return { content: { start: first.start, end: Math.max(contentStop(words, k, sentenceEnd, cue, quotes), first.end) }, cue: cueInfo, speaker, time };
    }
    if (frame === 'clause') {
      // "reveal that’s untrue": a "that" right before its verb is the clause's subject, not its opener.
      const pronoun = lower === 'that' && ['AUX', 'VERB'].includes(words[k + 1]?.pos ?? '');
      const start = (lower === 'that' && !pronoun) || lower === 'if' || lower === 'whether' ? k + 1 : k;
      if (!words[start]) continue;
      const end = Math.max(contentStop(words, start, sentenceEnd, cue, quotes), words[start].end);
      const clause = words.filter((word) => word.start >= words[start].start && word.end <= end);
      // A clause has a verb of its own and a subject before it: "fear the party will split", not "fear a split".
      const verb = clause.findIndex((word) => word.pos === 'VERB' || word.pos === 'AUX');
      if (clause.length >= 3 && verb > 0 && !(verb === 1 && clause[0].text.toLowerCase() === 'to')) return { content: { start: words[start].start, end }, cue: cueInfo, speaker, time };
    }
    if (frame === 'object' && lower !== 'to' && !(lower === 'that' && first.pos === 'SCONJ') && first.pos !== 'ADP') {
      const end = targetEnd(words, k, sentenceEnd, context.insideQuote);
      const target = words.filter((word) => word.start >= first.start && word.end <= end);
      if (target.some((word) => ['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(word.pos))) return { content: { start: first.start, end }, cue: cueInfo, speaker, time };
    }
  }
  return null;
}

/**
 * Does the mention open a clause with its own finite verb (no relative pronoun before it) that
 * runs to the comma at `comma`? "Clinton won the state easily, said Smith", not "Smith, who …, said".
 */
function headsClauseBefore(words: Word[], mention: Span, comma: number): boolean {
  const after = words.findIndex((word) => word.start >= mention.end);
  if (after === -1 || after >= comma || /ing$/.test(words[comma + 1]?.text ?? '')) return false;
  const rest = words.slice(after, comma);
  return rest.some(isFiniteVerb) && !rest.some((word) => RELATIVE_PRONOUNS.has(word.text.toLowerCase()) || word.text === ',');
}

/** A cue's act: its own (belief, appraisal), or EVIDENCE when the source is a poll, a study or a report. */
export function actOf(cue: Cue, speaker: Speaker): StatementAct {
  if (!speaker.entityKey && isEvidenceSource(speaker.description)) return 'EVIDENCE';
  return cue.act ?? (APPRAISING_SPEECH_CUES.has(cue.lemma) ? 'APPRAISAL' : 'SPEECH');
}

/** Evidence speaks for the organization behind it where the text names one: "a Quinnipiac University poll" → Quinnipiac University. */
export function evidenceSpeaker(speaker: Speaker, entities: DocumentEntities): Speaker {
  const behind = speaker.affiliation ? entities.get(speaker.affiliation) : undefined;
  return behind?.entity.kind === 'ORGANIZATION' ? { ...speaker, entityKey: behind.entity.key, affiliation: null } : speaker;
}

/** "… and urged Moscow to …", "…, adding that …": the cue's subject is the previous statement's speaker. */
function sharesSubject(words: Word[], cue: Cue): boolean {
  let k = cue.verb - 1;
  while (k >= 0 && SPEAKER_CUE_FILLERS.has(words[k].text.toLowerCase())) k--;
  if (words[k]?.text.toLowerCase() === 'and' || words[k]?.text.toLowerCase() === 'but') return true;
  // `…,” adding that …`: the comma stands before the closing mark.
  if ((words[k]?.text === '”' || words[k]?.text === '"') && words[k - 1]?.text === ',') k--;
  // "flipped his choice on the spot – saying …": a dash joins a participle as a comma does.
  if ((words[k]?.text === ',' || DASHES.has(words[k]?.text ?? '')) && /ing$/.test(words[cue.verb].text)) return true;
  // "The union issued a statement saying …": the statement's words are its issuer's.
  return /ing$/.test(words[cue.verb].text) && issuedBefore(words, k);
}

/** "said that the deal …" opens on a complementizer; "said that was a mistake" on a pronoun, the clause's subject. */
function isComplementizer(words: Word[], k: number): boolean {
  return words[k]?.text.toLowerCase() === 'that' && !opensFinitely(words[k + 1]);
}

/** A finite verb right after "that": "was", "doesn’t", "overlooked", "means"; not a gerund ("that being American …") or "given". */
function opensFinitely(word: Word | undefined): boolean {
  if (!word || /ing$|-/.test(word.text)) return false;
  return word.pos === 'AUX' || (word.pos === 'VERB' && /(?:ed|s)$/.test(word.text));
}

/**
 * `Cruz said “only Ted Cruz can beat Trump. Kasich can’t do it.”`: content that runs to the
 * sentence end inside a quotation goes on to the quotation's close, however many sentences it
 * quotes. A quotation left open (a quote over paragraphs) is not followed.
 */
function runOnQuotation(quotes: QuoteIndex, start: number, end: number, sentenceEnd: number): number {
  if (end < sentenceEnd) return end;
  for (const quote of quotes.within(start, end)) if (quote.closed && quote.close > end) return quote.close;
  return end;
}

/**
 * "…, as Lind said (on Monday).", "— as researchers believe —", "not as toxic as insiders
 * believe": the clause before "as" at word `as`, back to a dash or the sentence start, when the
 * words after the cue (from word k) end the clause. Null when they go on, and for an "as" of time.
 */
function comparedClause(words: Word[], as: number, k: number): Span | null {
  let after = k;
  while (words[after] && !CLAUSE_ENDS.has(words[after].text) && !DASHES.has(words[after].text)) after++;
  // Only where and when it was said may follow: "as Lind noted in New York magazine", not "responded to …".
  const rest = words.slice(k, after);
  if (rest.length > 0 && !(CIRCUMSTANCE_PREPOSITIONS.has(rest[0].text.toLowerCase()) && isTrailingCircumstance(rest))) return null;
  // "…, as Lind said", "not as toxic as insiders believe"; "rode the crowd as he replied" is a time.
  const set = words[as - 1].text === ',' || DASHES.has(words[as - 1].text) || words.slice(Math.max(0, as - 4), as - 1).some((word) => word.text.toLowerCase() === 'as');
  if (!set) return null;
  let end = as - 1;
  while (end > 0 && (words[end].text === ',' || DASHES.has(words[end].text))) end--;
  // "…, and as Comey noted, people …", "an ad, which — as Chait noted — promises …": the clause goes on after it.
  if (words[end].pos === 'CCONJ' || words[end].pos === 'SCONJ' || RELATIVES.has(words[end].text.toLowerCase())) return null;
  let start = end;
  while (start > 0 && !DASHES.has(words[start - 1].text)) start--;
  const clause = words.slice(start, end + 1);
  return clause.length >= 3 && clause.some(isVerb) ? { start: clause[0].start, end: clause[clause.length - 1].end } : null;
}

const CLAUSE_ENDS = new Set([',', ';', '.', '!', '?', ':']);
const CIRCUMSTANCE_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'last', 'this', 'earlier']);

/** The quotation that closes a characterization: the first, or a later one when only a noun phrase's words stand between. */
function characterizingQuote<Q extends { open: number; close: number; closed: boolean }>(words: Word[], within: Q[]): Q | undefined {
  let quote = within[0];
  for (const next of within.slice(1)) {
    const between = words.filter((word) => word.start >= quote.close && word.end <= next.open && !OPENING_QUOTES.has(word.text) && !['”', '"'].includes(word.text));
    // "over her recovered emails": a participle before a noun modifies it.
    const modifier = (word: Word, index: number) => word.pos === 'VERB' && /(ed|ing)$/.test(word.text) && ['NOUN', 'PROPN'].includes(between[index + 1]?.pos ?? '');
    if (!quote.closed || between.some((word, index) => !NOUN_PHRASE_TAGS.has(word.pos) && !modifier(word, index))) break;
    quote = next;
  }
  return quote;
}

const NOUN_PHRASE_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM', 'PART']);

/** "The vote, which she has said was a mistake, was …": the speaker opens a relative clause (after ", which"), which ends at the main verb. */
const relativeBefore = (words: Word[], speakerIndex: number): boolean =>
  ['which', 'who', 'whom'].includes(words[speakerIndex - 1]?.text.toLowerCase() ?? '') && words[speakerIndex - 2]?.text === ',';

/** A speaker read through a relative pronoun ("The board, which said …"): its clause ends before the sentence's own predicate. */
const inRelativeClause = (speaker: Speaker): boolean => /\b(which|who)$/i.test(speaker.mention.text);

/** "according to X, …" and "…, according to the latest survey by X." */
function accordingTo(
  context: SpeakerContext, view: SentenceView, cue: Cue, cueInfo: Reported['cue'], sentenceEnd: number, slice: (s: number, e: number) => string,
): Reported | null {
  const { words } = context;
  // "according to state law", "according to a review of FEC filings": any phrase is a source here.
  const speaker = speakerAfter(context, cue.last, slice) ?? phraseSpeakerAfter(context, cue.last, slice);
  if (!speaker) return null;
  const before = words.slice(0, cue.verb);
  // "… — including fires and floods — according to the data": a dash closes the clause as a comma does.
  if (before.length >= 3 && (before[before.length - 1].text === ',' || DASHES.has(before[before.length - 1].text))) {
    // "At the heart of the trouble, according to X, was a decision …": the sentence goes on around it.
    const after = words.findIndex((word) => word.start >= speaker.mention.end);
    const next = words[after + 1];
    // "most Americans - 63 percent, according to the report - still believe …": an aside between dashes, the sentence around it.
    const dashAside = after !== -1 && DASHES.has(words[after].text) && before.some((word) => DASHES.has(word.text)) && !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV');
    const goesOn = dashAside || (after !== -1 && words[after].text === ',' && next && !['CCONJ', 'SCONJ'].includes(next.pos) && !RELATIVES.has(next.text.toLowerCase())
      && (words.slice(after).some((word) => (word.pos === 'VERB' || word.pos === 'AUX') && word.start < sentenceEnd) || INTERRUPTED_BY.has(before[before.length - 2].pos)));
    // "While most were …, according to an official, two were …": the main clause after the source is what it says.
    if (goesOn && fronted(words, before.length - 1)) return { content: { start: next.start, end: sentenceEnd }, cue: cueInfo, speaker, time: null };
    // "Many Republicans - who made up 46 percent, according to a survey - empathize …": what it sources is the relative clause.
    const opening = dashAside ? before.map((word) => DASHES.has(word.text)).lastIndexOf(true) : -1;
    if (opening !== -1 && RELATIVES.has(words[opening + 1]?.text.toLowerCase() ?? '')) return { content: { start: words[opening + 1].start, end: before[before.length - 2].end }, cue: cueInfo, speaker, time: null };
    return { content: { start: view.sentence.start, end: goesOn ? sentenceEnd : before[before.length - 2].end }, cue: cueInfo, speaker, time: null };
  }
  // "Lind leads by 271 delegates according to a count by the AP, but …": in mid-sentence with no comma before it, what it
  // sources is the clause it closes.
  if (!before.every((word) => word.pos === 'CCONJ' || word.pos === 'ADV')) {
    const start = clauseStartBefore(words, cue.verb);
    const clause = words.slice(start, cue.verb);
    return clause.some(isVerb) ? { content: { start: clause[0].start, end: clause[clause.length - 1].end }, cue: cueInfo, speaker, time: null } : null;
  }
  const comma = words.findIndex((word, index) => index > cue.last && word.text === ',' && word.start >= speaker.mention.end);
  if (comma === -1 || !words[comma + 1]) return null;
  return { content: { start: words[comma + 1].start, end: sentenceEnd }, cue: cueInfo, speaker, time: null };
}

/** "G4S receives, according to one report, $234 million …": a clause broken off after its verb goes on past the source. */
const INTERRUPTED_BY = new Set(['VERB', 'AUX', 'ADP', 'DET']);

function contentEnd(slice: (s: number, e: number) => string, sentence: Span): number {
  const text = slice(sentence.start, sentence.end);
  const trailing = TRAILING.exec(text)?.[0].length ?? 0;
  return sentence.end - trailing;
}

/** A word of the role phrase before a name: a role noun, a capitalized word, a possessive, a rank ("DFA spokesman", "the group's senior adviser"). */
function describesName(words: Word[], k: number): boolean {
  const word = words[k];
  const lower = word.text.toLowerCase();
  return ROLE_NOUNS.has(lower) || RANKS.has(lower) || isPossessive(word) || (word.capitalized && word.pos !== 'PUNCT')
    || (ARTICLES.has(lower) && k > 0 && words[k - 1].text === ',');
}

const RANKS = new Set(['senior', 'chief', 'deputy', 'former', 'general', 'top', 'longtime', 'campaign', 'press', 'national', 'state']);
