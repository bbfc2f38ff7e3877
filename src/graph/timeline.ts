import { readLinks, statementQueryOf, type NetworkFilter } from './network.js';
import type { Store } from './store.js';

/**
 * Statements per month around one entity, split into series: by SPEAKER, who talked about it
 * (statements about it, one series per speaker); by TOPIC, what it talked about (its own
 * statements, one series per entity they are about). Built from the Store interface alone.
 */
export type TimelineSplit = 'SPEAKER' | 'TOPIC';

export interface TimelineSeries {
  /** The speaker or topic; null for the series that gathers all the others. */
  entityId: number | null;
  /** Statements per month, aligned with Timeline.months. */
  counts: number[];
  total: number;
}

export interface Timeline {
  /** Every month from the first dated statement to the last, YYYY-MM. */
  months: string[];
  /** The biggest series first, then "others" when some were folded. */
  series: TimelineSeries[];
  /** Statements with no date: neither said on a known day nor in a dated document. */
  undated: number;
  statementsRead: number;
  statementsMatched: number;
}

export interface TimelineOptions extends Omit<NetworkFilter, 'minStatements' | 'entityKinds'> {
  entityId: number;
  split: TimelineSplit;
  /** Series kept; the rest fold into one (default 6). */
  maxSeries?: number;
  /** Statements read, the latest kept (default: no cap). */
  maxStatements?: number;
}

/** Months from first to last inclusive: "2024-11", "2024-12", "2025-01" … */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export async function buildTimeline(store: Store, options: TimelineOptions): Promise<Timeline> {
  const narrow = options.split === 'SPEAKER' ? { aboutIds: [options.entityId] } : { speakerIds: [options.entityId] };
  const perSeries = new Map<number | null, Map<string, number>>();
  let undated = 0;
  const { rows, matched } = await readLinks(store, statementQueryOf(options, narrow), options.maxStatements);
  for (const link of rows) {
    // A date known only to the year says no month: counted with the undated.
    const month = link.date.slice(0, 7);
    if (month.length < 7) {
      undated++;
      continue;
    }
    const keys = options.split === 'SPEAKER' ? [link.speakerId] : link.aboutIds.filter((id) => id !== options.entityId);
    for (const key of keys.length ? keys : [null]) {
      const counts = perSeries.get(key) ?? perSeries.set(key, new Map()).get(key)!;
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  }
  const read = rows.length;
  const allMonths = [...perSeries.values()].flatMap((counts) => [...counts.keys()]).sort();
  const months = allMonths.length ? monthsBetween(allMonths[0], allMonths.at(-1)!) : [];
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const ranked = [...perSeries].filter(([id]) => id !== null).sort((a, b) => total(b[1]) - total(a[1]) || a[0]! - b[0]!);
  const maxSeries = options.maxSeries ?? 6;
  const others = new Map<string, number>(perSeries.get(null) ?? []);
  for (const [, counts] of ranked.slice(maxSeries)) for (const [month, n] of counts) others.set(month, (others.get(month) ?? 0) + n);
  const toSeries = (entityId: number | null, counts: Map<string, number>): TimelineSeries => ({ entityId, counts: months.map((month) => counts.get(month) ?? 0), total: total(counts) });
  const series = ranked.slice(0, maxSeries).map(([id, counts]) => toSeries(id, counts));
  if (others.size) series.push(toSeries(null, others));
  return { months, series, undated, statementsRead: read, statementsMatched: matched };
}
