/** Sizes as people write and read them: "5MB", "512k", "1.5 MiB". */

/** Larger documents are refused: a news article is far smaller, and extraction time grows with size. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Bytes in "5MB", "512k" or "1048576" (binary multiples); null when it is not a size. */
export function parseBytes(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match && UNITS[match[2].toLowerCase()];
  if (!match || unit === undefined || unit === null) return null;
  const bytes = Math.round(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

export function formatBytes(bytes: number, decimals = 1): string {
  const rounded = (value: number) => value.toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${rounded(bytes / 1024)} KiB`;
  return `${rounded(bytes / 1024 ** 2)} MiB`;
}

/**
 * `bytes` written with as many decimals as it takes to read as more than `limit`: 1.04 MiB
 * against a 1 MiB limit, not "1 MiB, above the limit of 1 MiB".
 */
export function formatBytesAbove(bytes: number, limit: number): string {
  const limitText = formatBytes(limit);
  for (let decimals = 1; decimals <= 6; decimals++) {
    const text = formatBytes(bytes, decimals);
    if (text !== limitText) return text;
  }
  return `${bytes} bytes`;
}
