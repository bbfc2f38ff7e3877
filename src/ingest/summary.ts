import type { CorpusReport, SkippedFile } from './corpus.js';
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
  if (report.notArticles.length) lines.push(`  not read    ${report.notArticles.length} file(s) that are not articles:`, ...describeNotArticles(report.notArticles, '    '));
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

/** Files named one by one up to this many; past it, the rest are counted by extension. */
const NAMED_NOT_ARTICLES = 20;

/** One line per file passed over, with why and what to do; a long list ends with a count per extension. */
export function describeNotArticles(files: readonly SkippedFile[], indent: string): string[] {
  const lines = files.slice(0, NAMED_NOT_ARTICLES).map(({ path, reason }) => `${indent}${path}: ${reason}`);
  const rest = files.slice(NAMED_NOT_ARTICLES);
  if (rest.length === 0) return lines;
  const byExtension = new Map<string, number>();
  for (const { path } of rest) {
    const extension = /\.[^./]+$/.exec(path)?.[0] ?? '(no extension)';
    byExtension.set(extension, (byExtension.get(extension) ?? 0) + 1);
  }
  const counts = [...byExtension].sort((a, b) => b[1] - a[1]).map(([extension, count]) => `${count} ${extension}`);
  return [...lines, `${indent}… and ${rest.length} more: ${counts.join(', ')}`];
}
