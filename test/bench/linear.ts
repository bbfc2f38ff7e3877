// Does extraction time grow linearly with document size? `node --import tsx test/bench/linear.ts`
// Times extract() on documents of 1×, 4× and 16× a base size, for several shapes of text
// (news prose, one line without punctuation, quote marks, HTML, other scripts), and prints
// the time per MB at each size: roughly constant is linear; a ratio growing ~4× per step
// would be quadratic. A benchmark that prints, not a timed test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/index.js';

const GOLD = fileURLToPath(new URL('../fixtures/gold', import.meta.url));
const prose = readdirSync(GOLD).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(GOLD, name), 'utf8')).join('\n\n');
const base = Number(process.argv[2] ?? 256 * 1024);

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const shapes: Record<string, (size: number) => string> = {
  'news prose': (size) => `Headline\n2024-05-28\n\n${repeat(`${prose}\n\n`, size)}`,
  'one line, no punctuation': (size) => repeat('word ', size),
  'quote marks': (size) => repeat('"“ he said ”" ', size),
  'html page': (size) => `<html><head><style>p{color:red}</style><script>var x = "a";</script></head><body>${repeat('<p>Kirby said "the talks will go on," on Tuesday.</p>\n', size)}</body></html>`,
  'other scripts + emoji': (size) => repeat('Москва заявила, что ответит. 北京表示将作出回应。 😀👍🏽 José\u0301\n', size),
};

console.log(`extraction time by size (base ${(base / 1024).toFixed(0)} KiB; ms per MiB should stay roughly flat)`);
for (const [name, make] of Object.entries(shapes)) {
  const cells: string[] = [];
  for (const factor of [1, 4, 16]) {
    const text = make(base * factor);
    const started = performance.now();
    extract(text);
    const ms = performance.now() - started;
    cells.push(`${factor}×: ${ms.toFixed(0).padStart(6)} ms (${(ms / (text.length / 1024 ** 2)).toFixed(0).padStart(5)} ms/MiB)`);
  }
  console.log(`${name.padEnd(26)} ${cells.join('   ')}`);
}
