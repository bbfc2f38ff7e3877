import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The gold annotation format of `../shared/ANNOTATION.md`. */
export interface GoldEntity {
  name: string;
  aliases?: string[];
  country?: string | null;
  organizations?: string[];
  roles?: string[];
}

export interface GoldStatement {
  speaker: string | null;
  speakerDescription?: string;
  kind: 'DIRECT' | 'INDIRECT' | 'MIXED';
  cue?: string;
  text: string;
  about?: string[];
}

export interface GoldDocument {
  file: string;
  publishedAt?: string;
  people: GoldEntity[];
  organizations: GoldEntity[];
  countries: GoldEntity[];
  statements: GoldStatement[];
}

export interface GoldPair {
  name: string;
  text: string;
  gold: GoldDocument;
}

/** Every `X.json` of the folder with its article `X.txt` (or the file the JSON names). */
export async function loadGoldFolder(folder: string): Promise<GoldPair[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();
  const pairs: GoldPair[] = [];
  for (const file of files) {
    const gold = JSON.parse(await readFile(join(folder, file), 'utf8')) as GoldDocument;
    const textFile = file.replace(/\.json$/, '.txt');
    const text = await readFile(join(folder, textFile), 'utf8');
    pairs.push({ name: file.replace(/\.json$/, ''), text, gold });
  }
  return pairs;
}
