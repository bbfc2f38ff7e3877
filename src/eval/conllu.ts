/**
 * GUM's CoNLL-U files read into sentences, words with their character spans in the sentence
 * text, and the coreference mentions of the Entity column: the parsing half of the GUM
 * conversion (gum.ts turns it into an article and its gold entities).
 */

export interface Word {
  id: number;
  form: string;
  xpos: string;
  head: number;
  deprel: string;
  /** Character span in the converted article text. */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  startsParagraph: boolean;
  words: Word[];
}

export interface Mention {
  chain: string;
  type: string;
  identity: string | null;
  sentence: number;
  /** Index range into the sentence's words, inclusive. */
  first: number;
  last: number;
}

export interface ParsedDocument {
  id: string;
  dateCreated: string | null;
  sentences: Sentence[];
  mentions: Mention[];
}

export function parseConllu(conllu: string): ParsedDocument {
  const document: ParsedDocument = { id: 'GUM', dateCreated: null, sentences: [], mentions: [] };
  let sentence: (Sentence & { tokens: string[][] }) | null = null;
  let newParagraph = false;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc id = ')) document.id = line.slice('# newdoc id = '.length).trim();
    else if (line.startsWith('# meta::dateCreated = ')) document.dateCreated = line.slice('# meta::dateCreated = '.length).trim();
    else if (line.trim() === '# newpar') newParagraph = true;
    else if (line.startsWith('# text = ')) {
      sentence = { text: line.slice('# text = '.length), startsParagraph: newParagraph, words: [], tokens: [] };
      newParagraph = false;
    } else if (sentence && /^\d/.test(line)) sentence.tokens.push(line.split('\t'));
    else if (sentence && line.trim() === '') {
      finishSentence(document, sentence);
      sentence = null;
    }
  }
  if (sentence) finishSentence(document, sentence);
  return document;
}

function finishSentence(document: ParsedDocument, sentence: Sentence & { tokens: string[][] }): void {
  const index = document.sentences.length;
  sentence.words = locateWords(sentence.text, sentence.tokens);
  document.mentions.push(...readMentions(sentence.tokens.filter((columns) => /^\d+$/.test(columns[0])), index));
  document.sentences.push({ text: sentence.text, startsParagraph: sentence.startsParagraph, words: sentence.words });
}

/**
 * Character spans of the words within the sentence text. A multiword token ("Trump's" =
 * Trump + 's) gives its words their own part of the surface form when they spell it, else
 * the whole token. Empty nodes ("21.1") are not in the text and are skipped.
 */
function locateWords(text: string, tokens: string[][]): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  let multiword: { last: number; start: number; end: number; cursor: number } | null = null;
  for (const [id, form, , , xpos, , head, deprel] of tokens) {
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      const start = locate(text, form, cursor);
      multiword = { last: Number(range[2]), start, end: start + form.length, cursor: start };
      cursor = start + form.length;
      continue;
    }
    if (!/^\d+$/.test(id)) continue;
    let start: number;
    let end: number;
    if (multiword && Number(id) <= multiword.last) {
      const inside = text.slice(multiword.cursor, multiword.end).startsWith(form);
      start = inside ? multiword.cursor : multiword.start;
      end = inside ? start + form.length : multiword.end;
      if (inside) multiword.cursor = end;
    } else {
      start = locate(text, form, cursor);
      end = start + form.length;
      cursor = end;
    }
    words.push({ id: Number(id), form, xpos, head: Number(head), deprel, start, end });
  }
  return words;
}

function locate(text: string, form: string, from: number): number {
  const at = text.indexOf(form, from);
  if (at === -1) throw new Error(`GUM: token "${form}" is not in the sentence text "${text}"`);
  return at;
}

/**
 * `Entity=(1-organization-acc:com-sssss-cf1-1,2-coref-North_Korea` opens a mention of chain 1,
 * `1)` closes the innermost open mention of that chain; `(5-time-…)` is a one-word mention.
 * Fields: chain-type-infstat-salience-centering-minspan-link-identity, identity optional.
 */
function readMentions(words: string[][], sentence: number): Mention[] {
  const mentions: Mention[] = [];
  const open = new Map<string, Mention[]>();
  words.forEach((columns, index) => {
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(columns[9] ?? '')?.[1];
    if (!entity) return;
    for (const match of entity.matchAll(/\((\d+)-([^()]*)(\))?|(\d+)\)/g)) {
      const [, chain, fields, closesHere, closing] = match;
      if (closing) {
        const mention = open.get(closing)?.pop();
        if (mention) mentions.push({ ...mention, last: index });
        continue;
      }
      const [type, , , , , , ...identity] = fields.split('-');
      const mention: Mention = { chain, type, identity: identity.length ? decodeURIComponent(identity.join('-')) : null, sentence, first: index, last: index };
      if (closesHere) mentions.push(mention);
      else open.set(chain, [...(open.get(chain) ?? []), mention]);
    }
  });
  return mentions;
}
