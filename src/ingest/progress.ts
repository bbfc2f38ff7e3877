import type { FileOutcome } from './corpus.js';

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  file(progress: { path: string; done: number; total: number; outcome: FileOutcome; warnings?: string[] }): void;
  finish(): void;
}

/** Redraws of the bar at most this often: a terminal is slower than a fast ingest. */
const REDRAW_MS = 100;

/**
 * Shows an ingest as it goes: on a terminal a bar redrawn in place (files done, rate,
 * time left, current file); in a log a plain line every 10%. Failures and metadata
 * problems are printed as they happen, in both.
 */
export function createProgress(output: Output, total: number): Progress {
  const started = performance.now();
  let lastDraw = 0;
  let lastTenth = 0;
  let barShown = false;

  const rate = (done: number) => done / Math.max((performance.now() - started) / 1000, 0.001);
  const clearBar = () => {
    if (barShown) output.write('\r\x1b[K');
    barShown = false;
  };

  return {
    file({ path, done, outcome, warnings = [] }) {
      if (outcome.status === 'failed') {
        clearBar();
        output.write(`whosaid: failed ${path}: ${outcome.reason}\n`);
      }
      for (const warning of warnings) {
        clearBar();
        output.write(`whosaid: warning: ${warning}\n`);
      }
      if (output.isTTY) {
        if (performance.now() - lastDraw < REDRAW_MS && done < total) return;
        lastDraw = performance.now();
        output.write(`\r\x1b[K${bar(done, total, rate(done), path, output.columns ?? 80)}`);
        barShown = true;
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        output.write(`whosaid: ${done}/${total} files (${Math.floor((done / total) * 100)}%), ${rate(done).toFixed(1)} files/s\n`);
      }
    },
    finish: clearBar,
  };
}

function bar(done: number, total: number, perSecond: number, path: string, columns: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const left = perSecond > 0 ? Math.round((total - done) / perSecond) : 0;
  const text = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${perSecond.toFixed(1)} files/s ETA ${clock(left)} `;
  const room = columns - text.length - 1;
  return room > 8 ? text + (path.length > room ? `…${path.slice(-(room - 1))}` : path) : text;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
