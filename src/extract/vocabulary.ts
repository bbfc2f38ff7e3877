import { lexemeOf, type Lexeme } from './learned/ner-lexeme.js';
import { startsUpperCase } from './normalize.js';

/**
 * What a token's text alone decides, worked out once per distinct text and shared by every
 * word that writes it: its capital, its lemma under each tag, what the entity tagger reads of it.
 * Found by wink's number for the text (VocableTable), so a token costs an array read where it
 * cost a string-keyed map probe per property (its lemma, its tagger reading): those probes were
 * about 6% of extraction's profile.
 */
export class Vocable {
  readonly capitalized: boolean;
  /**
   * Lemmas by tag as met. Most words take one tag, kept in fields: reading them touches no
   * other object (a cache miss per token is what the map probes this replaces cost).
   */
  private firstTag: string | undefined = undefined;
  private firstLemma = '';
  /** Any further tags, tag then lemma: [tag, lemma, tag, lemma …]. */
  private otherLemmas: string[] | undefined = undefined;
  private entityLexeme: Lexeme | undefined = undefined;

  constructor(readonly text: string) {
    this.capitalized = startsUpperCase(text);
  }

  /** The lemma under this tag, or undefined until `setLemma` gives it. */
  lemma(tag: string): string | undefined {
    if (this.firstTag === tag) return this.firstLemma;
    const others = this.otherLemmas;
    if (others) for (let i = 0; i < others.length; i += 2) if (others[i] === tag) return others[i + 1];
    return undefined;
  }

  setLemma(tag: string, lemma: string): void {
    if (this.firstTag === undefined) {
      this.firstTag = tag;
      this.firstLemma = lemma;
    } else (this.otherLemmas ??= []).push(tag, lemma);
  }

  /** Read on first use: the word-cluster trainer splits sentences before any cluster table exists. */
  get lexeme(): Lexeme {
    return (this.entityLexeme ??= lexemeOf(this.text));
  }
}

/**
 * Vocables by wink's lexeme number (its.uniqueId: one number per distinct text the reader has
 * met). Bounded like the caches it replaces: emptied when it holds `limit` vocables.
 */
export class VocableTable {
  private vocables: Array<Vocable | undefined> = [];
  private count = 0;

  constructor(private readonly limit: number) {}

  /** The vocable of lexeme `id`; `texts` is wink's table of lexemes, read only for a vocable not yet made. */
  get(id: number, texts: readonly string[]): Vocable {
    let vocable = this.vocables[id];
    if (vocable === undefined) {
      if (this.count >= this.limit) this.clear();
      this.count++;
      // Grown by length, never by a write past the end: a sparse write turns the array into a slow dictionary.
      if (id >= this.vocables.length) this.vocables.length = Math.max(id + 1, this.vocables.length * 2);
      this.vocables[id] = vocable = new Vocable(texts[id]);
    }
    return vocable;
  }

  /** Forgets every vocable: needed when the numbers start again (a new reader). */
  clear(): void {
    this.vocables = [];
    this.count = 0;
  }
}
