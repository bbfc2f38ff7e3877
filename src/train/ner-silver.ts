import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extract, readDocument } from '../extract/index.js';
import { NER_LABELS, OUTSIDE, type NerType } from '../extract/learned/ner-features.js';
import { useEntityModel } from '../extract/learned/ner-tagger.js';
import type { EntityKind } from '../graph/facts.js';
import type { TaggedDocument } from './ner-data.js';

/**
 * Silver training data: unannotated news (PolNeAR's 840 training articles) labelled by the
 * rules alone. The rules are precise on what they know (gazetteers, head words, titles); the
 * tagger learns from their names the contexts names stand in ("… said in a statement",
 * "shares of …", "beat … 3-1"), which carry over to names no table knows.
 *
 * A sentence is kept only when the rules account for every capitalised proper noun in it
 * past the first word: a sentence with a name they missed would teach the tagger that the
 * name is no name.
 */
const SILVER_TYPE: Record<EntityKind, NerType> = { PERSON: 'PER', ORGANIZATION: 'ORG', COUNTRY: 'LOC' };

export async function readSilverFolder(folder: string): Promise<TaggedDocument[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.txt')).sort();
  const documents: TaggedDocument[] = [];
  useEntityModel(null);
  for (const file of files) documents.push(silverDocument(file, await readFile(join(folder, file), 'utf8')));
  return documents;
}

function silverDocument(name: string, text: string): TaggedDocument {
  const facts = extract(text);
  const kinds = new Map(facts.entities.map((entity) => [entity.key, entity.kind]));
  const spans = facts.mentions.map((mention) => ({ start: mention.start, end: mention.end, type: SILVER_TYPE[kinds.get(mention.entityKey)!] })).sort((a, b) => a.start - b.start);
  const { sentences, scope, sentenceHits, words } = readDocument(text);
  const tagged: TaggedDocument = { name, lowerCaseWords: scope.lowerCaseWords, sentences: [] };
  sentences.forEach((_, index) => {
    const sentenceWords = words[index];
    const gold = new Uint8Array(sentenceWords.length).fill(OUTSIDE);
    let complete = true;
    let span = 0;
    for (let i = 0; i < sentenceWords.length; i++) {
      const word = sentenceWords[i];
      while (span < spans.length && spans[span].end <= word.start) span++;
      const inside = span < spans.length && spans[span].start <= word.start && word.end <= spans[span].end;
      if (inside) {
        const begins = i === 0 || sentenceWords[i - 1].end <= spans[span].start;
        gold[i] = (NER_LABELS as readonly string[]).indexOf(`${begins ? 'B' : 'I'}-${spans[span].type}`);
      } else if (i > 0 && word.capitalized && word.pos === 'PROPN') complete = false;
    }
    if (complete) tagged.sentences.push({ words: sentenceWords, hits: sentenceHits[index], gold });
  });
  return tagged;
}
