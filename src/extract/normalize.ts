/** One normal form for names and aliases: case-, accent-, period- and space-insensitive. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function nameKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.’']/g, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
    // Names repeat across a corpus; a bounded cache keeps the hot path off the regex engine.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, key);
  }
  return key;
}
