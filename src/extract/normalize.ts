/** One normal form for names and aliases: case-, accent-, period- and space-insensitive. */
export const nameKey = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.’']/g, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
