/**
 * English function words and reporting filler: what two wordings of one claim share whatever
 * the claim is ("the", "would", "said"), so paraphrase matching (graph/claims.ts) leaves them
 * out. The usual closed classes (articles, pronouns, auxiliaries, prepositions, conjunctions)
 * plus the verbs of reporting, which every report of a claim repeats. Negations ("not",
 * "never") are not here: "will send troops" and "will not send troops" are two claims.
 */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'they', 'them', 'their', 'we', 'us', 'our', 'you', 'your',
  'he', 'him', 'his', 'she', 'her', 'hers', 'i', 'me', 'my', 'mine', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'have', 'has', 'had', 'having',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'about', 'into', 'onto', 'over', 'under', 'after', 'before',
  'between', 'against', 'during', 'through', 'as', 'than', 'then', 'so', 'if', 'or', 'and', 'but', 'also', 'just', 'very', 'too',
  'all', 'any', 'some', 'such', 'more', 'most', 'much', 'many', 'own', 'other', 'only', 'same', 'both', 'each', 'every', 'even', 'still',
  'said', 'says', 'say', 'saying', 'told', 'tell', 'added', 'noted', 'stated', 'according', 'claimed', 'insisted', 'stressed',
  'one', 'nobody', 'anyone', 'someone', 'everyone', 'though', 'although',
  'now', 'out', 'up', 'down', 'off', 'again', 'ever', 'whether', 'while', 'because', 'since', 'until', 'upon', 'within',
]);

/**
 * Abbreviations news writes both ways ("AI" in a quote, "artificial intelligence" in the
 * paraphrase): paraphrase matching reads the abbreviation as the words it stands for.
 */
export const SPELLED_OUT: Record<string, string[]> = {
  ai: ['artificial', 'intelligence'],
  eu: ['european', 'union'],
  un: ['united', 'nations'],
  us: ['united', 'states'],
  uk: ['united', 'kingdom'],
  gdp: ['gross', 'domestic', 'product'],
  ceo: ['chief', 'executive'],
};
