/**
 * `fn` remembered for up to `limit` distinct inputs, then forgotten all at once and begun again:
 * names, words and lemmas repeat across a corpus, so a bounded map keeps hot paths off regexes
 * and table probes without growing with the corpus.
 */
export function boundedMemo<T>(limit: number, fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
