import type { StatementAct } from '../graph/facts.js';

/**
 * The act of a learned cue, by its lemma (wink's lemma, lower case). Lemmas not listed are
 * SPEECH: "said", "told", "wrote", "according to", a colon. Drawn from the cue words PolNeAR's
 * annotators marked, grouped by the four acts; a source that is a poll, study or
 * report makes EVIDENCE whatever its verb ("the poll found …").
 */
const ACT_BY_LEMMA: Record<Exclude<StatementAct, 'SPEECH'>, string[]> = {
  // "blasted Ryan", "praised the deal", "accused X of Y": speech aimed at a target.
  APPRAISAL: [
    'blast', 'praise', 'blame', 'accuse', 'deny', 'endorse', 'criticize', 'criticise', 'attack', 'slam', 'condemn', 'applaud',
    'defend', 'reject', 'dismiss', 'mock', 'thank', 'welcome', 'oppose', 'back', 'support', 'denounce', 'hail', 'laud', 'ridicule',
    'disparage', 'question', 'challenge', 'chide', 'rebuke', 'fault', 'target', 'credit', 'congratulate', 'lambast', 'lambaste',
    'decry', 'deride', 'insult', 'knock', 'bash', 'champion', 'tout', 'celebrate', 'dispute', 'refute', 'contest', 'scold', 'call',
    'label', 'describe', 'characterize', 'dub', 'brand', 'refer', 'mention', 'cite', 'invoke', 'highlight', 'propose', 'recommend',
  ],
  // "Trump believes …", "Democrats fear …": what a source thinks, wants, fears or hopes.
  BELIEF: [
    'believe', 'think', 'want', 'fear', 'hope', 'expect', 'worry', 'feel', 'know', 'wish', 'plan', 'intend', 'doubt', 'consider',
    'assume', 'suspect', 'understand', 'seem', 'appear', 'see', 'view', 'regard', 'prefer', 'like', 'love', 'hate', 'trust', 'agree',
    'disagree', 'seek', 'aim', 'need', 'care', 'favor', 'favour', 'imagine', 'figure', 'guess', 'realize', 'recognize', 'remember',
    'focus', 'determine', 'decide', 'refuse', 'decline', 'try', 'struggle', 'hesitate',
  ],
  // "the poll shows …", "the study found …": evidence as the source.
  EVIDENCE: ['show', 'find', 'indicate', 'reveal', 'suggest', 'demonstrate', 'confirm', 'measure', 'rank', 'project', 'predict', 'estimate'],
};

/** Evidence verbs that stay evidence whoever the source is: "researchers found …", "the numbers show …". */
const ALWAYS_EVIDENCE = new Set(['show', 'find', 'demonstrate', 'measure', 'rank']);

/** Heads of sources that are evidence rather than a speaker: "a Quinnipiac poll", "the report". */
const EVIDENCE_SOURCES = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'research', 'figures', 'numbers', 'statistics', 'census', 'audit', 'review', 'investigation', 'index', 'estimates', 'results', 'findings', 'records', 'documents']);

const ACTS = new Map<string, StatementAct>();
for (const [act, lemmas] of Object.entries(ACT_BY_LEMMA) as Array<[StatementAct, string[]]>) for (const lemma of lemmas) ACTS.set(lemma, act);

/**
 * "a new poll shows" → EVIDENCE; "blasted" → APPRAISAL; "believes" → BELIEF; "said" → SPEECH.
 * Evidence verbs with a person as source are speech ("she suggested"); so are appraisals
 * reported with a clause ("denied that …") — `withClause` tells.
 */
export function actOfCue(lemma: string, sourceHead: string | null, withClause: boolean): StatementAct {
  if (sourceHead && EVIDENCE_SOURCES.has(sourceHead.toLowerCase())) return 'EVIDENCE';
  const act = ACTS.get(lemma.toLowerCase()) ?? 'SPEECH';
  if (act === 'EVIDENCE') return ALWAYS_EVIDENCE.has(lemma.toLowerCase()) ? 'EVIDENCE' : 'SPEECH';
  if (act === 'APPRAISAL' && withClause) return 'SPEECH';
  return act;
}
