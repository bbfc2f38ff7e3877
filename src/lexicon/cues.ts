/**
 * Speech and communication cues that attribute content to a source, by lemma.
 * `complement` says what follows the cue: a clause ("said (that) …"), an object then an
 * infinitive ("urged Seoul to …", "called on X to …"), or a quotation only.
 */
export type CueFrame = 'clause' | 'object-to' | 'either' | 'characterize';

export interface CueVerb {
  lemma: string;
  frame: CueFrame;
  /** Particles that belong to the cue: "called on", "hinted at", "pointed out". */
  particle?: string;
}

export const CUE_VERBS: CueVerb[] = [
  { lemma: 'say', frame: 'clause' }, { lemma: 'tell', frame: 'clause' }, { lemma: 'add', frame: 'clause' },
  { lemma: 'warn', frame: 'either' }, { lemma: 'urge', frame: 'object-to' }, { lemma: 'note', frame: 'clause' },
  { lemma: 'stress', frame: 'clause' }, { lemma: 'insist', frame: 'clause' }, { lemma: 'deny', frame: 'clause' },
  { lemma: 'claim', frame: 'clause' }, { lemma: 'announce', frame: 'clause' }, { lemma: 'call', frame: 'object-to', particle: 'on' },
  { lemma: 'argue', frame: 'clause' }, { lemma: 'write', frame: 'clause' }, { lemma: 'state', frame: 'clause' },
  { lemma: 'explain', frame: 'clause' }, { lemma: 'confirm', frame: 'clause' }, { lemma: 'declare', frame: 'clause' },
  { lemma: 'reply', frame: 'clause' }, { lemma: 'respond', frame: 'clause' }, { lemma: 'answer', frame: 'clause' }, { lemma: 'suggest', frame: 'clause' }, { lemma: 'imply', frame: 'clause' }, { lemma: 'insinuate', frame: 'clause' },
  { lemma: 'predict', frame: 'clause' }, { lemma: 'acknowledge', frame: 'clause' }, { lemma: 'admit', frame: 'clause' },
  { lemma: 'estimate', frame: 'clause' }, { lemma: 'allege', frame: 'clause' }, { lemma: 'vow', frame: 'either' },
  { lemma: 'pledge', frame: 'either' }, { lemma: 'promise', frame: 'either' }, { lemma: 'threaten', frame: 'either' },
  { lemma: 'emphasize', frame: 'clause' }, { lemma: 'emphasise', frame: 'clause' }, { lemma: 'reiterate', frame: 'clause' },
  { lemma: 'comment', frame: 'clause' }, { lemma: 'caution', frame: 'either' }, { lemma: 'assert', frame: 'clause' },
  { lemma: 'contend', frame: 'clause' }, { lemma: 'maintain', frame: 'clause' }, { lemma: 'report', frame: 'clause' },
  { lemma: 'recall', frame: 'clause' }, { lemma: 'observe', frame: 'clause' }, { lemma: 'remark', frame: 'clause' },
  { lemma: 'complain', frame: 'clause' }, { lemma: 'concede', frame: 'clause' }, { lemma: 'accuse', frame: 'object-to' },
  { lemma: 'ask', frame: 'object-to' }, { lemma: 'demand', frame: 'either' }, { lemma: 'hint', frame: 'clause', particle: 'at' },
  { lemma: 'point', frame: 'clause', particle: 'out' }, { lemma: 'indicate', frame: 'clause' }, { lemma: 'signal', frame: 'clause' },
  { lemma: 'reveal', frame: 'clause' }, { lemma: 'disclose', frame: 'clause' }, { lemma: 'testify', frame: 'clause' },
  { lemma: 'tweet', frame: 'clause' }, { lemma: 'post', frame: 'clause' }, { lemma: 'describe', frame: 'clause' },
  { lemma: 'shout', frame: 'clause' }, { lemma: 'joke', frame: 'clause' }, { lemma: 'quip', frame: 'clause' },
  { lemma: 'retort', frame: 'clause' }, { lemma: 'yell', frame: 'clause' }, { lemma: 'muse', frame: 'clause' }, { lemma: 'repeat', frame: 'clause' }, { lemma: 'email', frame: 'clause' },
  { lemma: 'counter', frame: 'clause' }, { lemma: 'object', frame: 'clause' }, { lemma: 'agree', frame: 'clause' },
  { lemma: 'forecast', frame: 'clause' }, { lemma: 'concur', frame: 'clause' }, { lemma: 'boast', frame: 'clause' },
  { lemma: 'lament', frame: 'clause' }, { lemma: 'conclude', frame: 'clause' }, { lemma: 'believe', frame: 'clause' },
  { lemma: 'think', frame: 'clause' }, { lemma: 'expect', frame: 'clause' }, { lemma: 'hope', frame: 'clause' },
  { lemma: 'advise', frame: 'object-to' }, { lemma: 'encourage', frame: 'object-to' },
  { lemma: 'appeal', frame: 'object-to', particle: 'to' }, { lemma: 'remind', frame: 'object-to' }, { lemma: 'assure', frame: 'object-to' },
  { lemma: 'inform', frame: 'object-to' }, { lemma: 'reassure', frame: 'object-to' }, { lemma: 'cite', frame: 'clause' }, { lemma: 'criticize', frame: 'clause' }, { lemma: 'criticise', frame: 'clause' },
  { lemma: 'continue', frame: 'clause' },
];

/** Cues of belief or hope count only with a quotation, never for bare clauses ("officials expect growth"). */
export const QUOTE_ONLY_CUES = new Set(['believe', 'think', 'expect', 'hope', 'criticize', 'criticise', 'describe', 'object', 'agree', 'continue']);

/** Nouns that make "<source> said in a statement" style cues and "according to <noun>" sources. */
export const SOURCE_DOCUMENTS = new Set(['statement', 'report', 'indictment', 'filing', 'letter', 'memo', 'post', 'interview', 'briefing', 'release', 'study', 'survey', 'document', 'documents', 'complaint', 'ruling', 'judgment', 'verdict', 'order', 'opinion', 'lawsuit', 'motion', 'brief', 'memorandum', 'data', 'figures', 'estimates', 'poll', 'paper']);

/** What a source issues, posts or sends, with the words it says: "issued a statement saying …". */
export const ISSUED_WORDS = new Set(['statement', 'letter', 'release', 'post', 'tweet', 'email', 'message', 'video', 'memo', 'note', 'ad', 'advertisement', 'commercial', 'mailer', 'flyer', 'cover', 'petition', 'notice']);

/** What is written besides documents and messages: "wrote a book", "penned an op-ed" (the work, not what it says). */
export const WRITTEN_WORKS = new Set(['book', 'op-ed', 'column', 'essay', 'article', 'piece', 'story', 'editorial', 'novel', 'memoir', 'speech', 'bill', 'draft']);

/** Where words were posted: "wrote on Twitter: “…”", "said on his Facebook page:". */
export const MEDIA_NOUNS = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'truth', 'social', 'website', 'blog', 'account', 'feed', 'page', 'channel', 'podcast', 'show', 'his', 'her', 'its', 'their']);

/** "told reporters", "told the press briefing": objects that are audiences, not content. */
export const AUDIENCE_NOUNS = new Set(['reporters', 'journalists', 'press', 'briefing', 'conference', 'audience', 'lawmakers', 'parliament', 'congress', 'senate', 'court', 'jury', 'judge', 'crowd', 'supporters', 'fans', 'listeners', 'viewers', 'readers', 'delegates', 'staff', 'employees', 'workers', 'students', 'members', 'colleagues', 'investors', 'analysts', 'media', 'newspaper', 'radio', 'television', 'tv', 'broadcaster', 'agency', 'interviewer', 'committee', 'council', 'assembly', 'summit', 'gathering', 'meeting', 'forum', 'rally', 'news']);

export const CUE_LEMMAS = new Set(CUE_VERBS.map((cue) => cue.lemma));
export const CUE_BY_LEMMA = new Map(CUE_VERBS.map((cue) => [cue.lemma, cue]));

/**
 * Modals before a speech verb make it an act to come, not one reported: "Moscow said it would
 * respond …". Only "would say" stays speech ("he would only say that …" tells what he said).
 */
/** Words that negate the verb after them, with either apostrophe: "did not say", "never told", "didn’t comment" report nothing. */
/** Conjunctions that open a clause of their own, which the tagger sometimes reads as prepositions ("as results came in"). */
export const CLAUSE_CONJUNCTIONS = new Set(['as', 'when', 'while', 'because', 'although', 'though', 'since', 'after', 'before', 'until', 'once', 'whereas']);

export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);

export const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'must', 'can', 'shall']);

/**
 * Verbs and adjectives that hand their subject to an infinitive cue whose act took place:
 * "went on to say", "began to argue", "was quick to praise", "took to Twitter to call", "used
 * the speech to warn" (control-verbs.ts). Wishes and plans ("wants to say", "plans to
 * announce") are not here: their act has not happened.
 */
export const CONTROL_VERBS = new Set(['begin', 'start', 'continue', 'proceed', 'hasten', 'hurry', 'rush', 'pause', 'stop', 'return', 'move']);
/** "went on to say", "moved on to argue": a verb that needs its particle. */
export const CONTROL_PHRASAL_VERBS = new Set(['go', 'move', 'carry', 'follow']);
/** "was quick to praise", "the first candidate to call for": an adjective after "be". */
export const CONTROL_ADJECTIVES = new Set(['quick', 'swift', 'fast', 'first', 'last', 'only', 'careful']);
/** "took to Twitter to call", "went on CNN to argue", "appeared before reporters to say": a verb of going somewhere to speak. */
export const VENUE_VERBS = new Set(['take', 'go', 'head', 'turn', 'rush', 'appear', 'return', 'come', 'hop', 'log', 'stand', 'rise', 'step']);
/** "used the speech to warn", "seized the moment to attack": the object is the means, the subject speaks. */
export const MEANS_VERBS = new Set(['use', 'seize']);
/** "took the stage to say", "took the opportunity to thank": what "take" may take before its infinitive. */
export const TAKEN_OCCASIONS = new Set(['opportunity', 'occasion', 'chance', 'moment', 'time', 'stage', 'floor', 'podium', 'microphone', 'mic', 'lectern']);

/** Where words are spoken or published: "in a call with reporters", "during a speech", "on Twitter" (acts.ts ends a target before them). */
export const SPEECH_VENUES = new Set([
  'interview', 'interviews', 'call', 'statement', 'statements', 'speech', 'speeches', 'letter', 'tweet', 'tweets', 'post', 'briefing',
  'conference', 'appearance', 'hearing', 'debate', 'rally', 'release', 'email', 'memo', 'op-ed', 'column', 'video', 'remarks', 'address',
  'twitter', 'facebook', 'podcast', 'broadcast', 'show', 'program', 'programme', 'town', 'event', 'forum', 'testimony',
]);
