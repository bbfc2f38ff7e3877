/**
 * The benchmark's report: the JSON written to --out, the targets it is judged against, and
 * the table printed on stdout.
 */
import type { FirstNetworkFigures } from './explorer.js';
import type { LatencyRun } from './queries.js';
import type { ProfileSummary } from './profile.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  /** 1-minute load averages when the run started and ended: a busy machine shows here. */
  loadAverage: number;
  loadAverageAtEnd?: number;
}

export interface CorpusSummary {
  size: number;
  documents: number;
  words: number;
  topCountry: string;
  topPerson: string;
}

export interface Throughput {
  runsSeconds: number[];
  seconds: number;
  wordsPerSecond: number;
  documentsPerSecond: number;
}

export interface ExtractionFigures {
  corpusSize: number;
  oneCore: Throughput & { statements: number; peakRssMB: number; baselineRssMB: number };
  allCores: Throughput & { threads: number; statements: number; peakRssMB: number };
  peer: {
    documents: number;
    words: number;
    oursWordsPerSecond: number;
    compromiseWordsPerSecond: number;
    /** Median of the per-run ratios, each from runs taken back to back. */
    ratio: number;
  };
}

export type StoreKind = 'sqlite' | 'postgres';

export interface IngestFigures extends Throughput {
  store: StoreKind;
  /** Ingest processes writing the database at once (each with its share of the corpus and of the cores). */
  processes: number;
  size: number;
  runs: number;
  documents: number;
  created: number;
  rssMB: number;
  heapUsedMB: number;
  baselineRssMB: number;
  /** The SQLite file on disk, or the PostgreSQL database (pg_database_size), all documents in. */
  databaseMB: number;
  peakRssMB: number;
}

export interface GrowthFigures {
  store: StoreKind;
  from: number;
  to: number;
  dataRatio: number;
  timeRatio: number;
  rssRatio: number;
  databaseRatio: number;
}

export interface LatencyFigures {
  runs: LatencyRun[];
  p50: number;
  p99: number;
  throughput: number;
  failures: number;
}

export interface QueryFigures {
  store?: StoreKind;
  size: number;
  query: string;
  label: string;
  /** A glance at the answer, to show the query did real work (totalCount, names found). */
  answer: string;
  sequential: LatencyFigures;
  concurrent: LatencyFigures & { clients: number };
}

export interface TargetCheck {
  name: string;
  measured: number;
  limit: number;
  direction: 'atLeast' | 'atMost';
  unit: string;
  met: boolean;
}

export interface BenchReport {
  date: string;
  command: string;
  mode: 'quick' | 'default' | 'huge';
  seed: number;
  machine: Machine;
  corpora: CorpusSummary[];
  /** Absent with --skip-extraction. */
  extraction?: ExtractionFigures;
  ingest: IngestFigures[];
  growth: GrowthFigures[];
  queries: QueryFigures[];
  /** Time to first network in the explorer (test/bench/explorer.ts). */
  explorer?: FirstNetworkFigures[];
  targets: TargetCheck[];
  profiles?: Array<{ what: string } & ProfileSummary>;
  durationSeconds: number;
}

// ---------------------------------------------------------------------------------------
// Targets

function check(name: string, measured: number, direction: TargetCheck['direction'], limit: number, unit: string): TargetCheck {
  return { name, measured, limit, direction, unit, met: direction === 'atLeast' ? measured >= limit : measured <= limit };
}

/** The targets the project set itself, judged on the largest corpus of the run, for each store measured. */
export function checkTargets(report: Omit<BenchReport, 'targets' | 'durationSeconds'>): TargetCheck[] {
  const checks = report.extraction ? [check('extraction, 1 core', report.extraction.oneCore.wordsPerSecond, 'atLeast', 150_000, 'words/s')] : [];
  for (const store of [...new Set(report.ingest.map((figures) => figures.store))]) {
    const single = report.ingest.filter((figures) => figures.store === store && figures.processes === 1);
    const largest = single[single.length - 1];
    const at = `${sizeLabel(largest.size)}, ${store}`;
    checks.push(
      ...single.map((figures) => check(`ingest at ${sizeLabel(figures.size)}, ${store}`, figures.documentsPerSecond, 'atLeast', 300, 'docs/s')),
      ...report.queries
        .filter((query) => query.size === largest.size && (query.store ?? 'sqlite') === store)
        .map((query) => check(`p99 at ${at}, sequential: ${query.query}`, query.sequential.p99, 'atMost', 15, 'ms')),
      check(`server RSS at ${at}`, largest.rssMB, 'atMost', 400, 'MB'),
    );
    const growth = report.growth.find((step) => step.store === store);
    if (growth) checks.push(check(`time for ${Math.round(growth.dataRatio)}× data (${sizeLabel(growth.from)}→${sizeLabel(growth.to)}), ${store}`, growth.timeRatio, 'atMost', 1.2 * growth.dataRatio, '×'));
  }
  const largestSize = Math.max(...report.ingest.map((figures) => figures.size));
  checks.push(...(report.explorer ?? [])
    .filter((figures) => figures.size === largestSize)
    .map((figures) => check(`first network at ${sizeLabel(largestSize)}: ${figures.entity}${figures.pageMs === null ? ' (request only)' : ''}`, figures.pageMaxMs ?? figures.requestMaxMs, 'atMost', 1000, 'ms')));
  return checks;
}

export const sizeLabel = (size: number): string => (size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size));
const integer = (value: number): string => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const ms = (value: number): string => (value >= 100 ? fixed(value, 0) : fixed(value, 1));
const mb = (value: number): string => `${integer(value)} MB`;
const ratio = (value: number): string => `${Number(value.toFixed(2))}×`;

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: string[], rows: string[][], indent = '  '): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    indent + cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function formatMachine(report: BenchReport): string {
  const { machine } = report;
  const corpora = report.corpora.map((corpus) => `${sizeLabel(corpus.size)} = ${integer(corpus.documents)} docs, ${integer(corpus.words)} words`).join('; ');
  return [
    `whosaid benchmark · ${report.date} · mode ${report.mode} · ${report.command}`,
    `machine: ${machine.cpu} · ${machine.cores} cores · ${fixed(machine.memoryGB, 0)} GB · Node ${machine.node} · ${machine.platform} · load ${fixed(machine.loadAverage, 2)} → ${fixed(machine.loadAverageAtEnd ?? Number.NaN, 2)}`,
    `corpus (seed ${report.seed}): ${corpora}`,
  ].join('\n');
}

function formatExtraction(extraction: ExtractionFigures): string {
  const { oneCore, allCores, peer } = extraction;
  return formatTable(
    [`Extraction (${sizeLabel(extraction.corpusSize)} docs, median of ${oneCore.runsSeconds.length})`, 'words/s', 'docs/s', 'peak RSS'],
    [
      ['1 core', integer(oneCore.wordsPerSecond), integer(oneCore.documentsPerSecond), mb(oneCore.peakRssMB)],
      [`${allCores.threads} worker threads`, integer(allCores.wordsPerSecond), integer(allCores.documentsPerSecond), mb(allCores.peakRssMB)],
      [`ours, peer set (${peer.documents} docs)`, integer(peer.oursWordsPerSecond), '', ''],
      ['compromise people+places+orgs, peer set', integer(peer.compromiseWordsPerSecond), '', ''],
      ['ours / compromise', ratio(peer.ratio), '', ''],
    ],
  );
}

function formatIngest(ingest: IngestFigures[], growth: GrowthFigures[]): string {
  const rows = ingest.map((figures) => [
    `${figures.store} ${sizeLabel(figures.size)}${figures.processes > 1 ? `, ${figures.processes} processes` : ''} (${figures.runs === 1 ? '1 run' : `median of ${figures.runs}`})`,
    `${fixed(figures.seconds)} s`,
    integer(figures.documentsPerSecond),
    Number.isNaN(figures.rssMB) ? '' : mb(figures.rssMB),
    mb(figures.databaseMB),
    mb(figures.peakRssMB),
  ]);
  for (const step of growth) {
    rows.push([`${step.store} growth ${sizeLabel(step.to)}/${sizeLabel(step.from)} (${fixed(step.dataRatio, 0)}× data)`, ratio(step.timeRatio), '', ratio(step.rssRatio), ratio(step.databaseRatio), '']);
  }
  return formatTable(['Ingest (as whosaid ingest: all cores)', 'time', 'docs/s', 'server RSS', 'database', 'peak RSS'], rows);
}

function formatQueries(queries: QueryFigures[]): string {
  const clients = queries[0]?.concurrent.clients ?? 0;
  return formatTable(
    ['Queries over HTTP (ms)', 'store', 'docs', 'seq p50', 'seq p99', `${clients} clients p50`, 'p99', 'req/s', 'answer'],
    queries.map((query) => [
      query.label,
      query.store ?? 'sqlite',
      sizeLabel(query.size),
      ms(query.sequential.p50),
      ms(query.sequential.p99),
      ms(query.concurrent.p50),
      ms(query.concurrent.p99),
      integer(query.concurrent.throughput),
      query.answer,
    ]),
  );
}

function formatTargets(targets: TargetCheck[]): string {
  const value = (target: TargetCheck, amount: number) => (target.unit === '×' ? ratio(amount) : `${target.unit === 'ms' ? ms(amount) : integer(amount)} ${target.unit}`);
  return formatTable(
    ['Targets', 'measured', 'target', ''],
    targets.map((target) => [target.name, value(target, target.measured), `${target.direction === 'atLeast' ? '≥' : '≤'} ${value(target, target.limit)}`, target.met ? 'met' : 'MISSED']),
  );
}

function formatProfiles(profiles: NonNullable<BenchReport['profiles']>): string {
  return profiles
    .map((profile) => [
      `CPU profile: ${profile.what} (${profile.path})`,
      formatTable(['self time by function', 'share'], profile.functions.map((spot) => [spot.name, `${fixed(spot.share * 100)}%`])),
      formatTable(['self time by file', 'share'], profile.files.map((spot) => [spot.name, `${fixed(spot.share * 100)}%`])),
    ].join('\n'))
    .join('\n\n');
}

function formatExplorer(figures: FirstNetworkFigures[]): string {
  const rows = figures.map((row) => [
    sizeLabel(row.size), row.entity, `${row.nodes} / ${row.edges}`, `${integer(row.statementsRead)} of ${integer(row.statementsMatched)}`,
    `${ms(row.requestMs)} (max ${ms(row.requestMaxMs)})`, row.pageMs === null ? 'no Chromium' : `${ms(row.pageMs)} (max ${ms(row.pageMaxMs!)})`,
  ]);
  return `explorer: time to first network, ms (request: median of 7; page: choosing the entity to the network drawn in Chromium, median of 3)\n${formatTable(['size', 'entity', 'nodes / edges', 'statements read', 'request', 'page'], rows)}`;
}

export function formatReport(report: BenchReport): string {
  const sections = [
    formatMachine(report),
    ...(report.extraction ? [formatExtraction(report.extraction)] : []),
    formatIngest(report.ingest, report.growth),
    formatQueries(report.queries),
    ...(report.explorer?.length ? [formatExplorer(report.explorer)] : []),
    formatTargets(report.targets),
  ];
  if (report.profiles?.length) sections.push(formatProfiles(report.profiles));
  sections.push(`took ${fixed(report.durationSeconds, 0)} s`);
  return sections.join('\n\n');
}
