/**
 * People lexicon: honorifics, titles and role nouns as news writes them before or after a name.
 */

/**
 * Honorifics: "Mr. Kim", "Dr. Okafor". Not roles. Not the French "M.": in English news "M.
 * Penhallow" is an initial (a scorecard's, a byline's), and the initial is part of the name.
 */
export const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady', 'Madam', 'Mme', 'Mme.']);

/**
 * Role head nouns. A capitalised title before a name ("Defense Minister Sergei Shoigu") or a
 * role in an apposition ("John Kirby, National Security Council coordinator for …") ends in one.
 */
export const ROLE_NOUNS = new Set([
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary', 'advisor',
  'adviser', 'ambassador', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesperson',
  'coordinator', 'director', 'administrator', 'chairman', 'chairwoman', 'chair', 'chairperson', 'chief', 'head', 'leader',
  'governor', 'mayor', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'deputy', 'mp', 'official', 'officer', 'general', 'gen.', 'admiral', 'colonel', 'col.', 'major',
  'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'commander', 'judge', 'justice', 'prosecutor', 'attorney',
  'lawyer', 'counsel', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'imam', 'sheikh', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'executive',
  'economist', 'analyst', 'professor', 'researcher', 'scientist', 'doctor', 'physician', 'epidemiologist',
  'coach', 'manager', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger', 'captain', 'player',
  'sprinter', 'runner', 'champion', 'driver', 'pitcher', 'quarterback', 'guard', 'center', 'member', 'councillor',
  'councilor', 'councilwoman', 'councilman', 'commissioner', 'inspector', 'superintendent', 'sheriff', 'detective',
  'constable', 'editor', 'correspondent', 'reporter', 'journalist', 'author', 'writer', 'director-general',
  'secretary-general', 'secretary general', 'undersecretary', 'under secretary', 'negotiator', 'mediator',
  'activist', 'campaigner', 'organizer', 'organiser', 'candidate', 'nominee', 'incumbent', 'delegate',
  'strategist', 'consultant', 'partner', 'engineer', 'teacher', 'principal', 'dean', 'rector', 'provost', 'nurse',
  'surgeon', 'actor', 'actress', 'filmmaker', 'producer', 'singer', 'artist', 'curator', 'architect', 'planner',
  'speaker', 'whip', 'steward', 'treasurer', 'controller', 'auditor', 'regulator', 'banker', 'investor', 'trader',
  'owner', 'resident', 'student', 'witness', 'defendant', 'plaintiff', 'victim', 'suspect', 'politburo member',
  'maj.', 'maj', 'lt', 'col', 'sgt.', 'sgt', 'cpl.', 'pvt.', 'adm.', 'cmdr.', 'gov.', 'supt.', 'insp.', 'det.',
  'mep', 'msp', 'mla', 'neighbour', 'neighbor', 'husband', 'wife', 'widow', 'son', 'daughter', 'brother', 'sister',
  'mother', 'father', 'grandmother', 'grandfather', 'friend', 'colleague', 'cousin', 'uncle', 'aunt',
  'developer', 'entrepreneur', 'billionaire', 'tycoon', 'businessman', 'businesswoman', 'fellow', 'professor',
  'marshal', 'brigadier', 'commissioner', 'premier', 'monarch', 'crown prince', 'sultan', 'emir', 'president-elect',
  'prime minister-elect', 'chancellor-elect', 'spokesman', 'minister-president', 'vice-president', 'vice-chancellor',
  // Occupations news puts before a name ("photographer Nat Finkelstein", "athletes Vitas Gerulaitis and …").
  'photographer', 'musician', 'athlete', 'publisher', 'painter', 'sculptor', 'poet', 'novelist', 'playwright',
  'composer', 'designer', 'dancer', 'comedian', 'chef', 'pilot', 'farmer', 'soldier', 'firefighter', 'historian',
  'biologist', 'physicist', 'chemist', 'astronomer', 'mathematician', 'philosopher', 'psychologist', 'sociologist',
  'anthropologist', 'archaeologist', 'geologist', 'linguist', 'pollster', 'commentator', 'columnist', 'blogger',
  'presenter', 'entertainer', 'rapper', 'guitarist', 'drummer', 'pianist', 'violinist', 'cellist', 'cyclist',
  'swimmer', 'golfer', 'boxer', 'wrestler', 'skier', 'gymnast', 'jockey', 'footballer', 'cricketer', 'batsman',
  'astronaut', 'explorer', 'inventor', 'screenwriter', 'cartoonist', 'illustrator',
]);

/**
 * Titles of rank, office, nobility and the clergy: capitalised before a name they are always a
 * title ("Bishop Tutu", "King Harald", "Judge Marrow"), though a few are given names elsewhere.
 * Other role words that are also given names ("Dean") may open a name when the context says so.
 */
export const RANK_TITLES = new Set([
  'premier', 'chancellor', 'chief', 'general', 'major', 'captain', 'judge', 'justice', 'king', 'queen', 'prince', 'princess',
  'emperor', 'bishop', 'archbishop', 'cardinal', 'pope', 'rabbi', 'imam', 'sheikh', 'sheriff', 'marshal', 'sultan', 'emir',
  'president', 'senator', 'governor', 'mayor', 'colonel', 'admiral', 'lieutenant', 'sergeant', 'commander',
]);

/** Letters after a name that are not part of it: "Rebecca Thorne KC", "John Smith Jr.". */
export const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'Jr', 'Jr.', 'Sr', 'Sr.', 'PhD', 'MD', 'OBE', 'MBE', 'CBE', 'II', 'III', 'IV']);

/** Particles written with a hyphen onto the next name part: "al-Otaibi", "el-Sisi", "bin-Salman". */
export const HYPHENATED_PARTICLE = /^(?:(?:al|el|ad|as|at|ash|bin|ibn|abu|abd|ul|ben|da|de|di|van|von)-|(?:d|l|dell|dall)['’])\p{Lu}/u;

/** Abbreviated titles, spelled out to compare with descriptions: "Sen." is "the senator". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', sen: 'senator', 'rep.': 'representative', rep: 'representative', 'gov.': 'governor', 'gen.': 'general',
  'lt.': 'lieutenant', 'col.': 'colonel', 'maj.': 'major', 'capt.': 'captain', 'prof.': 'professor', 'dr.': 'doctor',
  'supt.': 'superintendent', 'insp.': 'inspector', 'det.': 'detective', 'sgt.': 'sergeant', 'adm.': 'admiral', 'pres.': 'president',
};

/**
 * Words that qualify an unnamed source by what it knows, after the noun: "people familiar with
 * the matter", "officials briefed on the talks", "sources close to the minister". The phrase
 * after them belongs to the description; it is never the source itself.
 */
export const SOURCE_QUALIFIERS = new Set(['familiar', 'briefed', 'close', 'knowledgeable', 'involved', 'privy']);

/** Plural nouns that do not end in -s: "Two people said", "police said". */
export const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police']);

/** Nouns for sources that are no title: "a person familiar with …", "the jury", "a programmer at …". */
export const SOURCE_NOUNS = new Set([
  'person', 'source', 'sources', 'insider', 'aide', 'observer', 'expert', 'critic', 'programmer', 'negotiator', 'strategist',
  'staffer', 'employee', 'worker', 'neighbour', 'neighbor', 'friend', 'relative', 'colleague', 'passenger', 'fan', 'voter',
  'jury', 'panel', 'juror', 'businessman', 'businesswoman', 'man', 'woman', 'official', 'spokesperson', 'representative',
  'lawyer', 'attorney', 'researcher', 'scientist', 'doctor', 'nurse', 'teacher', 'parent', 'mother', 'father', 'sister',
  'brother', 'son', 'daughter', 'wife', 'husband', 'widow', 'survivor', 'resident', 'farmer', 'trader', 'banker', 'executive',
  'organiser', 'organizer', 'volunteer', 'activist', 'veteran', 'diplomat', 'envoy', 'analyst', 'economist', 'commentator',
  // A member of a party or a camp: "one Democrat familiar with the talks", "a senior Republican".
  'democrat', 'republican', 'libertarian', 'tory', 'conservative', 'liberal', 'progressive', 'moderate', 'independent',
]);

/** Role words that describe a speaker but never start a name ("the minister said"). */
export const DESCRIPTION_NOUNS = new Set([...[...ROLE_NOUNS].filter((noun) => !noun.includes(' ')), ...SOURCE_NOUNS]);

/** Titles that stand before a name and may be preceded by a field ("Defense Minister", "Foreign Secretary"). */
export const TITLE_MODIFIERS = new Set([
  'Defense', 'Defence', 'Foreign', 'Finance', 'Health', 'Interior', 'Home', 'Trade', 'Justice', 'Education',
  'Energy', 'Economy', 'Economic', 'Labor', 'Labour', 'Agriculture', 'Environment', 'Transport', 'Culture',
  'Unification', 'Industry', 'Prime', 'Vice', 'Deputy', 'Acting', 'Former', 'Chief', 'Senior', 'Assistant',
  'Associate', 'Executive', 'Managing', 'General', 'Supreme', 'Attorney', 'Secretary', 'State', 'National',
  'Security', 'Press', 'Communications', 'Head', 'Team', 'Club', 'Party', 'Opposition', 'Majority', 'Minority',
  'Parliamentary', 'Presidential', 'Crown', 'District', 'Public', 'Lead', 'Principal', 'Presiding', 'High',
  'Army', 'Navy', 'Air', 'Police', 'Fire', 'Chief-of-Staff', 'Permanent', 'Special', 'Foreign-Affairs',
]);

/** Capitalised words that never start or continue a name (sentence openers, dates, pronouns). */
export const RUN_STOPS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Your', 'Its', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'As', 'In',
  'On', 'At', 'For', 'From', 'With', 'By', 'Of', 'To', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.',
  'Dec.', 'Figure', 'Photo', 'Again', 'Still', 'Also', 'However', 'Meanwhile', 'Yet', 'So', 'Then', 'Now',
  'According', 'Earlier', 'Later', 'One', 'Could', 'Would', 'Should', 'Will', 'Can', 'May', 'Might', 'Must',
  'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Asked', 'Speaking', 'Despite', 'Although',
  'Under', 'Over', 'Since', 'Until', 'During', 'Among', 'About', 'Amid', 'Without', 'Within', 'Into', 'Upon',
  'Last', 'Next', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several', 'No', 'Not', 'Yes',
  'Breaking', 'Update', 'Updated', 'Read', 'More', 'Related', 'Advertisement', 'Copyright', 'Reporting', 'Writing',
  'Editing', 'Additional', 'Let', 'Please', 'Thank', 'Thanks', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did',
  'Yesterday', 'Today', 'Tomorrow', 'Tonight', 'Overnight', 'Recently', 'Currently', 'Instead', 'Indeed', 'Nevertheless',
  // "I" with its verb: "But I’m telling you".
  'I’m', "I'm", 'I’ll', "I'll", 'I’ve', "I've", 'I’d', "I'd",
]);

/** Capitalised words that can sit in an organization's name but never in a person's. */
export const NOT_IN_PERSON_NAMES = new Set([
  'North', 'South', 'East', 'West', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'National', 'Federal',
  'Communist', 'Democratic', 'Democrat', 'Republican', 'Libertarian', 'Socialist', 'Liberal', 'Conservative', 'Labour', 'Green', 'People',
  'Party', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Editor', 'Note', 'International', 'Global', 'World', 'Royal', 'State',
  'United', 'Republic', 'Kingdom', 'Union', 'Security', 'Foreign', 'Affairs', 'Defense', 'Defence', 'Strategic',
  // Faiths as adjectives and the words of bodies named for relations ("Council on American-Islamic Relations");
  // not "Christian", also a given name.
  'Islamic', 'Catholic', 'Jewish', 'Buddhist', 'Muslim', 'Evangelical', 'Orthodox', 'Protestant', 'Relations',
  // Words of treaties, laws and places: "Trans-Pacific Partnership", "Second Amendment", "Long Island".
  'Partnership', 'Amendment', 'Agreement', 'Treaty', 'Island', 'Islands',
]);

/** Words that open the names of places, never a person's: "San Bernardino", "Los Angeles", "Fort Worth" ("Aung San Suu Kyi" holds "San", it does not open on it). */
export const PLACE_OPENERS = new Set(['San', 'Santa', 'São', 'Los', 'Las', 'Fort', 'Mount', 'Lake']);

/** Name particles kept inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'do', 'du', 'la', 'le', 'bin', 'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);

/** Pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
/** Pronouns that can only be a clause's subject: "and he …", "a finish that he said …". */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Honorifics that give a person's gender, to keep "she said" away from Mr. Kim. */
export const MALE_HONORIFICS = new Set(['Mr', 'Mr.', 'Sir', 'Lord']);
export const FEMALE_HONORIFICS = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dame', 'Lady', 'Madam', 'Mme', 'Mme.']);

/** Words between a speaker and the cue that do not change who speaks: "Kirby also said", "she has repeatedly warned". */
export const SPEAKER_CUE_FILLERS = new Set([
  'also', 'later', 'earlier', 'again', 'has', 'have', 'had', 'would', 'will', 'previously', 'publicly', 'once', 'then', 'long',
  'reportedly', 'still', 'further', 'recently', 'separately', 'repeatedly', 'quickly', 'flatly', 'firmly', 'openly',
  'privately', 'explicitly', 'strongly', 'angrily', 'bluntly', 'simply', 'subsequently', 'immediately', 'initially',
  'originally', 'already', 'frequently', 'often', 'never', 'even', 'only', 'just', 'had', 'was', 'is', 'are', 'were', 'been', 'am', 'reportedly',
  'has', 'did', 'does', 'do', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'however', 'meanwhile', 'now', "'d", '’d',
  // after a plural subject: "voters overall said", "Republicans nationwide say", "officials too said"
  'overall', 'nationwide', 'too', 'alike', 'instead', 'themselves',
  // a negated act keeps its subject: "Reed does not believe", "Lind didn't mention" (the statement is marked negated)
  'not', "n't", 'n’t',
]);

/** People named by whom they serve or stand with: "attorneys for", "aides to", "allies of" (descriptions.ts). */
export const PEOPLE_BY_RELATION = new Set([
  'attorney', 'attorneys', 'lawyer', 'lawyers', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'supporter', 'supporters',
  'backer', 'backers', 'ally', 'allies', 'friend', 'friends', 'associate', 'associates', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'representative', 'representatives', 'critic', 'critics', 'opponent', 'opponents', 'relative', 'relatives',
  'confidant', 'confidants', 'donor', 'donors', 'surrogate', 'surrogates', 'loyalist', 'loyalists', 'staffer', 'staffers', 'wife', 'husband',
]);

/** Phrases that mark a source as deliberately unnamed: never linked to a person named later. */
/** What follows a verb of asking or declining when a source asks not to be named ("asked not to be named", "requested anonymity"). */
export const ANONYMITY_REQUESTS = ['not to be', 'to be named', 'to be identified', 'for anonymity', 'anonymity', 'to remain anonymous'];

export const ANONYMITY_MARKERS = ['not to be named', 'anonymity', 'not authorized', 'not authorised', 'declined to be named', 'who asked not', 'familiar with', 'condition of'];

/** Heads of descriptions that stand for an organization ("the ministry said") or a country ("the country"). */
export const ORGANIZATION_DESCRIPTIONS = new Set(['ministry', 'department', 'agency', 'company', 'firm', 'council', 'court', 'bank', 'union', 'group', 'party', 'commission', 'committee', 'organization', 'organisation', 'office', 'club', 'team', 'institute', 'university', 'association', 'federation', 'board', 'authority', 'alliance', 'bloc', 'body', 'regulator', 'watchdog', 'carrier', 'airline', 'automaker', 'maker', 'chipmaker', 'drugmaker', 'carmaker', 'lender', 'insurer', 'retailer', 'manufacturer', 'broadcaster', 'network', 'hospital', 'lab', 'laboratory', 'foundation', 'charity', 'campaign', 'service', 'military', 'army', 'police', 'government', 'administration', 'cabinet', 'parliament', 'senate', 'congress', 'assembly']);
/** Kinds of body said right before a name that the speaker rules do not read as descriptions: "the magazine Corvath Review", "in journal X". */
export const NAMED_BODY_KINDS: ReadonlySet<string> = new Set([...ORGANIZATION_DESCRIPTIONS, 'journal', 'magazine', 'newspaper', 'tabloid', 'daily', 'weekly', 'broadsheet', 'pollster', 'startup', 'conglomerate', 'band', 'school', 'college']);
export const COUNTRY_DESCRIPTIONS_NOUNS = new Set(['country', 'nation', 'state', 'kingdom', 'republic']);

/** Heads of descriptions inside what was said that point back at an organization ("the union", "his side"). */
export const REFERRING_ORGANIZATION_HEADS = new Set(['company', 'firm', 'group', 'union', 'agency', 'council', 'bloc', 'alliance', 'party', 'club', 'side', 'team', 'ministry', 'commission', 'authority', 'bank', 'court', 'organisation', 'organization', 'association', 'federation']);
/** …and at a country ("the country", "her government"). */
export const REFERRING_COUNTRY_HEADS = new Set([...COUNTRY_DESCRIPTIONS_NOUNS, 'government']);


/** Determiners that open a description of a speaker ("the minister", "a senior official", "two diplomats"). */
/** "its director", "her lawyer": a description owned by someone named before (or after) it. */
export const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their']);
export const DEFINITE = new Set(['the', 'this', 'that', ...POSSESSIVE_DETERMINERS]);
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'four', 'five', 'several', 'many', 'other', 'most', 'few', 'senior', 'top', 'both', 'all', 'each']);

/**
 * Common East Asian surnames, written first: "Li Hongzhong", "Kim Jong-un", "Nguyen Van An".
 * They open a name without being a given name (and give no gender).
 */
export const SURNAME_FIRST = new Set([
  'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He',
  'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian',
  'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Xi',
  'Qin', 'Lai', 'Tsai', 'Hou', 'Wen', 'Fu', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Oh',
  'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Ri', 'Pak',
  'Choe', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly',
]);
