import type { Statement, StatementPage } from './api.js';

/** The statements behind an edge or a node, newest first: who, cue, when, where; click for the evidence. */

const dateOf = (statement: Statement) => statement.date ?? statement.document.publishedAt?.slice(0, 10) ?? 'undated';

function statementItem(statement: Statement, onOpen: (statement: Statement, button: HTMLButtonElement) => void): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'statement';
  const who = Object.assign(document.createElement('span'), { className: 'who', textContent: statement.speaker?.name ?? statement.speakerDescription ?? 'unnamed source' });
  const cue = Object.assign(document.createElement('span'), { className: 'cue', textContent: ` ${statement.cue ?? ''}` });
  const quote = Object.assign(document.createElement('span'), { className: 'quote', textContent: `“${statement.text}”` });
  const where = Object.assign(document.createElement('span'), {
    className: 'where',
    textContent: `${dateOf(statement)} · ${statement.document.title ?? 'untitled document'}${statement.document.source ? ` · ${statement.document.source}` : ''}${statement.act === 'SPEECH' ? '' : ` · ${statement.act.toLowerCase()}`}`,
  });
  button.append(who, cue, quote, where);
  button.setAttribute('aria-label', `${who.textContent}${cue.textContent}: ${statement.text}. ${where.textContent}. Open the evidence.`);
  button.addEventListener('click', () => onOpen(statement, button));
  li.append(button);
  return li;
}

export function showStatements(list: HTMLOListElement, sections: Array<{ title: string; page: StatementPage }>, onOpen: (statement: Statement, button: HTMLButtonElement) => void): void {
  const items: HTMLLIElement[] = [];
  for (const { title, page } of sections) {
    const head = document.createElement('li');
    head.append(Object.assign(document.createElement('h3'), { textContent: `${title} (${page.totalCount}${page.statements.length < page.totalCount ? `, latest ${page.statements.length} shown` : ''})` }));
    items.push(head, ...page.statements.map((statement) => statementItem(statement, onOpen)));
  }
  list.replaceChildren(...items);
}
