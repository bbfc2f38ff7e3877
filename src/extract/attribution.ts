import { interviewStart, transcriptTurn } from './turns.js';
import { actOf, evidenceSpeaker, reportedSpeech } from './reported-speech.js';
import { cueBefore, findCues } from './cue-words.js';
import { attributionAfter, attributionBefore, attributionClosingParagraph, clauseRunsOn, isSpeech, sameSentenceContinuation, standsAlone, trimContent, whollyQuoted } from './quote-attribution.js';
import { revealSpeakers } from './reveal-speakers.js';
import { endBeforeCircumstance } from './act-targets.js';
import { QUOTE_ONLY_CUES } from '../lexicon/cues.js';
import type { DocumentEntities, ResolvedMention } from './coref.js';
import type { QuoteIndex, QuoteSpan } from './quotes.js';
import type { Sentence } from './sentences.js';
import { firstNotBefore } from './sorted.js';
import type { Speaker, SpeakerContext } from './speakers.js';
import type { TimeExpression } from './time.js';
import type { Span, StatementAct, StatementKind } from '../graph/facts.js';
import type { Word } from './words.js';

/**
 * Finds attributed content: direct quotes with their attribution before, after or in the
 * middle; reported clauses ("X said (that) …", "…, X said.", "according to X, …");
 * and mixed clauses that carry a quoted fragment.
 */
export interface Attribution {
  kind: StatementKind;
  act: StatementAct;
  content: Span;
  cue: { text: string; span: Span } | null;
  speaker: Speaker;
  sentence: Span;
  paragraph: number;
  time: TimeExpression | null;
}

export interface SentenceView {
  sentence: Sentence;
  words: Word[];
  mentions: ResolvedMention[];
}

export function attribute(views: SentenceView[], quotes: QuoteIndex, entities: DocumentEntities, text: string): Attribution[] {
  const found: Attribution[] = [];
  const recentSpeakers: Array<{ key: string; at: number }> = [];
  const usedQuotes = new Set<QuoteSpan>();
  // The statement a direct quote became through its own cue: a reported clause may hold it ("says voters are angry at what she calls “a rigged game”").
  const quoteStatements = new Map<QuoteSpan, Attribution>();
  const usedCues = new Set<number>(); // word start offsets of cue verbs
  const slice = (start: number, end: number) => text.slice(start, end);
  // The latest statement of each cue (by the cue's offset): looked up for every cue met again.
  const latestByCue = new Map<number, Attribution>();
  const record = (attribution: Attribution) => {
    found.push(attribution);
    if (attribution.cue) latestByCue.set(attribution.cue.span.start, attribution);
    if (attribution.speaker.entityKey) recentSpeakers.push({ key: attribution.speaker.entityKey, at: attribution.content.start });
  };

  const insideQuote = (offset: number) => quotes.contains(offset);
  const byParagraph = new Map<number, SentenceView[]>();
  for (const view of views) {
    const paragraphViews = byParagraph.get(view.sentence.paragraph);
    if (paragraphViews) paragraphViews.push(view);
    else byParagraph.set(view.sentence.paragraph, [view]);
  }

  const interview = interviewStart(text);
  let carried: Attribution | null = null; // the statement of an unclosed quote, for the next paragraph
  let introduced: Attribution | null = null; // a paragraph closing on "X responded:", for the quotation after it
  for (const [paragraph, paragraphViews] of byParagraph) {
    const first = paragraphViews[0].sentence.start;
    const last = paragraphViews[paragraphViews.length - 1].sentence.end;
    const paragraphQuotes = quotes.within(first, last);
    const context = (view: SentenceView): SpeakerContext => ({ entities, words: view.words, mentions: view.mentions, recentSpeakers, insideQuote });
    // By binary search (views are in text order): a paragraph of 290,000 quoted sentences is one paragraph.
    const viewAt = (offset: number) => {
      const view = paragraphViews[firstNotBefore(paragraphViews, (candidate) => candidate.sentence.end + 1 <= offset)];
      return view && view.sentence.start <= offset ? view : paragraphViews[paragraphViews.length - 1];
    };
    const firstOfParagraph = found.length;

    // 0. A transcript turn ("TAPPER: Do you think …", an interview's "A: …") is the whole paragraph.
    const opening = paragraphViews[0];
    const turn = transcriptTurn(opening.words, opening.mentions, last, entities, slice, interview);
    if (turn) {
      for (const quote of paragraphQuotes) usedQuotes.add(quote);
      record({ kind: 'DIRECT', act: 'SPEECH', content: turn.content, cue: { text: ':', span: turn.cue }, speaker: turn.speaker, sentence: { start: first, end: last }, paragraph, time: null });
      carried = null;
      continue;
    }

    // 1. Direct quotes attributed after, before or around them.
    // The paragraph's attributed quotations, in text order.
    const attributedQuotes: Array<{ at: number; statement: Attribution }> = [];
    for (let q = 0; q < paragraphQuotes.length; q++) {
      const quote = paragraphQuotes[q];
      if (usedQuotes.has(quote) || !isSpeech(text, quote)) continue;
      if (quote.continuesPrevious && carried) {
        usedQuotes.add(quote);
        record({ ...carried, kind: 'DIRECT', content: trimContent(text, quote.inner), paragraph, sentence: { start: quote.open, end: quote.close } });
        continue;
      }
      const closingView = viewAt(Math.max(quote.close - 1, quote.open));
      const after = attributionAfter(context(closingView), quote, slice, viewAt(quote.open).sentence.start);
      const openingView = viewAt(quote.open);
      const attribution = after ?? attributionBefore(context(openingView), quote, slice);
      if (!attribution) continue;
      usedQuotes.add(quote);
      usedCues.add(attribution.cueStart);
      // `The U.S., still, "takes our commitments seriously," he added.` paraphrases around the quote: mixed.
      const lead = text.slice(openingView.sentence.start, quote.open);
      let mixed = after !== null && /\p{L}/u.test(lead) && !/[:]\s*$/.test(lead) && !cueBefore(openingView.words, quote.open);
      let content = mixed ? { start: openingView.sentence.start, end: quote.close } : quote.inner;
      // "We will not," she said, "back down." is one statement: its longer part.
      const next = paragraphQuotes[q + 1];
      if (after && next && sameSentenceContinuation(text, attribution.phraseEnd, next)) {
        usedQuotes.add(next);
        if (next.inner.end - next.inner.start > content.end - content.start) [content, mixed] = [next.inner, false];
      }
      // `Tanzer said, "is a perfect example of adapting" to the changing economics of golf.`: the
      // clause the quotation opens goes on after it (mixed).
      const clauseEnd = after ? -1 : clauseRunsOn(text, quote, closingView.sentence.end);
      if (clauseEnd !== -1) {
        // `tweeted "Thank you!" on Friday afternoon`, `in an interview`: when and where it was said are no part of it.
        const end = endBeforeCircumstance(closingView.words, closingView.words.findIndex((word) => word.start >= quote.close) - 1, clauseEnd);
        if (end > quote.close) [content, mixed] = [{ start: quote.open, end }, true];
      }
      const statement: Attribution = {
        kind: mixed ? 'MIXED' : 'DIRECT', act: 'SPEECH',
        content: mixed ? content : trimContent(text, content),
        cue: attribution.cue, speaker: attribution.speaker,
        sentence: { start: Math.min(quote.open, attribution.cue.span.start), end: Math.max(quote.close, attribution.phraseEnd) }, paragraph, time: attribution.time,
      };
      record(statement);
      quoteStatements.set(quote, statement);
      attributedQuotes.push({ at: quote.open, statement });
      if (!quote.closed) carried = statement;
    }
    // A quoted sentence standing alone beside an attributed one belongs to the same speaker: the
    // nearest before it (`“A,” Lind said. “B.” Holt said: “C.”` — B is Lind's), else the first after.
    if (attributedQuotes.length > 0) {
      for (const quote of paragraphQuotes) {
        if (usedQuotes.has(quote) || !standsAlone(text, quote)) continue;
        usedQuotes.add(quote);
        const speaker = attributedQuotes.findLast((attributed) => attributed.at < quote.open)?.statement ?? attributedQuotes[0].statement;
        record({ ...speaker, content: trimContent(text, quote.inner), sentence: { start: quote.open, end: quote.close } });
        if (!quote.closed) carried = speaker;
      }
    }
    // A paragraph that is nothing but quotation, right after an attributed paragraph, goes on
    // quoting the same speaker (news convention; an unsourced quote elsewhere stays unsourced);
    // after a paragraph closing on "X responded:", it is what X said.
    const previousParagraph = lastWhere(found, paragraph - 1, (statement) => statement.paragraph === paragraph - 1);
    const source = introduced?.paragraph === paragraph - 1 ? introduced : previousParagraph?.speaker.entityKey ? previousParagraph : null;
    if (attributedQuotes.length === 0 && source && whollyQuoted(text, first, last, paragraphQuotes)) {
      for (const quote of paragraphQuotes) {
        if (usedQuotes.has(quote) || !isSpeech(text, quote)) continue;
        usedQuotes.add(quote);
        record({ ...source, kind: 'DIRECT', content: trimContent(text, quote.inner), paragraph, sentence: { start: quote.open, end: quote.close }, time: null });
        if (!quote.closed) carried = { ...source, kind: 'DIRECT' };
      }
    } else if (attributedQuotes.length === 0 && introduced?.paragraph === paragraph - 1 && paragraphQuotes.length === 0) {
      // After "In a speech last July, he said:", a paragraph with no quotation marks is his words, set off as a block.
      const content = trimContent(text, { start: first, end: last });
      record({ ...introduced, kind: 'DIRECT', content, paragraph, sentence: content, time: null });
    }
    if (!paragraphQuotes.some((quote) => !quote.closed)) carried = null;
    const lastView = paragraphViews[paragraphViews.length - 1];
    const colon = attributionClosingParagraph(context(lastView), slice);
    introduced = colon && { kind: 'DIRECT', act: 'SPEECH', content: colon.cue.span, cue: colon.cue, speaker: colon.speaker, sentence: lastView.sentence, paragraph, time: colon.time };

    // 2. Reported speech, which may carry quoted fragments (mixed).
    // The statements found so far, by the view their sentence starts in: only those can have
    // started in a view (a statement's content does not start before its sentence's view).
    const byView = new Map<SentenceView, Attribution[]>();
    for (const statement of found.slice(firstOfParagraph)) {
      const view = paragraphViews[Math.max(firstNotBefore(paragraphViews, (candidate) => candidate.sentence.start <= statement.sentence.start) - 1, 0)];
      const inView = byView.get(view);
      if (inView) inView.push(statement);
      else byView.set(view, [statement]);
    }
    for (const view of paragraphViews) {
      let previous = lastWhere(byView.get(view) ?? [], paragraph, (statement) => statement.sentence.start >= view.sentence.start && statement.content.start < view.sentence.end);
      for (const cue of findCues(view.words)) {
        const at = view.words[cue.verb].start;
        if (quotes.containsContent(at)) continue;
        if (usedCues.has(at)) {
          const sameCue = latestByCue.get(at);
          previous = (sameCue && sameCue.paragraph >= paragraph ? sameCue : null) ?? previous;
          continue;
        }
        // "said several embassies had urged …", "said she hoped to …": speech, beliefs and
        // appraisals reported inside a statement are part of it (PolNeAR, too, mostly annotates the outer one).
        if (previous && previous.content.start <= at && at < previous.content.end) continue;
        const reported = reportedSpeech(context(view), view, cue, quotes, slice, previous);
        if (!reported) continue;
        const inQuotes = quotes.within(reported.content.start - 1, reported.content.end + 1).filter((quote) => quote.close <= reported.content.end + 1);
        if (inQuotes.some((quote) => usedQuotes.has(quote) && !nestedIn(quoteStatements.get(quote), reported.content))) continue;
        const kind: StatementKind = inQuotes.length === 0 ? 'INDIRECT' : inQuotes.length === 1 && inQuotes[0].open <= reported.content.start && inQuotes[0].close >= reported.content.end ? 'DIRECT' : 'MIXED';
        // A belief verb without a quotation is read again below as a BELIEF cue.
        if (!cue.act && QUOTE_ONLY_CUES.has(cue.lemma) && kind === 'INDIRECT') continue;
        usedCues.add(at);
        for (const quote of inQuotes) usedQuotes.add(quote);
        const content = kind === 'DIRECT' ? trimContent(text, inQuotes[0].inner) : reported.content;
        const act = actOf(cue, reported.speaker);
        const speaker = act === 'EVIDENCE' ? evidenceSpeaker(reported.speaker, entities) : reported.speaker;
        previous = { kind, act, content, cue: reported.cue, speaker, sentence: { start: view.sentence.start, end: view.sentence.end }, paragraph, time: reported.time };
        record(previous);
      }
    }
  }
  revealSpeakers(found, views, entities);
  return found.sort((a, b) => a.content.start - b.content.start);
}

/** Was this quote's statement attributed by a cue inside `content` (a quotation within the reported clause)? */
function nestedIn(statement: Attribution | undefined, content: Span): boolean {
  const cue = statement?.cue?.span;
  return cue !== undefined && cue.start >= content.start && cue.end <= content.end;
}

/** The latest statement matching `predicate`, looking back no further than paragraph `from`. */
function lastWhere(found: Attribution[], from: number, predicate: (statement: Attribution) => boolean): Attribution | null {
  for (let i = found.length - 1; i >= 0 && found[i].paragraph >= from; i--) if (predicate(found[i])) return found[i];
  return null;
}
