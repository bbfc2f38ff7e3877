/** Members kept in each of two generations: a few megabytes. */
const GENERATION_SIZE = 10_000;

interface Parsed {
  wordsText: string;
  aboutText: string;
  words: string[];
  aboutIds: number[];
}

/**
 * The words and entities of the members a store wrote or read last, as arrays, by statement.
 * A stored report is read again as a candidate by every later report of its speaker within the
 * window; handing out the same arrays again spares parsing them and, above all, computing their
 * features (claim-features.ts keeps those per words array). Exact: an entry is used only when
 * the columns read are the very text it holds, so a statement id used again, or a member
 * changed by another process, is parsed afresh.
 *
 * Two generations rather than a least-recently-used order: taking a Map's oldest key after
 * many deletions walks past every deleted entry, which made this slower than parsing.
 */
export class ParsedMembers {
  private recent = new Map<number, Parsed>();
  private older = new Map<number, Parsed>();

  /** The arrays of a member read from its stored columns (words space-separated, entities as JSON text). */
  read(statementId: number, wordsText: string, aboutText: string): { words: string[]; aboutIds: number[] } {
    const entry = this.recent.get(statementId) ?? this.older.get(statementId);
    if (entry && entry.wordsText === wordsText && entry.aboutText === aboutText) {
      this.keep(statementId, entry);
      return entry;
    }
    const parsed = { wordsText, aboutText, words: wordsText === '' ? [] : wordsText.split(' '), aboutIds: JSON.parse(aboutText) as number[] };
    this.keep(statementId, parsed);
    return parsed;
  }

  /** A member as it is written: the arrays matching already holds, and the columns they are stored as. */
  written(statementId: number, words: string[], aboutIds: number[], wordsText: string, aboutText: string): void {
    this.keep(statementId, { wordsText, aboutText, words, aboutIds });
  }

  private keep(statementId: number, parsed: Parsed): void {
    if (this.recent.size >= GENERATION_SIZE && !this.recent.has(statementId)) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(statementId, parsed);
  }
}
