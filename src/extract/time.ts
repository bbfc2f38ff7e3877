/**
 * When a statement was made: "said Wednesday", "on Sept. 6", "last month", resolved against
 * the publication date and never after it.
 */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5, jul: 6, july: 6,
  aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10, dec: 11, december: 11,
};
const DAY_MS = 86_400_000;
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

export interface TimeExpression {
  /** Number of words the expression takes. */
  length: number;
  /** "2024-05-22", or "2024-04" / "2023" when the text only gives the month or year. */
  resolve(published: Date): string;
}

/** Reads a time expression starting at words[i]: "Wednesday", "on Sept. 6", "last week", "yesterday". */
export function readTime(words: string[], i: number): TimeExpression | null {
  const time = timeAt(words, i);
  // "last year's deal", "Monday's debate": a time in the possessive qualifies a noun; it is no adverbial.
  return time && POSSESSIVE_MARKS.has(words[i + time.length] ?? '') ? null : time;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);

function timeAt(words: string[], i: number): TimeExpression | null {
  let k = i;
  if (words[k]?.toLowerCase() === 'on') k++;
  const lower = words[k]?.toLowerCase();
  const word = lower?.endsWith('.') ? lower.slice(0, -1) : lower;
  if (word === undefined) return null;
  const weekday = WEEKDAYS.indexOf(word);
  if (weekday !== -1) {
    // "Saturday night", "Monday morning": the part of the day belongs to the time.
    const part = DAY_PARTS.has(words[k + 1]?.toLowerCase() ?? '') ? 1 : 0;
    return { length: k - i + 1 + part, resolve: (published) => isoDay(new Date(published.getTime() - ((published.getUTCDay() - weekday + 7) % 7) * DAY_MS)) };
  }
  if (word in MONTHS && /^\d{1,2}$/.test(words[k + 1] ?? '')) {
    const month = MONTHS[word];
    const day = Number(words[k + 1]);
    return {
      length: k - i + 2,
      resolve: (published) => {
        const year = published.getUTCFullYear();
        const candidate = new Date(Date.UTC(year, month, day));
        return isoDay(candidate.getTime() > published.getTime() ? new Date(Date.UTC(year - 1, month, day)) : candidate);
      },
    };
  }
  if (word === 'yesterday') return { length: k - i + 1, resolve: (published) => isoDay(new Date(published.getTime() - DAY_MS)) };
  if (word === 'today' || word === 'tonight') return { length: k - i + 1, resolve: (published) => isoDay(published) };
  if (word === 'last' && (words[k + 1]?.toLowerCase() === 'month' || words[k + 1]?.toLowerCase() === 'year')) {
    const unit = words[k + 1].toLowerCase();
    return {
      length: k - i + 2,
      resolve: (published) => {
        const date = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - (unit === 'month' ? 1 : 12), 1));
        return unit === 'month' ? isoDay(date).slice(0, 7) : String(date.getUTCFullYear());
      },
    };
  }
  return null;
}

/** Words that only say when ("May" and "March" are also a name and a protest: they count only after a number, in readTime). */
const TIME_NOUNS = new Set([
  ...WEEKDAYS, ...Object.keys(MONTHS).filter((month) => !['may', 'mar', 'march'].includes(month)), 'day', 'days', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'year', 'years', 'decade', 'decades',
  'morning', 'afternoon', 'evening', 'night', 'hour', 'hours', 'yesterday', 'today', 'tonight', 'summer', 'winter', 'spring', 'fall', 'autumn',
]);
const TIME_MODIFIERS = new Set(['this', 'that', 'last', 'past', 'next', 'the', 'a', 'few', 'several', 'ago', 'earlier', 'later', 'early', 'late', 'same', 'previous', 'following', 'coming', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'on', 'of', ',']);

/**
 * "this past week", "Friday", "Eight years ago", "the same day": words [from, to) that only say
 * when, which never speak (a time before a verb is not its subject).
 */
export function isTimePhrase(words: ReadonlyArray<{ text: string }>, from = 0, to = words.length): boolean {
  let noun = false;
  for (let i = from; i < to; i++) {
    const lower = words[i].text.toLowerCase().replace(/\.$/, '');
    if (TIME_NOUNS.has(lower)) noun = true;
    else if (!TIME_MODIFIERS.has(lower) && !/^\d+$/.test(lower)) return false;
  }
  return noun;
}

export function publicationDay(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const date = new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
