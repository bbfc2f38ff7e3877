/**
 * Index of the first item for which `isBefore` is false, in a list sorted so that every item
 * `isBefore` holds for comes first (a lower bound, by binary search).
 */
export function firstNotBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(items[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}
