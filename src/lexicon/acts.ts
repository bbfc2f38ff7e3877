import type { StatementAct } from '../graph/facts.js';

/**
 * Cues of attribution that are not reported words (issue 12), by lemma: what the source thinks,
 * wants or fears (BELIEF), and acts of speech aimed at a target with no reported clause
 * (APPRAISAL). Speech cues are in `cues.ts`; a lemma in both ("deny", "accuse") is speech with
 * a reported clause and an appraisal with only an object.
 *
 * `frames` says what may follow the cue and becomes the content:
 * - `clause`: "Trump believes (that) the race is over";
 * - `to`: an infinitive, "Democrats want to win the House";
 * - `object`: the target phrase, "blasted Ryan", "endorsed Clinton in the primary", "accused him of lying".
 * `particle` is a preposition that belongs to the cue ("worried about", "called for", "rail against"), or
 * the words of a phrasal verb ("lashed out at", "took aim at"), which must follow the verb.
 *
 * Drawn from the most frequent cues PolNeAR annotates that speech verbs do not cover (the
 * develop part's missed-cue list of `whosaid eval --polnear`), kept to verbs whose subject is
 * the source in nearly every use.
 */
export type ActFrame = 'clause' | 'to' | 'object';

export interface ActCue {
  lemma: string;
  act: Exclude<StatementAct, 'SPEECH' | 'EVIDENCE'>;
  frames: ActFrame[];
  particle?: string;
  /** A phrasal verb whose verb alone is a deed or nothing ("laid off", "took over"): it is a cue only with its particle. */
  phrasal?: boolean;
}

const belief = (lemma: string, frames: ActFrame[], particle?: string): ActCue => ({ lemma, act: 'BELIEF', frames, particle });
const appraisal = (lemma: string, particle?: string): ActCue => ({ lemma, act: 'APPRAISAL', frames: ['object'], particle });
const phrasal = (lemma: string, particle: string): ActCue => ({ lemma, act: 'APPRAISAL', frames: ['object'], particle, phrasal: true });

export const ACT_CUES: ActCue[] = [
  // Thinking and knowing: a clause.
  belief('think', ['clause']), belief('believe', ['clause']), belief('know', ['clause']), belief('feel', ['clause']),
  belief('suspect', ['clause']), belief('assume', ['clause']), belief('realize', ['clause']), belief('doubt', ['clause']),
  belief('fear', ['clause', 'object']), belief('worry', ['clause']), belief('worry', ['object'], 'about'),
  belief('hope', ['clause', 'to']), belief('expect', ['clause', 'to']), belief('wonder', ['clause']),
  belief('see', ['clause']), belief('remember', ['clause']), belief('recognize', ['clause']),
  // Wanting and intending: an infinitive or a thing wanted.
  belief('want', ['to', 'object']), belief('wish', ['to', 'clause']), belief('plan', ['to']), belief('intend', ['to']),
  belief('seek', ['to', 'object']), belief('aim', ['to']), belief('refuse', ['to']), belief('decline', ['to']),
  belief('prefer', ['to', 'object']), belief('decide', ['to', 'clause']),
  // Standing with or against: the thing supported.
  belief('support', ['object']), belief('oppose', ['object']), belief('favor', ['object']), belief('back', ['object']),
  belief('like', ['object']), belief('love', ['object']), belief('hate', ['object']),
  belief('consider', ['object']), belief('view', ['object']), belief('embrace', ['object']),
  belief('agree', ['object'], 'with'), belief('disagree', ['object'], 'with'), belief('disagree', ['clause']),
  // Acts of speech aimed at a target.
  appraisal('endorse'), appraisal('praise'), appraisal('criticize'), appraisal('criticise'), appraisal('attack'),
  appraisal('blast'), appraisal('slam'), appraisal('defend'), appraisal('reject'), appraisal('deny'), appraisal('dismiss'),
  appraisal('question'), appraisal('blame'), appraisal('accuse'), appraisal('condemn'), appraisal('denounce'),
  appraisal('mock'), appraisal('decry'), appraisal('challenge'), appraisal('tout'), appraisal('welcome'),
  appraisal('applaud'), appraisal('hail'), appraisal('thank'), appraisal('congratulate'), appraisal('champion'),
  appraisal('knock'), appraisal('assail'), appraisal('deride'), appraisal('rebut'), appraisal('bemoan'),
  appraisal('ridicule'), appraisal('lambaste'), appraisal('berate'), appraisal('laud'), appraisal('commend'),
  appraisal('dispute'), appraisal('cite'), appraisal('mention'), appraisal('discuss'), appraisal('highlight'),
  appraisal('propose'), appraisal('offer'), appraisal('describe'), appraisal('demand'), appraisal('request'), appraisal('promote'), appraisal('advocate'),
  appraisal('call', 'for'), appraisal('push', 'for'), appraisal('ask', 'for'), appraisal('rail', 'against'),
  appraisal('talk', 'about'), appraisal('speak', 'about'), appraisal('speak', 'of'), appraisal('refer', 'to'),
  appraisal('complain', 'about'), appraisal('warn', 'against'), appraisal('warn', 'of'),
  // Phrasal acts of speech whose verb alone is a deed or nothing: "laid out a plan", "lashed out at
  // Ryan", "singled out the mayor", "touched on trade", "weighed in on", "took aim at", "went after".
  phrasal('lay', 'out'), phrasal('single', 'out'), phrasal('lash', 'out at'), phrasal('lash', 'out against'),
  phrasal('speak', 'out against'), phrasal('speak', 'out about'), phrasal('focus', 'on'), phrasal('touch', 'on'),
  phrasal('weigh', 'in on'), phrasal('balk', 'at'), phrasal('hit', 'back at'), phrasal('fire', 'back at'),
  phrasal('push', 'back on'), phrasal('push', 'back against'), phrasal('go', 'after'), phrasal('take', 'aim at'),
  phrasal('take', 'issue with'),
];

/**
 * A refusal to speak reports nothing ("declined to comment", "refused to say whether …"): the
 * verbs of refusal, and the verbs of speaking they may refuse besides the speech cues (cues.ts).
 */
export const REFUSAL_CUES = new Set(['decline', 'refuse']);
export const SPEAKING_VERBS = new Set(['comment', 'elaborate', 'speculate', 'discuss', 'answer', 'respond', 'specify', 'disclose', 'detail', 'talk', 'speak', 'identify', 'name']);

/**
 * Stances told by an adjective after a copula: "is supportive of the plan", "remains critical of
 * the deal", "was eager to run", "is confident that …". The copula's subject is the source; the
 * particle, when the adjective needs one, belongs to the cue ("critical to the economy" is none).
 */
export const STANCE_ADJECTIVES: ReadonlyMap<string, ActCue[]> = [
  belief('supportive', ['object'], 'of'), appraisal('critical', 'of'), belief('hostile', ['object'], 'to'), belief('hostile', ['object'], 'toward'),
  belief('enamored', ['object'], 'of'), belief('enamored', ['object'], 'with'), belief('skeptical', ['object'], 'of'), belief('skeptical', ['object'], 'about'),
  belief('wary', ['object'], 'of'), belief('fond', ['object'], 'of'), belief('sympathetic', ['object'], 'to'), belief('opposed', ['object'], 'to'),
  belief('concerned', ['object'], 'about'), belief('optimistic', ['object'], 'about'), belief('pessimistic', ['object'], 'about'),
  belief('confident', ['object'], 'in'), belief('confident', ['object'], 'about'),
  belief('eager', ['to']), belief('willing', ['to']), belief('unwilling', ['to']), belief('reluctant', ['to']), belief('determined', ['to']), belief('keen', ['to']),
  belief('confident', ['clause']), belief('convinced', ['clause']), belief('sure', ['clause']), belief('aware', ['clause']), belief('certain', ['clause']),
  belief('optimistic', ['clause']), belief('hopeful', ['clause']), belief('concerned', ['clause']),
  // Feelings about something, told the same way: "is worried (that) …", "was frustrated with the pace".
  belief('worried', ['clause']), belief('worried', ['object'], 'about'), belief('afraid', ['clause']), belief('afraid', ['object'], 'of'),
  belief('nervous', ['object'], 'about'), belief('anxious', ['object'], 'about'), belief('excited', ['object'], 'about'), belief('hopeful', ['object'], 'about'),
  belief('frustrated', ['object'], 'with'), belief('frustrated', ['object'], 'by'), belief('disappointed', ['object'], 'in'), belief('disappointed', ['object'], 'with'),
  belief('disappointed', ['object'], 'by'), belief('upset', ['object'], 'about'), belief('upset', ['object'], 'with'), belief('angry', ['object'], 'about'),
  belief('angry', ['object'], 'at'), belief('angry', ['object'], 'with'), belief('unhappy', ['object'], 'with'), belief('unhappy', ['object'], 'about'),
  belief('pleased', ['object'], 'with'), belief('happy', ['object'], 'with'), belief('satisfied', ['object'], 'with'),
].reduce((map, cue) => map.set(cue.lemma, [...(map.get(cue.lemma) ?? []), cue]), new Map<string, ActCue[]>());

/** Nouns whose first word is a cue verb's: "a Kenyan think tank", "a talk show host". */
export const CUE_COMPOUND_NOUNS = new Set(['think tank', 'think tanks', 'talk show', 'talk shows', 'show trial', 'report card', 'talk radio', 'sound bite', 'push poll']);

/** Act cues by lemma; a lemma may have one cue with its particle and one without. */
export const ACT_CUES_BY_LEMMA: ReadonlyMap<string, ActCue[]> = ACT_CUES.reduce((map, cue) => map.set(cue.lemma, [...(map.get(cue.lemma) ?? []), cue]), new Map<string, ActCue[]>());

/** A lemma that attributes a belief ("think", "believe", "want"): negated, it still does ("Trump doesn't believe …"). */
export const attributesBelief = (lemma: string): boolean => ACT_CUES_BY_LEMMA.get(lemma)?.some((cue) => cue.act === 'BELIEF') ?? false;

/**
 * Verbs of communication whose object the learned cue reader may take as a target, besides the
 * appraisals above: what is said, not what is done — "expressed concern", "echoed the charge",
 * "likened the plan to …". Deeds are left out however often PolNeAR marks them ("ordered a
 * review", "voted for Clinton", "signed the bill"), and so are verbs with a common second sense
 * that is a deed ("pointed to the spot", "raised taxes", "released the prisoners", "issued bonds").
 */
export const COMMUNICATION_VERBS = new Set([
  'express', 'voice', 'echo', 'repeat', 'compare', 'liken', 'plead', 'spar', 'recommend', 'preview', 'outline', 'characterize',
  'label', 'brand', 'dub', 'portray', 'invoke', 'allude', 'answer', 'recount', 'detail', 'lobby', 'reference', 'broach',
  'stress', 'underscore', 'emphasize', 'signal', 'hint', 'preach',
  // Speech cues whose object is what was said ("said the same", "announced plans", "confirmed the report"); not
  // those with a second, non-speech sense ("recalled its ambassador", "added sugar", "posted a loss", "argued over").
  'say', 'tell', 'announce', 'report', 'tweet', 'write', 'confirm', 'reveal', 'disclose', 'predict', 'estimate',
  'acknowledge', 'admit', 'reiterate', 'claim', 'concede', 'forecast', 'state', 'note', 'explain', 'suggest', 'declare',
  'insist', 'allege', 'testify', 'remark', 'lament', 'boast', 'joke', 'quip', 'shout', 'warn', 'urge',
  // Pledges with an object: "promised a country of new opportunities", "pledged a full review".
  'promise', 'pledge', 'vow',
  // "pointed to his record": a citation; "pointed to the spot" is a deed (POINTED_PLACES).
  'point',
  // What one shows, names or passes on: "retweeted the post", "quoted the senator", "addressed the issue", "listed
  // names", "unveiled a plan", "identified the suspect" (their deeds are rare in news).
  'retweet', 'quote', 'address', 'list', 'unveil', 'identify',
]);

/** What a pointing hand aims at: "pointed to the spot", "pointed at the sky" are deeds, "pointed to the polls" a citation. */
export const POINTED_PLACES = new Set([
  'spot', 'sky', 'ground', 'floor', 'door', 'doorway', 'exit', 'screen', 'ceiling', 'map', 'window', 'direction', 'corner',
  'goal', 'net', 'line', 'sideline', 'scoreboard', 'stands', 'crowd', 'bench', 'camera', 'field', 'pitch', 'box', 'area',
  'wall', 'tunnel', 'ball', 'horizon', 'building', 'street', 'river', 'sea', 'shore', 'hill', 'ship', 'car', 'gun', 'badge',
]);

/** Verbs of making a text: their object is the text made ("wrote the letter", "issued a statement"), no appraisal of it. */
export const WRITING_VERBS = new Set(['write', 'pen', 'draft', 'publish', 'issue', 'release', 'send', 'post', 'author', 'sign']);

/**
 * Words whose subject is no source: raising verbs ("Lind seemed to suggest …", "the plan appears
 * to be dead": the writer's reading, not Lind's act) and hedging adverbs ("reportedly", "allegedly":
 * a source the text does not name). The learned cue reader proposes them; no speaker comes of them.
 */
export const NOT_SOURCE_CUES = new Set(['seem', 'appear', 'tend', 'happen', 'reportedly', 'allegedly', 'apparently', 'seemingly', 'supposedly', 'purportedly']);

/**
 * Raising verbs whose clause is the writer's reading, attributed to nobody: "the plan appears to
 * be dead", "investors seem unconvinced" (PolNeAR marks them with no source, the subject and the
 * complement as content). The learned cue reader makes them beliefs with no speaker.
 */
export const WRITER_READING_VERBS = new Set(['seem', 'appear']);

/** Verbs of perceiving whose passive with "as" is a reading nobody is named for: "is widely seen as", "was viewed as", "is regarded as". */
export const PERCEIVED_AS_VERBS = new Set(['see', 'view', 'regard', 'perceive']);

/** Speech cues whose statement is an appraisal of its object: "accused the mayor of lying", "criticized the plan as “reckless”". */
export const APPRAISING_SPEECH_CUES = new Set(['accuse', 'criticize', 'criticise']);

/**
 * Sources that are evidence, not people: "a Quinnipiac poll shows …", "the report found …",
 * "according to FEC filings". Their statements are EVIDENCE.
 */
export const EVIDENCE_NOUNS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'analyses',
  'research', 'figures', 'statistics', 'numbers', 'results', 'records', 'documents', 'filings', 'filing', 'estimates',
  'estimate', 'projections', 'audit', 'review', 'investigation', 'findings', 'tally', 'count', 'census', 'model', 'forecast',
]);

/** The polls a preposition may name as a finding's source: "in the latest CBS News poll" (poll-findings.ts). */
export const POLL_NOUNS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);

/** Verbs that report what evidence says: "polls show", "the study found", "the data suggest". */
export const EVIDENCE_VERBS = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'say', 'put', 'project', 'predict', 'estimate', 'give', 'confirm', 'conclude']);
