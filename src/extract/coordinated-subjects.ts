import type { ResolvedMention } from './coref.js';
import { fromMention, mentionEndingAt, SUBJECT_LIMIT, type Speaker, type SpeakerContext } from './speaker-basics.js';
import { isFiniteVerb, isPossessive } from './words.js';

/**
 * A subject of several names joined by commas and "and" ("Ada Lind, MSNBC's Tom Reyes and Mark
 * Holt argued …"): the statement is theirs together. The speaker's words run over all of them;
 * its entity is the first named, as a byline's first author leads. The last name alone when it
 * stands alone (null here).
 */
export function jointSubject(context: SpeakerContext, last: ResolvedMention, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let lead: ResolvedMention | null = null;
  let at = words.findIndex((word) => word.start === last.start);
  for (let joints = 0; at > 0 && joints < MAX_CONJUNCTS; joints++) {
    // "MSNBC's Tom Reyes": an owner before the name belongs to the conjunct.
    if (isPossessive(words[at - 1]) && at >= 2) {
      const owner = mentionEndingAt(context, words[at - 2].end);
      if (owner) at = words.findIndex((word) => word.start === owner.start);
      if (owner && words[at - 1]?.text.toLowerCase() === 'the') at--;
    }
    let j = at - 1;
    // Walking back from the last name, the first joint is "and" (", and"), the ones before it commas.
    if (joints === 0) {
      if (words[j]?.text.toLowerCase() !== 'and') break;
      j--;
      if (words[j]?.text === ',') j--;
    } else if (words[j]?.text === ',') j--;
    else break;
    const previous = j >= 0 ? mentionEndingAt(context, words[j].end) : undefined;
    if (!previous || previous.kind !== last.kind) break;
    lead = previous;
    at = words.findIndex((word) => word.start === previous.start);
  }
  // The names must open their clause: in "expelled envoys from Estonia, Finland, and Moscow said …" they
  // end one clause and the last opens the next.
  const before = words[at - 1];
  if (!lead || (before && !CLAUSE_OPENERS.has(before.pos) && before.text.toLowerCase() !== 'the')) return null;
  const mention = { start: lead.start, end: last.end, text: text(lead.start, last.end) };
  return { ...fromMention(lead), mention, description: mention.text };
}

/**
 * "Ada Lind, the mayor, and Tom Holt, the harbor master, said": the names before ", and" (word
 * `and`), each with its apposition, open the clause with no verb of their own, and are of the
 * last name's kind: the statement is theirs together, led by the first. Null otherwise.
 */
export function jointBeforeAnd(context: SpeakerContext, and: number, last: ResolvedMention, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  let start = and - 1;
  while (start > 0 && and - start <= MAX_LIST_WORDS && !SUBJECT_LIMIT.has(words[start - 1].text)) start--;
  const before = words.slice(start, and);
  if (before.some(isFiniteVerb)) return null;
  const lead = context.mentions.find((mention) => mention.start === words[start].start || (words[start].text.toLowerCase() === 'the' && mention.start === words[start + 1]?.start));
  // "Le Pen's niece Marion": an owner's name is not the one who speaks.
  const afterLead = words.find((word) => word.start >= (lead?.end ?? 0));
  if (!lead || lead.kind !== last.kind || lead.start >= last.start || words[start - 1]?.pos === 'ADP' || (afterLead && isPossessive(afterLead))) return null;
  const mention = { start: lead.start, end: last.end, text: text(lead.start, last.end) };
  return { ...fromMention(lead), mention, description: mention.text };
}

const MAX_LIST_WORDS = 24;
const MAX_CONJUNCTS = 6;
const CLAUSE_OPENERS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
