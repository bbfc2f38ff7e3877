import type { DocumentWithEvidence, Statement } from './api.js';
import { locateCue, runsOf, type Mark } from './highlight.js';

/**
 * The article a statement was read from, with the statement's speaker words, cue and content
 * marked, and the article's other statements marked more lightly; scrolled to the content.
 */
export function showEvidence(article: HTMLElement, meta: HTMLElement, document_: DocumentWithEvidence, statement: Statement): void {
  const text = document_.text;
  const cue = locateCue(text, statement.cue, statement, statement.speakerMention);
  const marks: Mark[] = [
    ...document_.statements.filter((other) => other.id !== statement.id).map((other) => ({ start: other.start, end: other.end, className: 'm-other' })),
    { start: statement.start, end: statement.end, className: 'm-content' },
    ...(statement.speakerMention ? [{ start: statement.speakerMention.start, end: statement.speakerMention.end, className: 'm-speaker' }] : []),
    ...(cue ? [{ ...cue, className: 'm-cue' }] : []),
  ];
  const nodes = runsOf(text.length, marks).map((run) => {
    const slice = text.slice(run.start, run.end);
    if (run.classes.length === 0) return document.createTextNode(slice);
    const mark = document.createElement('mark');
    mark.textContent = slice;
    // The statement's own marks win over the lighter mark of an overlapping other statement.
    const own = run.classes.filter((name) => name !== 'm-other');
    mark.className = (own.length ? own : run.classes).join(' ');
    if (run.classes.includes('m-other') && !own.length) mark.title = 'Another statement of this article';
    return mark;
  });
  article.replaceChildren(...nodes);
  const others = document_.statements.length - 1;
  meta.textContent = [
    document_.title ?? 'Untitled document',
    document_.publishedAt?.slice(0, 10),
    document_.source,
    document_.url ?? document_.path,
    `${others} other statement${others === 1 ? '' : 's'} marked`,
  ].filter(Boolean).join(' · ');
  // Scrolls the article alone, not the page, to the content.
  const content = article.querySelector<HTMLElement>('.m-content');
  if (content) article.scrollTop = Math.max(0, content.offsetTop - article.clientHeight / 3);
}
