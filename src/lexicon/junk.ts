/**
 * What scraped news pages wrap around the article, by shape. Each pattern carries an
 * example of what it removes; `clean.ts` applies them line by line.
 */
import { KNOWN_ORGANIZATIONS } from './organizations.js';

const AGENCIES = KNOWN_ORGANIZATIONS.filter((org) => org.newsAgency).flatMap((org) => [org.name, ...org.aliases]);
const agencyAlternation = AGENCIES.map((name) => name.replace(/[.]/g, '\\.')).join('|');
// Patterns that open with a lookbehind first check the letter they can start with: the regex
// engine then skips most positions at once instead of trying the lookbehind everywhere.
const agencyInitials = `(?=[${[...new Set(AGENCIES.map((name) => name[0]))].join('')}])`;

/** HTML elements whose content is never article text. */
export const INVISIBLE_ELEMENTS = /<(script|style|noscript|head|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** Tags that end a paragraph: they become line breaks. */
export const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'figure', 'figcaption', 'hr', 'title', 'body', 'html']);
export const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>/g;
export const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
export const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', aacute: 'á', iacute: 'í',
  oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', middot: '·', bull: '•',
};

/** Whole lines that are not article text. */
export const JUNK_LINES: Array<{ example: string; pattern: RegExp }> = [
  // An inserted related-article headline carries a timestamp mid-body.
  { example: 'Yoon warns against … 2023-09-06 20:09  |  North Korea', pattern: /\b\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}\b/ },
  { example: 'By Ana Ruiz | Culture', pattern: /^\s*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|\||—|-)\s*.{0,60})?\s*$/u },
  { example: 'Local News Reporter, Staff Writer', pattern: /^\s*(?:[\p{Lu}][\p{L}]+\s+){0,3}(?:Reporter|Correspondent|Writer|Editor|Columnist|Photographer)s?\s*$/u },
  { example: '(Reporting by Karin Stöhr in Vienna; Editing by Tom Hale)', pattern: /^\s*\(?\s*(?:Reporting|Writing|Editing|Additional reporting|Compiled|Translated) by\b/i },
  { example: 'Associated Press writer Maria Lind contributed to this report.', pattern: /contributed(?: reporting)? to this (?:report|story|article)\.?\s*$|^\s*(?:[\p{Lu}][\p{L}]+\s+){0,3}(?:writer|reporter|correspondent)s?\s.{0,80}\bcontributed\b/iu },
  { example: 'For media enquiries: …, -ENDS-', pattern: /^\s*(?:For (?:media|press|more) (?:enquiries|inquiries|information|contacts?)|Media contacts?|Press contacts?|-+\s*ENDS?\s*-+|###)\b/i },
  { example: '(AP Photo/Jane Doe)', pattern: /^\s*\(?\s*(?:AP|AFP|Reuters|EPA|Getty|Yonhap|File)?\s*(?:Photo|photo|Image|image|Picture)s?\b[^\n]{0,80}\)?\s*$/ },
  { example: 'Yonhap', pattern: new RegExp(`^\\s*\\(?(?:${agencyAlternation})\\)?\\s*$`) },
  { example: '… 2025 dpa-AFX. Alle Rechte vorbehalten. (a copyright line in any language)', pattern: /(?:^\s*\(c\)\s*\d{4}|\b(?:All rights reserved|Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos reservados|Todos os direitos reservados|Tutti i diritti riservati)\.?\s*$)/i },
  { example: 'Related: …, Read more: …, Advertisement', pattern: /^\s*(?:©|(?:Related(?: articles?| stories?)?|Read more|Read also|See also|Advertisement|Share this|Copyright|All rights reserved|Editor's note)\b)/i },
];

/** Credit fragments inside a line. */
export const CREDIT_FRAGMENTS: Array<{ example: string; pattern: RegExp }> = [
  { example: '(Yonhap) at the end of a paragraph', pattern: new RegExp(`\\((?:${agencyAlternation})\\)\\s*$`, 'g') },
  { example: '… Sept. 6. Yonhap (caption credit)', pattern: new RegExp(`${agencyInitials}(?<=[.!?]\\s{1,3})(?:${agencyAlternation})\\s*$`, 'g') },
  { example: '(AP Photo/Jane Doe), (File photo)', pattern: /\((?:[A-Z]{2,8} )?(?:Photo|photo|File photo|File Photo|Image)[^()\n]{0,60}\)/g },
  { example: 'Figure North Korean leader … (caption marker)', pattern: /^\s*(?:Figure|Photo|Image|Caption)\b[:.]?(?=\s+\p{Lu})/gu },
  { example: '… 2024. Photo by Erik Lindqvist/Getty Images, Photo: AFP / Saima Qureshi', pattern: /(?=[PI])(?<=[.!?]\s{0,3})(?:Photo|Picture|Image)s?\s*(?:by\b|:)[^\n]{0,80}$/gu },
  { example: '… 2025. REUTERS/Ana Beltrán', pattern: /(?=[(A-Z])(?<=[.!?]\s{0,3})\(?[A-Z]{2,}(?: Photo)?\s*\/\s*[\p{L}\p{M} .'’-]{2,60}\)?\s*$/gu },
];

/** "SEOUL, March 12 (Yonhap) --", "GENEVA —", "BERLIN, March 3 (Reuters) -". */
export const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’\/-]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{0,40})?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\([^()\n]{1,40}\))?\s*(?:--|—|–|-)\s+/u;

/** Share of Latin letters under which a trailing line is junk in another script ("(作者:汽车电瓶)"). */
export const MIN_LATIN_SHARE = 0.5;

/**
 * Page furniture written as a label and a colon ("UPDATE: …", "WATCH: …", "EMAIL: …"): the
 * label is no one speaking, however much it looks like a transcript's "TAPPER: …".
 */
export const FURNITURE_LABELS = new Set([
  'breaking', 'update', 'updated', 'updates', 'watch', 'read', 'listen', 'see', 'email', 'e-mail', 'pic', 'pics', 'photo', 'photos',
  'video', 'videos', 'correction', 'clarification', 'note', 'related', 'more', 'also', 'live', 'exclusive', 'advertisement', 'sponsored',
  'editor', "editor's", 'editor’s', 'click', 'subscribe', 'share', 'follow', 'contact', 'tags', 'topics', 'source', 'credit', 'caption',
]);
