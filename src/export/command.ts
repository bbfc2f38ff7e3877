import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Store } from '../graph/store.js';
import { buildNetwork } from '../graph/network.js';
import { EXPORT_FORMATS, isExportFormat } from './formats.js';

/** A mistake in how export was called: the CLI prints it as a usage error. */
export class ExportUsageError extends Error {}

export interface ExportCommandOptions {
  format: string | undefined;
  out: string | undefined;
  from: string | undefined;
  to: string | undefined;
  minStatements: string | undefined;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks the options, then writes the whole graph (filtered) in one format, to --out or stdout. */
export async function runExport(store: Store, options: ExportCommandOptions, stdout: Writable): Promise<{ written: string[]; nodes: number; edges: number }> {
  const names = Object.keys(EXPORT_FORMATS).join(', ');
  if (!options.format) throw new ExportUsageError(`export: pass --format, one of ${names}`);
  if (!isExportFormat(options.format)) throw new ExportUsageError(`--format: ${options.format} is not a format; use one of ${names}`);
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !DATE.test(value)) throw new ExportUsageError(`${flag}: ${value} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const minStatements = options.minStatements === undefined ? 1 : Number(options.minStatements);
  if (!Number.isInteger(minStatements) || minStatements < 1) throw new ExportUsageError(`--min-statements: ${options.minStatements} is not a count; use 1 or more`);
  const { files } = EXPORT_FORMATS[options.format];
  if (files.length > 1 && !options.out) throw new ExportUsageError(`--format ${options.format} writes ${files.map((file) => file.name).join(' and ')}: pass --out FOLDER`);
  if (files.length > 1 && existsSync(options.out!) && !statSync(options.out!).isDirectory()) throw new ExportUsageError(`--out: ${options.out} is a file; --format ${options.format} wants a folder`);

  const network = await buildNetwork(store, { from: options.from, to: options.to, minStatements });
  if (files.length > 1) mkdirSync(options.out!, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = files.length > 1 ? join(options.out!, file.name) : options.out;
    const sink = path ? createWriteStream(path) : stdout;
    for await (const chunk of file.chunks(network, store)) {
      if (!sink.write(chunk)) await once(sink, 'drain');
    }
    if (path) {
      sink.end();
      await once(sink, 'finish');
      written.push(path);
    }
  }
  return { written, nodes: network.nodes.length, edges: network.edges.length };
}
