import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gumNameSpans, sovereignCountryCode, type GumNameSpan } from '../eval/gum.js';
import { findGazetteerHits, type GazetteerHit } from '../extract/gazetteer.js';
import { lowerCaseVocabulary } from '../extract/index.js';
import { NER_LABELS, OUTSIDE, type NerType } from '../extract/learned/ner-features.js';
import { splitSentences } from '../extract/sentences.js';
import { toWords, type Word } from '../extract/words.js';

/**
 * GUM documents as the tagger sees them at run time: our own sentences and words (wink's
 * tokens, glued as extraction glues them), the gazetteer hits, and a gold BIO label per word
 * projected from GUM's name spans by character offsets.
 */
export interface TaggedSentence {
  words: Word[];
  hits: GazetteerHit[];
  gold: Uint8Array;
}

export interface TaggedDocument {
  name: string;
  lowerCaseWords: ReadonlySet<string>;
  sentences: TaggedSentence[];
}

/**
 * GUM's types → ours. Countries (a place or a government, when its Wikipedia identity is a
 * sovereign state) are places: the gazetteer types them exactly, the tagger need not call
 * them organizations. Every other named thing (an object, event, work) is MISC, so the tagger
 * learns that "JWST" or "Internet Explorer" is capitalised and still no organization.
 */
export function nerType(span: GumNameSpan): NerType {
  if (span.type === 'person') return 'PER';
  if (span.type === 'place') return 'LOC';
  if (span.type === 'organization') return span.identity && sovereignCountryCode(span.identity) ? 'LOC' : 'ORG';
  return 'MISC';
}

/** Every conllu/*.conllu of a GUM folder, sorted by name. */
export async function readGumFolder(folder: string): Promise<TaggedDocument[]> {
  const conllu = join(folder, 'conllu');
  const files = (await readdir(conllu)).filter((file) => file.endsWith('.conllu')).sort();
  const documents: TaggedDocument[] = [];
  for (const file of files) documents.push(tagDocument(await readFile(join(conllu, file), 'utf8')));
  return documents;
}

export function tagDocument(conllu: string): TaggedDocument {
  const { name, text, spans } = gumNameSpans(conllu);
  const sentences = splitSentences(text);
  const hits = findGazetteerHits(text);
  // Longest spans first: a name inside another ("Ruritania" in "Bank of Ruritania") gives way.
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  return {
    name,
    lowerCaseWords: lowerCaseVocabulary(sentences),
    sentences: sentences.map((sentence) => {
      const words = toWords(sentence);
      return { words, hits: hits.filter((hit) => hit.start >= sentence.start && hit.end <= sentence.end), gold: goldLabels(words, ordered) };
    }),
  };
}

function goldLabels(words: Word[], spans: GumNameSpan[]): Uint8Array {
  const labels = new Uint8Array(words.length).fill(OUTSIDE);
  const taken = new Uint8Array(words.length);
  for (const span of spans) {
    const inside: number[] = [];
    for (let i = 0; i < words.length; i++) if (words[i].start >= span.start && words[i].end <= span.end) inside.push(i);
    if (inside.length === 0 || inside.some((i) => taken[i])) continue;
    const type = nerType(span);
    inside.forEach((i, k) => {
      labels[i] = (NER_LABELS as readonly string[]).indexOf(`${k === 0 ? 'B' : 'I'}-${type}`);
      taken[i] = 1;
    });
  }
  return labels;
}
