import { extract } from '../extract/index.js';
import type { EntityKind } from '../graph/facts.js';
import { loadGoldFolder, type GoldPair } from './gold.js';
import { scoreDocument, type Counts, type DocumentScore } from './score.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  documents: DocumentScore[];
  entities: Record<EntityKind, Prf & Counts>;
  statements: {
    detection: Prf & Counts;
    whoSaidWhat: Prf;
    speakerAccuracy: number;
    kindAccuracy: number;
    about: Prf & Counts;
  };
}

export const prf = ({ gold, predicted, matched }: Counts): Prf => {
  const precision = predicted ? matched / predicted : gold ? 0 : 1;
  const recall = gold ? matched / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const sum = (counts: Counts[]): Counts => counts.reduce((total, c) => ({ gold: total.gold + c.gold, predicted: total.predicted + c.predicted, matched: total.matched + c.matched }), { gold: 0, predicted: 0, matched: 0 });

/** Extracts every gold article of the folder and scores it, micro-averaged over documents. */
export async function evaluateFolder(folder: string): Promise<EvalReport> {
  return evaluatePairs(await loadGoldFolder(folder));
}

/** Extracts and scores gold pairs from any source (our gold folder, converted GUM documents). */
export function evaluatePairs(pairs: GoldPair[]): EvalReport {
  return summarize(pairs.map(({ name, text, gold }) => scoreDocument(name, text, gold, extract(text))));
}

export function summarize(documents: DocumentScore[]): EvalReport {
  const entities = {} as EvalReport['entities'];
  for (const kind of ['PERSON', 'ORGANIZATION', 'COUNTRY'] as const) {
    const counts = sum(documents.map((document) => document.entities[kind]));
    entities[kind] = { ...counts, ...prf(counts) };
  }
  const detection = sum(documents.map((document) => document.statements));
  const rightSpeaker = documents.reduce((total, document) => total + document.statements.rightSpeaker, 0);
  const rightKind = documents.reduce((total, document) => total + document.statements.rightKind, 0);
  const about = sum(documents.map((document) => document.statements.about));
  return {
    documents,
    entities,
    statements: {
      detection: { ...detection, ...prf(detection) },
      whoSaidWhat: prf({ ...detection, matched: rightSpeaker }),
      speakerAccuracy: detection.matched ? rightSpeaker / detection.matched : 0,
      kindAccuracy: detection.matched ? rightKind / detection.matched : 0,
      about: { ...about, ...prf(about) },
    },
  };
}

const pct = (value: number) => value.toFixed(3);

/** `statements: false` leaves out the statement scores, for gold sets that annotate entities only (GUM). */
export function formatReport(report: EvalReport, options: { verbose?: boolean; statements?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`Scored ${report.documents.length} document(s)\n`);
  lines.push('entities        gold  found  match  precision  recall  F1');
  for (const [kind, score] of Object.entries(report.entities)) {
    lines.push(`${kind.padEnd(14)} ${String(score.gold).padStart(5)} ${String(score.predicted).padStart(6)} ${String(score.matched).padStart(6)}  ${pct(score.precision).padStart(9)}  ${pct(score.recall).padStart(6)}  ${pct(score.f1)}`);
  }
  if (options.statements !== false) lines.push(...statementLines(report.statements));
  if (options.verbose) lines.push(...verboseLines(report.documents, options.statements !== false));
  return `${lines.join('\n')}\n`;
}

function statementLines(s: EvalReport['statements']): string[] {
  return [
    '',
    'statements      gold  found  match  precision  recall  F1',
    `${'detection'.padEnd(14)} ${String(s.detection.gold).padStart(5)} ${String(s.detection.predicted).padStart(6)} ${String(s.detection.matched).padStart(6)}  ${pct(s.detection.precision).padStart(9)}  ${pct(s.detection.recall).padStart(6)}  ${pct(s.detection.f1)}`,
    `${'who-said-what'.padEnd(14)} ${''.padStart(5)} ${''.padStart(6)} ${''.padStart(6)}  ${pct(s.whoSaidWhat.precision).padStart(9)}  ${pct(s.whoSaidWhat.recall).padStart(6)}  ${pct(s.whoSaidWhat.f1)}`,
    `${'about'.padEnd(14)} ${String(s.about.gold).padStart(5)} ${String(s.about.predicted).padStart(6)} ${String(s.about.matched).padStart(6)}  ${pct(s.about.precision).padStart(9)}  ${pct(s.about.recall).padStart(6)}  ${pct(s.about.f1)}`,
    `speaker accuracy ${pct(s.speakerAccuracy)}   kind accuracy ${pct(s.kindAccuracy)}`,
  ];
}

function verboseLines(documents: DocumentScore[], withStatements: boolean): string[] {
  const lines: string[] = [];
  for (const document of documents) {
    lines.push(`\n== ${document.name}`);
    for (const [kind, score] of Object.entries(document.entities)) {
      if (score.misses.length) lines.push(`  ${kind} missed: ${score.misses.join(' | ')}`);
      if (score.falseAlarms.length) lines.push(`  ${kind} false: ${score.falseAlarms.join(' | ')}`);
    }
    if (!withStatements) continue;
    for (const miss of document.statements.misses) lines.push(`  statement missed: ${miss}`);
    for (const alarm of document.statements.falseAlarms) lines.push(`  statement false: ${alarm}`);
    for (const wrong of document.statements.wrongSpeakers) lines.push(`  wrong speaker: ${wrong}`);
  }
  return lines;
}
