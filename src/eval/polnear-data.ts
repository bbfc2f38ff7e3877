import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../graph/facts.js';

/**
 * Reads a PolNeAR folder (`text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`, brat standoff)
 * into articles with their gold attributions. PolNeAR counts offsets in code points; every
 * span here is converted to JS string (UTF-16) offsets, like the rest of whosaid.
 *
 * The texts are the publishers' and stay in ../shared: nothing read here is ever written
 * into the repository.
 */
export interface PolnearAttribution {
  /** Pieces of the source ("Senate Majority Leader Mitch McConnell"); null when the text names none. */
  source: Span[] | null;
  cue: Span[];
  content: Span[];
}

export interface PolnearAnnotation {
  annotator: string;
  attributions: PolnearAttribution[];
}

export interface PolnearArticle {
  name: string;
  text: string;
  /** One per annotation file; a few articles were annotated twice. */
  annotations: PolnearAnnotation[];
}

export type PolnearPart = 'develop' | 'measure';

/**
 * The one split of PolNeAR train used everywhere (evaluation, training, error lists): an
 * article goes to `measure` when the first byte of sha256(name) is below 52 (about 20%),
 * else to `develop`. By article, so two annotators of one text never straddle the split.
 * Rules and models are tuned on `develop` only; `measure` is only ever scored.
 */
export function polnearPart(name: string): PolnearPart {
  return createHash('sha256').update(name).digest()[0] < 52 ? 'measure' : 'develop';
}

export function readPolnear(dir: string, part?: PolnearPart): PolnearArticle[] {
  const textDir = join(dir, 'text');
  const annotationDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annotationDir)) {
    throw new Error(`${dir}: not a PolNeAR folder (expected text/ and attributions/ inside it)`);
  }
  const annotationFiles = readdirSync(annotationDir).filter((file) => file.endsWith('.ann')).sort();
  const articles: PolnearArticle[] = [];
  for (const file of readdirSync(textDir).filter((file) => file.endsWith('.txt')).sort()) {
    const name = file.slice(0, -'.txt'.length);
    if (part && polnearPart(name) !== part) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const toUtf16 = codePointToUtf16(text);
    const annotations = annotationFiles
      .filter((ann) => ann.startsWith(`${name}_`) && !ann.slice(name.length + 1, -'.ann'.length).includes('_'))
      .map((ann) => ({
        annotator: ann.slice(name.length + 1, -'.ann'.length),
        attributions: parseBrat(readFileSync(join(annotationDir, ann), 'utf8'), toUtf16),
      }));
    if (annotations.length > 0) articles.push({ name, text, annotations });
  }
  return articles;
}

/**
 * brat standoff: `T7<TAB>Content 120 211;215 240<TAB>text` spans (the text may run over
 * several lines, which are skipped), and `E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5`
 * events tying them. Attributions without a cue or a content are incomplete and dropped.
 */
export function parseBrat(ann: string, toUtf16: (offset: number) => number = (offset) => offset): PolnearAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!body) continue;
    if (/^T\d+$/.test(id)) {
      const space = body.indexOf(' ');
      spans.set(id, body.slice(space + 1).split(';').map((piece) => {
        const [start, end] = piece.trim().split(' ').map(Number);
        return { start: toUtf16(start), end: toUtf16(end) };
      }).filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end) && span.end > span.start));
    } else if (/^E\d+$/.test(id) && body.startsWith('Attribution')) {
      events.push(body);
    }
  }
  const attributions: PolnearAttribution[] = [];
  for (const event of events) {
    const roles = new Map<string, Span[]>();
    for (const part of event.trim().split(/\s+/)) {
      const [role, ref] = part.split(':');
      const found = ref ? spans.get(ref) : undefined;
      if (!found?.length) continue;
      const key = role.replace(/\d+$/, ''); // Content2 is more of the content
      roles.set(key, [...(roles.get(key) ?? []), ...found]);
    }
    const cue = roles.get('Cue');
    const content = roles.get('Content');
    if (!cue || !content) continue;
    attributions.push({ source: roles.get('Source') ?? null, cue, content });
  }
  return attributions;
}

/** Code-point offset → UTF-16 offset for one text (identity when the text has no astral characters). */
function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const table: number[] = [];
  let utf16 = 0;
  for (const char of text) {
    table.push(utf16);
    utf16 += char.length;
  }
  table.push(utf16);
  return (offset) => table[Math.min(offset, table.length - 1)];
}
