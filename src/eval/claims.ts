import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { claimWords, holdsRun } from '../graph/claims.js';
import { MemoryStore } from '../graph/memory-store.js';
import { ingestFolder } from '../ingest/corpus.js';

/**
 * Scores claim clustering against a folder of articles (with their NAME.meta.json sidecars)
 * and its gold.json: { "claims": [{ "claim": "…", "reports": [{ "file", "words" }] }] },
 * each report a statement of `file` whose content holds `words` ("#2 words": the second such
 * statement). Pairwise: of the pairs of gold reports, those put in one claim by both.
 * Only reports extraction found with a speaker are paired: a statement it missed, or one it
 * could not attribute, is a miss of extraction (listed), not of clustering.
 */
export interface ClaimsEvalReport {
  documents: number;
  reports: number;
  /** Gold reports no extracted statement matched, or matched one without a speaker: misses of extraction, left out of the pairs. */
  missing: Array<{ file: string; words: string; reason: 'no statement' | 'no speaker' }>;
  pairs: { gold: number; predicted: number; matched: number };
  precision: number;
  recall: number;
  /** Gold claims split across several predicted claims, and predicted claims holding reports of several gold claims. */
  split: string[];
  merged: string[][];
}

interface GoldFile {
  claims: Array<{ claim: string; reports: Array<{ file: string; words: string }> }>;
}

export async function evaluateClaims(folder: string): Promise<ClaimsEvalReport> {
  const gold = JSON.parse(await readFile(join(folder, 'gold.json'), 'utf8')) as GoldFile;
  const store = new MemoryStore();
  const ingested = await ingestFolder(store, folder, { jobs: 1 });
  const documents = (await store.listDocuments({ first: 100_000, after: null })).items;
  const byFile = new Map(documents.map((row) => [row.path!.split('/').pop()!, row]));

  const reports: Array<{ gold: number; claimId: number }> = [];
  const missing: ClaimsEvalReport['missing'] = [];
  for (const [index, claim] of gold.claims.entries()) {
    for (const report of claim.reports) {
      const document = byFile.get(report.file);
      const [, nth, words] = /^(?:#(\d+) )?(.*)$/.exec(report.words)!;
      const wanted = claimWords(words);
      const [statements] = document ? await store.statementsOfDocuments([document.id]) : [[]];
      const found = statements.filter((row) => holdsRun(claimWords(row.text), wanted))[Number(nth ?? 1) - 1];
      if (!found || found.speakerId === null) {
        missing.push({ ...report, reason: found ? 'no speaker' : 'no statement' });
        continue;
      }
      const [claimRow] = await store.claimsOfStatements([found.id]);
      reports.push({ gold: index, claimId: claimRow!.id });
    }
  }

  const pairs = { gold: 0, predicted: 0, matched: 0 };
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const sameGold = reports[i].gold === reports[j].gold;
      const samePredicted = reports[i].claimId === reports[j].claimId;
      if (sameGold) pairs.gold++;
      if (samePredicted) pairs.predicted++;
      if (sameGold && samePredicted) pairs.matched++;
    }
  }
  const predictedOf = (index: number) => new Set(reports.filter((report) => report.gold === index).map((report) => report.claimId));
  const goldOf = new Map<number, Set<number>>();
  for (const report of reports) (goldOf.get(report.claimId) ?? goldOf.set(report.claimId, new Set()).get(report.claimId)!).add(report.gold);
  return {
    documents: ingested.documents + ingested.skipped,
    reports: reports.length + missing.length,
    missing,
    pairs,
    precision: pairs.predicted ? pairs.matched / pairs.predicted : 1,
    recall: pairs.gold ? pairs.matched / pairs.gold : 1,
    split: gold.claims.filter((_, index) => predictedOf(index).size > 1).map((claim) => claim.claim),
    merged: [...goldOf.values()].filter((set) => set.size > 1).map((set) => [...set].map((index) => gold.claims[index].claim)),
  };
}

export function formatClaimsReport(report: ClaimsEvalReport): string {
  const lines = [
    `claims: ${report.documents} documents, ${report.reports} gold reports, ${report.pairs.gold} gold pairs`,
    `  pairwise precision ${report.precision.toFixed(3)}  recall ${report.recall.toFixed(3)}  (${report.pairs.matched} of ${report.pairs.predicted} predicted pairs right)`,
  ];
  if (report.missing.length) lines.push(`  reports extraction missed, left out of the pairs (${report.missing.length}):`, ...report.missing.map((miss) => `    ${miss.file}: "${miss.words}" (${miss.reason})`));
  if (report.split.length) lines.push('  gold claims split apart:', ...report.split.map((claim) => `    ${claim}`));
  if (report.merged.length) lines.push('  gold claims merged:', ...report.merged.map((claims) => `    ${claims.join('  +  ')}`));
  return `${lines.join('\n')}\n`;
}
