/**
 * News outlets, one canonical name each, with the ways articles write them ("REUTERS",
 * "Thomson Reuters", "The Associated Press"). Gathered from wire datelines, bylines and
 * copyright lines of agencies and large papers; an outlet not listed here is still read
 * from a copyright line ("© 2024 The Harbour Gazette"), under the name the line gives.
 */
export interface Outlet {
  /** How whosaid writes it everywhere: `Document.source`, `Claim.outlets`, filters. */
  name: string;
  /** Other spellings (case and a leading "The" never matter). */
  aliases: string[];
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'Reuters', aliases: ['Thomson Reuters', 'Reuters News', 'Reuters News Agency'] },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press', 'AP News'] },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse', 'Agence France-Press'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'Yonhap News'] },
  { name: 'Kyodo', aliases: ['Kyodo News'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'] },
  { name: 'KCNA', aliases: ['Korean Central News Agency'] },
  { name: 'TASS', aliases: ['ITAR-TASS'] },
  { name: 'RIA Novosti', aliases: ['RIA'] },
  { name: 'Interfax', aliases: [] },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur', 'DPA'] },
  { name: 'EFE', aliases: ['Agencia EFE'] },
  { name: 'ANSA', aliases: [] },
  { name: 'Lusa', aliases: ['Lusa News Agency'] },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'AA'] },
  { name: 'PTI', aliases: ['Press Trust of India'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'] },
  { name: 'Bernama', aliases: [] },
  { name: 'Antara', aliases: [] },
  { name: 'UPI', aliases: ['United Press International'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News'] },
  { name: 'BBC', aliases: ['BBC News'] },
  { name: 'CNN', aliases: [] },
  { name: 'NHK', aliases: ['NHK World'] },
  { name: 'Al Jazeera', aliases: [] },
  { name: 'NPR', aliases: ['National Public Radio'] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Financial Times', aliases: ['FT'] },
  { name: 'The Guardian', aliases: ['Guardian', 'Guardian News', 'Guardian News & Media'] },
  { name: 'Politico', aliases: ['POLITICO'] },
  { name: 'The Korea Herald', aliases: ['Korea Herald'] },
  { name: 'The Korea Times', aliases: ['Korea Times'] },
  { name: 'Korea JoongAng Daily', aliases: ['JoongAng Daily'] },
];

/** "The Associated Press" → "associated press": what a written name is looked up by. */
export function outletKey(written: string): string {
  return written.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');
}

const CANONICAL = new Map<string, string>();
for (const outlet of OUTLETS) for (const written of [outlet.name, ...outlet.aliases]) CANONICAL.set(outletKey(written), outlet.name);

/** The canonical name of a listed outlet ("REUTERS" → "Reuters"); undefined for one not listed. */
export const knownOutlet = (written: string): string | undefined => CANONICAL.get(outletKey(written));

/** The name to store: a listed outlet's canonical name, else the name as written, trimmed. */
export const canonicalOutlet = (written: string): string => knownOutlet(written) ?? written.replace(/\s+/g, ' ').trim();
