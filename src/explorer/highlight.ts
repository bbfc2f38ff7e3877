/**
 * Splits a text into runs by overlapping marked spans, so one statement's content, its
 * speaker's words, its cue and the other statements of the article can all be marked at once:
 * every run carries the classes of the spans covering it.
 */
export interface Mark {
  start: number;
  end: number;
  className: string;
}

export interface Run {
  start: number;
  end: number;
  classes: string[];
}

export function runsOf(length: number, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((mark) => mark.start < mark.end && mark.start >= 0 && mark.end <= length);
  const cuts = [...new Set([0, length, ...valid.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const [start, end] = [cuts[index], cuts[index + 1]];
    runs.push({ start, end, classes: valid.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.className) });
  }
  return runs;
}

/**
 * Where a statement's cue is written: the API gives the cue's words ("said", "has hinted at"),
 * which are a slice of the text near the speaker's words. The occurrence outside the content
 * nearest to the speaker mention (else to the content) within the same stretch of text.
 */
export function locateCue(text: string, cue: string | null, content: { start: number; end: number }, speaker: { start: number; end: number } | null): { start: number; end: number } | null {
  if (!cue) return null;
  const anchor = speaker ?? content;
  const from = Math.max(0, Math.min(content.start, anchor.start) - 300);
  const to = Math.min(text.length, Math.max(content.end, anchor.end) + 300);
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  const pattern = new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const start = from + match.index!;
    const end = start + cue.length;
    if (start < content.end && end > content.start) continue;
    const distance = Math.min(Math.abs(start - anchor.end), Math.abs(anchor.start - end));
    if (distance < bestDistance) [best, bestDistance] = [{ start, end }, distance];
  }
  return best;
}
