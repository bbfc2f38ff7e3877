import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/**
 * What a user can say about an ingested file that its text may not: a sidecar `NAME.meta.json`
 * beside `NAME.txt` (or `NAME.md`, `NAME.html`), e.g.
 *
 *   { "title": "Kirby warns Pyongyang", "publishedAt": "2024-09-07T10:15:00",
 *     "url": "https://example.com/kirby", "source": "Reuters" }
 *
 * Every field is optional; what is given wins over what the text says. A sidecar rather than
 * front matter: the article file stays byte-for-byte what was published (offsets, hashes),
 * and JSON needs no parser we do not already have. `.meta.json`, not `.json`: a gold pair
 * (test/fixtures/gold/NN-name.json) already means annotations beside an article.
 */
export interface DocumentMetadata {
  title?: string;
  publishedAt?: string;
  url?: string;
  source?: string;
}

/** The metadata read, and a message for each thing wrong with it (naming the file and the field). */
export interface MetadataReading {
  metadata: DocumentMetadata;
  problems: string[];
}

export const METADATA_SUFFIX = '.meta.json';

/** `seeds/a.txt` → `seeds/a.meta.json`. */
export const sidecarPath = (file: string): string => `${file.slice(0, file.length - extname(file).length)}${METADATA_SUFFIX}`;

/** "2024-09-07", "2024-09-07T10:15", "2024-09-07T10:15:00Z", "2024-09-07T10:15:00+02:00". */
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Each field: what makes it valid, and what to write instead. */
const FIELDS: Record<keyof DocumentMetadata, { valid(value: string): boolean; expected: string }> = {
  title: { valid: (value) => value.trim() !== '', expected: 'a non-empty string' },
  publishedAt: { valid: (value) => DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10))), expected: 'a date: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]' },
  url: { valid: isWebAddress, expected: 'an http(s) address' },
  source: { valid: (value) => value.trim() !== '', expected: 'the outlet\'s name, e.g. "Reuters"' },
};

/**
 * Reads the sidecar of a document file; no sidecar is no metadata and no problem. A field
 * that is wrong is left out (the document is stored without it), with a message; so is
 * everything when the file is not a JSON object.
 */
export async function readMetadata(file: string, shownAs = basename(file)): Promise<MetadataReading> {
  const path = sidecarPath(file);
  const shown = sidecarPath(shownAs);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { metadata: {}, problems: [] };
    return { metadata: {}, problems: [`${shown}: cannot be read (${(error as Error).message}); the document is stored without metadata`] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    return { metadata: {}, problems: [`${shown}: not valid JSON (${(error as Error).message}); the document is stored without metadata. Write an object such as {"source": "Reuters", "publishedAt": "2024-09-07"}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { metadata: {}, problems: [`${shown}: expected a JSON object with title, publishedAt, url or source; the document is stored without metadata`] };
  }
  const metadata: DocumentMetadata = {};
  const problems: string[] = [];
  for (const [field, value] of Object.entries(parsed)) {
    const rule = FIELDS[field as keyof DocumentMetadata];
    if (!rule) {
      problems.push(`${shown}: unknown field "${field}" ignored; the fields are ${Object.keys(FIELDS).join(', ')}`);
    } else if (value === null) {
      continue;
    } else if (typeof value !== 'string' || !rule.valid(value)) {
      problems.push(`${shown}: "${field}" is ${JSON.stringify(value)}, not ${rule.expected}; the document is stored without it`);
    } else {
      metadata[field as keyof DocumentMetadata] = value.trim();
    }
  }
  return { metadata, problems };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
