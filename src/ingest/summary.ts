import type { CorpusReport } from './corpus.js';
import type { GraphCounts } from '../graph/types.js';

/** The end-of-ingest report: what changed, what was skipped, what failed and why, and the size of the graph now. */
export function formatIngestSummary(report: CorpusReport, run: { seconds: number; jobs: number; database: string; totals: GraphCounts }): string {
  const { added, removed } = report;
  const change = (key: keyof GraphCounts) => `+${added[key]}${removed[key] ? ` -${removed[key]}` : ''}`;
  const lines = [
    `whosaid: ${report.files} file(s) in ${run.seconds.toFixed(1)} s (${(report.files / Math.max(run.seconds, 0.001)).toFixed(1)} files/s, --jobs ${run.jobs})`,
    `  documents   ${report.documents} stored${report.replaced ? ` (${report.replaced} replacing a changed file)` : ''}, ${report.skipped} skipped (already stored), ${report.failed.length} failed`,
    `  entities    ${change('entities')}`,
    `  mentions    ${change('mentions')}`,
    `  statements  ${change('statements')}`,
    `  database    ${run.database}: ${run.totals.documents} documents, ${run.totals.entities} entities, ${run.totals.statements} statements`,
  ];
  if (report.warnings.length) {
    lines.push('  metadata problems (those documents are stored without the fields named):');
    for (const warning of report.warnings) lines.push(`    ${warning.message}`);
  }
  if (report.failed.length) {
    lines.push('  failed:');
    for (const failure of report.failed) lines.push(`    ${failure.path}: ${failure.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
