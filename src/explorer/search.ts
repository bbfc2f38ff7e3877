import { suggest, type Suggestion } from './api.js';

/**
 * The search box as a combobox (WAI-ARIA): suggestions as you type, arrows to move, Enter
 * to pick, Escape to close. Only the latest request's answer is shown.
 */
export function setUpSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (entity: Suggestion) => void): void {
  let items: Suggestion[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(...items.map((item, index) => {
      const li = document.createElement('li');
      li.id = `suggestion-${index}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(index === active));
      const dot = document.createElement('span');
      dot.className = `dot type-${item.__typename}`;
      const name = document.createElement('span');
      name.textContent = item.name;
      const type = document.createElement('span');
      type.className = 'type';
      type.textContent = `${item.__typename.toLowerCase()} · ${item.statementCount} said · ${item.mentionCount} mentions`;
      li.append(dot, name, type);
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(index);
      });
      return li;
    }));
    if (items.length === 0 && input.value.trim()) {
      const li = document.createElement('li');
      li.textContent = 'No person, organization or country by that name';
      li.setAttribute('aria-disabled', 'true');
      list.append(li);
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index: number) => {
    const item = items[index];
    if (!item) return;
    // An answer still on its way must not reopen the list over the choice just made.
    window.clearTimeout(timer);
    pending?.abort();
    input.value = item.name;
    close();
    onPick(item);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      items = [];
      close();
      return;
    }
    // A short pause between keys: one request per word typed, not per letter.
    timer = window.setTimeout(async () => {
      pending?.abort();
      pending = new AbortController();
      try {
        const found = await suggest(text, pending.signal);
        if (input.value.trim() !== text) return;
        items = found;
        active = items.length ? 0 : -1;
        render();
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          items = [];
          list.replaceChildren(Object.assign(document.createElement('li'), { textContent: (error as Error).message }));
          list.hidden = false;
        }
      }
    }, 120);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active < 0 ? 0 : active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
