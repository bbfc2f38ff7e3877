import { dayNumber, WINDOW_DAYS } from './claims.js';

/** Days share a bucket when they are this many apart: a false "maybe" costs one lookup. */
const BUCKETS = 4096;
/** Pairs kept at most; past that the filter says "maybe" to everything until dropped. */
const PAIRS_KEPT = 2_000_000;
/** Days read once each: a store's days are few. */
const DAYS_KEPT = 10_000;

/**
 * The (speaker, day) pairs that may have stored claim members: a superset, kept in memory by
 * the store that writes them, so that a candidate lookup sure to come back empty is not made.
 * At 10k documents, 25,000 of the 42,000 lookups left after those for a speaker its document
 * created came back empty, each an index search on pages long out of the cache.
 *
 * A superset by construction, so no lookup that could find a member is skipped: a pair is
 * added when its member is written and never taken out (a deleted member's pair costs a
 * lookup, nothing more); days BUCKETS apart share a bucket (the same); a speaker with a day
 * that is not a real one ("2024-02-30", which the lookups' text ranges may still hold) is
 * always looked up. The store drops it when another connection may have written.
 */
export class SpeakerDays {
  private readonly dated = new Set<number>();
  private readonly undated = new Set<number>();
  /** Speakers with a day that is not a calendar day: always looked up. */
  private readonly irregular = new Set<number>();
  private full = false;

  add(speakerId: number, day: string | null): void {
    if (this.full) return;
    if (day === null) this.undated.add(speakerId);
    else {
      const at = calendarDay(day);
      if (at === null) this.irregular.add(speakerId);
      else this.dated.add(key(speakerId, at));
    }
    if (this.dated.size + this.undated.size + this.irregular.size >= PAIRS_KEPT) this.full = true;
  }

  /** False only when no member of this speaker is stored within the window of `day` (windowOf), or undated when `day` is null. */
  mayHave(speakerId: number, day: string | null): boolean {
    if (this.full || this.irregular.has(speakerId)) return true;
    if (day === null) return this.undated.has(speakerId);
    const at = dayNumber(day);
    if (!Number.isInteger(at)) return true;
    for (let offset = -WINDOW_DAYS; offset <= WINDOW_DAYS; offset++) if (this.dated.has(key(speakerId, at + offset))) return true;
    return false;
  }
}

const key = (speakerId: number, at: number): number => speakerId * BUCKETS + (((at % BUCKETS) + BUCKETS) % BUCKETS);

const calendarDays = new Map<string, number | null>();

/** The day's number when it is a calendar day written as windowOf writes days, else null. */
function calendarDay(day: string): number | null {
  let at = calendarDays.get(day);
  if (at === undefined) {
    const n = dayNumber(day);
    at = Number.isInteger(n) && new Date(n * 86_400_000).toISOString().slice(0, 10) === day ? n : null;
    if (calendarDays.size >= DAYS_KEPT) calendarDays.clear();
    calendarDays.set(day, at);
  }
  return at;
}
