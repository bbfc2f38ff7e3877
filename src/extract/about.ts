import type { Attribution, SentenceView } from './attribution.js';
import { ORGANIZATION_KINDS } from '../lexicon/organizations.js';
import { REFERRING_COUNTRY_HEADS as COUNTRY_HEADS, REFERRING_ORGANIZATION_HEADS as ORGANIZATION_HEADS } from '../lexicon/people.js';
import type { DocumentEntities, ResolvedMention } from './coref.js';
import { firstNotBefore } from './sorted.js';

/**
 * What a statement is about: the entities its content names (names, aliases, metonyms,
 * demonyms), plus those it refers to by a description whose referent is clear: "the company",
 * "the union", "the country", "his government" — never the speaker itself.
 */
const DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my']);
const SPEAKER_POSSESSIVES = new Set(['his', 'her', 'their', 'our', 'my']);

export function aboutOf(statement: Attribution, views: SentenceView[], entities: DocumentEntities): string[] {
  const { start, end } = statement.content;
  const speaker = statement.speaker.entityKey;
  const about = new Set<string>();
  const overlapping: SentenceView[] = [];
  for (let i = firstView(views, start); i < views.length && views[i].sentence.start <= end; i++) overlapping.push(views[i]);
  for (const view of overlapping) {
    for (const mention of view.mentions) if (mention.start >= start && mention.end <= end) about.add(mention.entityKey);
  }
  for (const view of overlapping) {
    const { words } = view;
    for (let i = 1; i < words.length; i++) {
      if (words[i].start < start || words[i].end > end) continue;
      const determiner = words[i - 1].text.toLowerCase();
      const head = words[i].text.toLowerCase();
      // "the company", "the Commission", "the bloc" — a capitalised head only after "the".
      if (!DETERMINERS.has(determiner) || (words[i].capitalized && determiner !== 'the' && !COUNTRY_HEADS.has(head))) continue;
      const referent = ORGANIZATION_HEADS.has(head)
        ? speakersOrganization(entities, head, determiner, speaker) ?? latestOrganization(entities, head, words[i].start, speaker)
        : COUNTRY_HEADS.has(head) ? countryReferent(entities, views, determiner, words[i].start, start, speaker) : null;
      if (referent) about.add(referent);
    }
  }
  if (speaker) about.delete(speaker);
  return [...about];
}

/** "the company" in what a company's chief executive says is that company. */
function speakersOrganization(entities: DocumentEntities, head: string, determiner: string, speaker: string | null): string | null {
  const own = speaker ? entities.get(speaker)?.entity : undefined;
  if (own?.kind !== 'PERSON') return null;
  const kinds = ORGANIZATION_KINDS[head] ?? [head];
  const ofKind = own.organizations.find((key) => kinds.some((word) => entities.get(key)?.entity.name.toLowerCase().includes(word)));
  // "his side", "our company": the speaker's own organization, whatever its name.
  return ofKind ?? (SPEAKER_POSSESSIVES.has(determiner) ? own.organizations[0] ?? null : null);
}

/** "the union" → the latest organization before it whose name says it is one, else the latest named one. */
function latestOrganization(entities: DocumentEntities, head: string, before: number, speaker: string | null): string | null {
  const candidates = [...entities.mentionsBefore(before)].filter((mention) => mention.kind === 'ORGANIZATION' && mention.entityKey !== speaker);
  const kinds = ORGANIZATION_KINDS[head] ?? [head];
  const named = candidates.find((mention) => kinds.some((word) => entities.get(mention.entityKey)!.entity.name.toLowerCase().includes(word)));
  if (named) return named.entityKey;
  return ['company', 'firm', 'side', 'team', 'club'].includes(head) ? candidates[0]?.entityKey ?? null : null;
}

/** "his country" → the speaker's country; "the country" → the first country of the latest sentence that names one. */
function countryReferent(entities: DocumentEntities, views: SentenceView[], determiner: string, before: number, contentStart: number, speaker: string | null): string | null {
  if (SPEAKER_POSSESSIVES.has(determiner)) {
    const own = speaker ? entities.get(speaker)?.entity : undefined;
    return own?.kind === 'COUNTRY' ? own.key : own?.country ?? null;
  }
  // The same sentence before the statement first ("When asked why North Korea would …, he noted the country …").
  const current = firstView(views, before);
  const earlierHere = views[current]?.mentions.find((mention: ResolvedMention) => mention.kind === 'COUNTRY' && mention.end <= contentStart && mention.entityKey !== speaker);
  if (earlierHere) return earlierHere.entityKey;
  for (let i = current - 1; i >= 0 && i >= current - 20; i--) {
    const country = views[i].mentions.find((mention: ResolvedMention) => mention.kind === 'COUNTRY' && mention.entityKey !== speaker);
    if (country) return country.entityKey;
  }
  return null;
}

/** Index of the first sentence that ends at or after `offset` (views are in text order). */
const firstView = (views: SentenceView[], offset: number): number => firstNotBefore(views, (view) => view.sentence.end < offset);
