import type { DocumentRow } from '../graph/types.js';
import { builder, type Context } from './builder.js';
import { DocumentRef, MentionRef, StatementRef } from './refs.js';
import { RelationEvidenceRef } from './walk.js';

/*
 * Offsets in the API are UTF-16 code units, as JavaScript strings count (text.slice(start,
 * end)). Python, Rust and most other languages count code points: an emoji or a character
 * outside the Basic Multilingual Plane ("𝕏", "𠀋") is two units but one code point, so every
 * offset after it differs by one. startCodePoint and endCodePoint give the same span in code points.
 */

/** Where each surrogate pair of a text starts, ascending: computed once per document per request. */
const pairsOfDocument = new WeakMap<DocumentRow, number[]>();

function surrogatePairs(document: DocumentRow): number[] {
  let pairs = pairsOfDocument.get(document);
  if (pairs === undefined) {
    pairs = [];
    const { text } = document;
    for (let at = 0; at < text.length - 1; at++) {
      const unit = text.charCodeAt(at);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(at + 1);
        if (next >= 0xdc00 && next <= 0xdfff) pairs.push(at++);
      }
    }
    pairsOfDocument.set(document, pairs);
  }
  return pairs;
}

/** The code-point offset of a UTF-16 offset: one less for every surrogate pair that ends before it. */
export function codePointOffset(pairs: readonly number[], offset: number): number {
  let low = 0;
  let high = pairs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pairs[middle] + 2 <= offset) low = middle + 1;
    else high = middle;
  }
  return offset - low;
}

async function toCodePoint(span: { documentId: number }, offset: number, context: Context): Promise<number> {
  const document = await DocumentRef.getDataloader(context).load(span.documentId);
  return codePointOffset(surrogatePairs(document), offset);
}

const START = 'Start of the span in Unicode code points (as Python and Rust index strings); `start` counts UTF-16 code units. They differ after characters outside the Basic Multilingual Plane (emoji, rare CJK).';
const END = 'End (exclusive) of the span in Unicode code points: Python\'s `document_text[startCodePoint:endCodePoint]`.';

for (const ref of [MentionRef, StatementRef, RelationEvidenceRef] as const) {
  builder.objectFields(ref as typeof MentionRef, (t) => ({
    startCodePoint: t.int({ description: START, resolve: (span, _args, context) => toCodePoint(span, span.start, context) }),
    endCodePoint: t.int({ description: END, resolve: (span, _args, context) => toCodePoint(span, span.end, context) }),
  }));
}
