import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireFolder, UsageError, type Values } from './options.js';

/** `whosaid eval`: extraction scored against one gold set: ours (--gold), GUM, PolNeAR, or claim clusters. */
export async function evaluate(values: Values): Promise<void> {
  const gum = values.gum as string | undefined;
  const claims = values.claims as string | undefined;
  if ([gum, values.gold, values.polnear, claims].filter((value) => value !== undefined).length > 1) throw new UsageError('eval: pass one of --gold, --gum, --polnear or --claims');
  if (values.polnear !== undefined) return evalPolnear(values);
  if (claims !== undefined) {
    requireFolder('--claims', claims);
    if (!existsSync(join(claims, 'gold.json'))) throw new UsageError(`--claims: ${claims} has no gold.json; see test/fixtures/claims for the format`);
    const { evaluateClaims, formatClaimsReport } = await import('../eval/claims.js');
    const report = await evaluateClaims(claims);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatClaimsReport(report));
    return;
  }
  if (values.part !== undefined || values.errors !== undefined) throw new UsageError('eval: --part and --errors go with --polnear DIR');
  // GUM is not ours to ship: where it has not been fetched, evaluation goes on without it.
  if (gum !== undefined && !existsSync(gum)) {
    process.stdout.write(`GUM news not found at ${gum}: skipped\n`);
    return;
  }
  const folder = (values.gold as string | undefined) ?? 'test/fixtures/gold';
  if (gum === undefined) requireFolder('--gold', folder);
  // Loaded here, as in cli-extract.ts: `serve` never loads the NLP model into the thread that answers queries.
  const [{ evaluateFolder, evaluatePairs, formatReport }, { loadGumFolder }] = await Promise.all([import('../eval/report.js'), import('../eval/gum.js')]);
  const report = gum === undefined ? await evaluateFolder(folder) : evaluatePairs(await loadGumFolder(gum));
  // Scores over nothing would read as perfect (every F1 1.000).
  if (report.documents.length === 0) {
    throw new UsageError(gum === undefined ? `--gold: ${folder} holds no gold pairs (NN-name.json beside NN-name.txt); point --gold at a folder of gold annotations, e.g. test/fixtures/gold` : `--gum: ${gum} holds no GUM documents (conllu/*.conllu); point --gum at the GUM news subset`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: values.verbose === true, statements: gum === undefined }));
}

/** `eval --polnear DIR`: attribution scores on PolNeAR's develop and measure parts (or one of them). */
async function evalPolnear(values: Values): Promise<void> {
  const folder = values.polnear as string;
  // PolNeAR is not ours to ship: where it has not been fetched, evaluation goes on without it.
  if (!existsSync(folder)) {
    process.stdout.write(`PolNeAR not found at ${folder}: skipped\n`);
    return;
  }
  const partText = values.part as string | undefined;
  if (partText !== undefined && !['develop', 'measure', 'all'].includes(partText)) throw new UsageError(`--part: ${partText} is not a part; use develop, measure or all`);
  const errorsText = values.errors as string | undefined;
  const errors = errorsText === undefined ? 0 : Number(errorsText);
  if (!Number.isInteger(errors) || errors < 0) throw new UsageError(`--errors: ${errorsText} is not a count; use e.g. --errors 20`);
  if (errors > 0 && partText !== 'develop') throw new UsageError('--errors: error samples are listed for the develop part only; add --part develop');
  const parts = partText ? [partText as 'develop' | 'measure' | 'all'] : (['develop', 'measure'] as const);
  const { evaluatePolnear, formatErrors, formatPolnear } = await import('../eval/polnear.js');
  const runs = parts.map((part) => evaluatePolnear(folder, part));
  const reports = runs.map((run) => run.report);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(reports.map((report) => [report.part, report])), null, 2)}\n`);
    return;
  }
  process.stdout.write(formatPolnear(reports));
  if (errors > 0) process.stdout.write(`\n${formatErrors(runs[0].errors(errors))}`);
}
