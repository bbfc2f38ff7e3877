import type { ExtractedStatement, Span } from '../graph/facts.js';
import type { SentenceView } from './attribution.js';
import { standsAlone, trimContent } from './quote-attribution.js';
import type { QuoteIndex } from './quotes.js';
import { firstNotBefore } from './sorted.js';

/**
 * `Trump is also a “change agent,” Cole said. “That’s what people want.”`: a quoted sentence
 * standing alone after someone's reported words, in the same paragraph, goes on quoting them —
 * the news convention the rules already follow after a quotation, here after any statement of
 * speech, the learned reader's included (it runs after the rules, so this pass runs last).
 * Only quotations no statement has taken; the speaker, cue and date are the earlier statement's.
 */
export function quoteContinuations(
  statements: ExtractedStatement[], quotes: QuoteIndex, views: SentenceView[], cleaned: string,
  about: (content: Span, speakerKey: string | null) => string[], toOriginal: (span: Span) => Span, text: string,
): ExtractedStatement[] {
  if (statements.length === 0) return [];
  const sorted = [...statements].sort((a, b) => a.start - b.start);
  const found: ExtractedStatement[] = [];
  // Quotations and statements both in text order: one walk, never a scan per quotation (a text may hold 100,000 quotes).
  let next = 0;
  let reach = -1;
  for (const quote of quotes.all) {
    while (next < sorted.length && sorted[next].start < quote.close) reach = Math.max(reach, sorted[next++].end);
    // Taken by a statement already (one that starts inside it or runs over it).
    if (!quote.closed || reach > quote.open) continue;
    const paragraph = paragraphAt(views, quote.open);
    if (paragraph === null || !standsAlone(cleaned, quote)) continue;
    // The nearest statement before the quotation (all those read end before it): reported words, in the same paragraph.
    const previous = next > 0 ? sorted[next - 1] : null;
    if (!previous || previous.act !== 'SPEECH' || paragraphAt(views, previous.start) !== paragraph) continue;
    if (!previous.speakerKey && !previous.speakerMention) continue;
    const content = toOriginal(trimContent(cleaned, quote.inner));
    found.push({
      ...previous,
      kind: 'DIRECT',
      text: text.slice(content.start, content.end),
      start: content.start,
      end: content.end,
      about: about(content, previous.speakerKey),
      sentence: { start: quote.open, end: quote.close },
    });
  }
  return found;
}

/** The paragraph of the sentence holding this offset (views are in text order); null outside every sentence. */
function paragraphAt(views: SentenceView[], offset: number): number | null {
  const view = views[firstNotBefore(views, (candidate) => candidate.sentence.end <= offset)];
  return view && view.sentence.start <= offset ? view.sentence.paragraph : null;
}
