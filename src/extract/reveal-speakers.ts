import type { Attribution, SentenceView } from './attribution.js';
import type { DocumentEntities } from './coref.js';

/**
 * Later reveals. "…, a White House official said." followed by a paragraph that opens on a
 * named person ("John Kirby, National Security Council coordinator …"), or "A spokesperson for
 * the transit agency said …" followed by "The spokesperson, Marcus Lindqvist, said …": the
 * unnamed source is that person.
 */
export function revealSpeakers(found: Attribution[], views: SentenceView[], entities: DocumentEntities): void {
  const ordered = [...found].sort((a, b) => a.content.start - b.content.start);
  for (const statement of ordered) {
    if (statement.speaker.entityKey || !statement.speaker.revealable) continue;
    const person = namedInNextParagraph(statement, views, found, entities) ?? namedByLaterDescription(statement, ordered);
    if (!person) continue;
    statement.speaker = { ...statement.speaker, entityKey: person };
    const record = entities.get(person)!;
    const orgs = entities.mentions.filter((mention) => mention.kind === 'ORGANIZATION' && mention.start >= statement.speaker.mention.start && mention.end <= statement.speaker.mention.end);
    for (const org of orgs) entities.addOrganizationTo(record, org.entityKey, org);
    entities.propagateCountries();
  }
}

function namedInNextParagraph(statement: Attribution, views: SentenceView[], found: Attribution[], entities: DocumentEntities): string | null {
  const nextParagraph = views.find((view) => view.sentence.paragraph === statement.paragraph + 1);
  const opener = nextParagraph?.mentions[0];
  if (!opener || opener.kind !== 'PERSON' || opener.start !== nextParagraph.words[0].start) return null;
  // The paragraph must open on the full name, introduced as its subject: "John Kirby, … coordinator, …".
  if (opener.raw.kind !== 'PERSON' || opener.raw.nameWords.length < 2) return null;
  const spokeBefore = found.some((other) => other !== statement && other.speaker.entityKey === opener.entityKey && other.content.start < statement.content.start);
  return spokeBefore || !entities.get(opener.entityKey) ? null : opener.entityKey;
}

function namedByLaterDescription(statement: Attribution, ordered: Attribution[]): string | null {
  const head = descriptionHead(statement.speaker.description);
  if (!head) return null;
  const later = ordered.find((other) => other.content.start > statement.content.start && other.paragraph <= statement.paragraph + 1
    && other.speaker.entityKey && /^the\b/i.test(other.speaker.description ?? '') && descriptionHead(other.speaker.description) === head);
  return later?.speaker.entityKey ?? null;
}

/** "A spokesperson for the transit agency" → "spokesperson"; "The official" → "official". */
function descriptionHead(description: string | null): string | null {
  if (!description) return null;
  // Case matters for "who": "a senior WHO official" is about the official.
  const words = description.split(/[\s,]+/).map((word) => (word === 'WHO' ? word : word.toLowerCase()));
  const stop = words.findIndex((word, index) => index > 0 && ['who', 'for', 'of', 'at', 'from', 'with', 'in'].includes(word));
  return (stop === -1 ? words : words.slice(0, stop)).pop()?.replace(/[^\p{L}-]/gu, '') || null;
}
