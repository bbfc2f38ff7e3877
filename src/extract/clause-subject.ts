import { nearestSource } from './learned/attribution-source.js';
import { speakerBefore, type Speaker, type SpeakerContext } from './speakers.js';

/**
 * The subject of the clause a later verb shares it with: "Governor Brandt toured the harbor in
 * Port Wexley, praising the crew" and "The governor shook hands with the crew, and then said
 * …" are the governor's, not Port Wexley's or the crew's. Read before the sentence's first
 * verb outside quotation marks, by the rules' speaker reader or else the noun phrase there;
 * null when the cue is the first verb (no clause before it).
 */
export function mainClauseSubject(context: SpeakerContext, cue: number, text: (s: number, e: number) => string): Speaker | null {
  const { words } = context;
  // Not a verb inside a quotation: in `“… as we speak,” Clinton said, referencing …` the clause is Clinton's.
  let verb = 1;
  while (verb < cue && ((words[verb].pos !== 'VERB' && words[verb].pos !== 'AUX') || context.insideQuote(words[verb].start))) verb++;
  if (verb >= cue - 1) return null;
  return speakerBefore(context, verb, text) ?? nearestSource(words, context.mentions, verb, false, text);
}
