import type { StatementQuery, StatementRow } from './types.js';

/** Whether a statement passes a query's filters: the reference rule stores and subscriptions apply. */
export function matchesStatementQuery(row: StatementRow, query: StatementQuery): boolean {
  return (!query.speakerIds || (row.speakerId !== null && query.speakerIds.includes(row.speakerId)))
    && (!query.aboutIds || row.aboutIds.some((id) => query.aboutIds!.includes(id)))
    && (!query.kind || row.kind === query.kind);
}
