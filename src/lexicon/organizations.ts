/**
 * Organization lexicon: head words that make a capitalised phrase an institution,
 * heads that make it a venue instead, and well-known bodies named without a head word.
 */

/** "National Security Council", "Bank of Japan", "Wagner Group". */
export const ORG_HEADS = new Set([
  'Council', 'Municipality', 'Ministry', 'Agency', 'Group', 'Party', 'Department', 'Bank', 'University', 'Institute',
  'Commission', 'Court', 'Union', 'Federation', 'Association', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co.',
  'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'SA', 'GmbH', 'Committee', 'Office', 'Service', 'Services',
  'Authority', 'Organization', 'Organisation', 'Foundation', 'Board', 'Parliament', 'Assembly', 'Senate',
  'Congress', 'Tribunal', 'Bureau', 'Administration', 'Command', 'Forces', 'Force', 'Army', 'Navy', 'Police',
  'Guard', 'Club', 'FC', 'League', 'Alliance', 'Coalition', 'Network', 'Agency', 'Secretariat', 'Cabinet',
  'Directorate', 'Inspectorate', 'Academy', 'College', 'School', 'Hospital', 'Clinic', 'Laboratory',
  'Laboratories', 'Labs', 'Society', 'Trust', 'Industries', 'Holdings', 'Airlines', 'Motors',
  'Technologies', 'Systems', 'Energy', 'Partners', 'Media', 'Press', 'Times', 'Post', 'News', 'Journal', 'Exchange',
  'Reserve', 'Center', 'Centre', 'Chamber', 'Front', 'Movement', 'Brigade', 'Battalion', 'Regiment', 'Corps',
  'Mission', 'Observatory', 'Institution', 'Commissariat', 'Prosecutor', 'Prosecution', 'Registry',
  'Centers', 'Centres', 'Councils', 'Ministries', 'Limited', 'Chemical', 'Chemicals', 'Biologics', 'Pharma',
  'Pharmaceuticals', 'Dynamics', 'Investments', 'Securities', 'Capital', 'Homes', 'Electronics', 'Steel',
  'Mining', 'Petroleum', 'Logistics', 'Shipping', 'Foods', 'Robotics', 'Semiconductor', 'Semiconductors',
  'Software', 'Solutions', 'Ventures', 'Insurance', 'Airways', 'Telecom', 'Entertainment', 'Studios', 'Studio',
  'Pictures', 'Records', 'Construction', 'Engineering', 'Consulting', 'Automotive', 'Aerospace', 'Batteries',
  'Materials', 'Metals', 'Resources', 'Realty', 'Properties', 'Democrats', 'Republicans', 'Greens', 'Conservatives',
  'Socialists', 'Bancorp', 'Financial', 'Agencies', 'Unions', 'Brotherhood', 'Caucus',
  // Newspapers and magazines: "Saudi Gazette", "New Zealand Herald", "PC World".
  'Gazette', 'Herald', 'Magazine', 'Tribune', 'Telegraph', 'Chronicle', 'Observer', 'Weekly', 'Daily', 'Review',
  'Mail', 'Guardian', 'Standard', 'Express', 'Inquirer', 'Courier', 'Bulletin', 'Monitor', 'Gazeta', 'Zeitung',
  'Analytics', 'Mobile', 'Networks', 'Communications', 'Community', 'Watch', 'Initiative', 'Platform', 'Collective',
  // Institutions that are also buildings: the text names the body.
  'Church', 'Museum', 'Gallery', 'Galleries', 'Library', 'Orchestra', 'Opera', 'Ballet', 'Philharmonic',
  'Programme', 'Program',
  // Firms named for their trade: "Lumbre Films", "Hallmann Research".
  'Films', 'Research',
  // Clubs: "Dravenport Rovers", "Boca Juniors", "Hamburger SV".
  'Wanderers', 'Rovers', 'Hotspur', 'Albion', 'Athletic', 'Juniors', 'SV', 'AFC', 'CF',
]);

/**
 * Institution nouns that open a name in other languages, the name running on to the end of
 * its capitalised run: "Institut Pasteur", "Istituto Superiore di Sanità", "Clube Desportivo
 * Montemar", "Fundación Cinema del Sureste", "Ministerio de Salud".
 */
export const LEADING_ORG_HEADS = new Set([
  'Instituto', 'Istituto', 'Institut', 'Universidad', 'Universidade', 'Università', 'Université', 'Universität',
  'Fundación', 'Fundação', 'Fondation', 'Fondazione', 'Stiftung', 'Clube', 'Associação', 'Asociación', 'Associazione',
  'Ministerio', 'Ministério', 'Ministère', 'Ministero', 'Ministerium', 'Banco', 'Banca', 'Banque', 'Partido', 'Partito',
  'Parti', 'Agencia', 'Agência', 'Agenzia', 'Agence', 'Comisión', 'Comissão', 'Commissione', 'Consejo', 'Conselho',
  'Consiglio', 'Conseil', 'Sociedad', 'Sociedade', 'Società', 'Société', 'Compañía', 'Companhia', 'Compagnie',
  'Grupo', 'Gruppo', 'Groupe', 'Federación', 'Federação', 'Federazione', 'Fédération', 'Hospital', 'Hôpital', 'Ospedale',
  'Museo', 'Musée', 'Museu', 'Teatro', 'Théâtre', 'Orquesta', 'Orchestre', 'Tribunal', 'Tribunale', 'Corte', 'Cour',
  // English too, where the broadcaster's name follows ("Radio Romania", "Radio Free Asia"), or a
  // team's country or sponsor ("Team Estonia", "Team Sky").
  'Radio', 'Team',
]);

/** Words that open the names of events and operations, never of people: "Operation Silver Gate". */
export const EVENT_OPENERS = new Set(['Operation', 'Project', 'Exercise', 'Mission', 'Programme', 'Program', 'Plan', 'Initiative', 'Campaign', 'Festival', 'Summit', 'Prize', 'Award']);

/** Heads that name places and events, not institutions ("Kim Il-sung Square", "Foreign Press Center"). */
export const VENUE_HEADS = new Set([
  'Square', 'Stadium', 'Arena', 'Palace', 'Bridge', 'Street', 'Avenue', 'Road', 'Park', 'Airport', 'Hotel',
  'Hall', 'Station', 'Port', 'Harbour', 'Harbor', 'Tower', 'Building', 'Plaza', 'Summit', 'Games', 'Cup',
  'Championship', 'Olympics', 'Festival', 'Conference', 'Forum', 'Treaty', 'Accord', 'Agreement', 'Act', 'Bill',
  'Index', 'Prize', 'Award', 'Awards', 'Telescope', 'Island', 'Islands', 'River', 'Lake', 'Mountain', 'Mountains',
  'Valley', 'Province', 'Region', 'Peninsula', 'Sea', 'Ocean', 'Gulf', 'Strait', 'Coast', 'Day', 'Week', 'War',
  'Mosque', 'Temple', 'Cathedral', 'Synagogue', 'Shrine', 'Gate', 'Hill', 'Beach', 'Bay', 'Canal', 'Zoo',
  'Cemetery', 'Base', 'Field', 'Garden', 'Gardens', 'Square', 'Centre Court', 'Highway', 'Boulevard', 'Lane', 'Drive',
]);

/** Words that head an organization only right after another head: "Irving Independent School District" (alone, "Swat District" is a place). */
export const HEADS_AFTER_HEAD: ReadonlySet<string> = new Set(['District', 'Trust', 'Network', 'Consortium', 'Alliance']);

/** A venue even with an institution head: "Washington Foreign Press Center", "Convention Centre". */
export const VENUE_BEFORE_HEAD = new Set(['Press', 'Convention', 'Shopping', 'Exhibition', 'Conference', 'Trade', 'Medical', 'Community', 'Sports', 'Leisure', 'Visitor', 'Data']);

/** Single capitalised words that are not part of an organization name at its start. */
export const ORG_STOP_STARTS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'When', 'While', 'If', 'But', 'And', 'According', 'Figure', 'Photo']);

/** Parties news names by one word: "Labour said", "the Tories". */
const PARTY_SHORT_NAMES: Record<string, string[]> = {
  'Labour Party': ['Labour'], 'Conservative Party': ['Tories', 'Conservatives'], 'Democratic Party': ['Democrats'], 'Republican Party': ['Republicans', 'GOP'],
};

export interface KnownOrganization {
  name: string;
  aliases: string[];
  /** ISO code, or null for international bodies. */
  country: string | null;
  /** A seat that is only this organization when it acts ("the Kremlin said"). */
  seat?: boolean;
  newsAgency?: boolean;
}

/** Bodies news names without a head word, or by a short form everybody knows. */
export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [
  { name: 'White House', aliases: [], country: 'US', seat: true },
  { name: 'Kremlin', aliases: [], country: 'RU', seat: true },
  { name: 'Pentagon', aliases: [], country: 'US', seat: true },
  { name: 'Downing Street', aliases: [], country: 'GB', seat: true },
  { name: 'Elysee Palace', aliases: ['Élysée', 'Elysee', 'Élysée Palace'], country: 'FR', seat: true },
  { name: 'Blue House', aliases: [], country: 'KR', seat: true },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], country: null },
  { name: 'UN Security Council', aliases: ['U.N. Security Council', 'United Nations Security Council'], country: null },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO'], country: null },
  { name: 'European Union', aliases: ['EU', 'E.U.'], country: null },
  { name: 'European Commission', aliases: ['Brussels'], country: null },
  { name: 'European Parliament', aliases: [], country: null },
  { name: 'European Central Bank', aliases: ['ECB'], country: null },
  { name: 'World Health Organization', aliases: ['WHO'], country: null },
  { name: 'International Monetary Fund', aliases: ['IMF'], country: null },
  { name: 'World Bank', aliases: [], country: null },
  { name: 'World Trade Organization', aliases: ['WTO'], country: null },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], country: null },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'], country: null },
  { name: 'African Union', aliases: ['AU'], country: null },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'], country: null },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'], country: null },
  { name: 'Group of 20', aliases: ['G20', 'G-20'], country: null },
  { name: 'International Criminal Court', aliases: ['ICC'], country: null },
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'], country: 'US' },
  { name: 'Central Intelligence Agency', aliases: ['CIA'], country: 'US' },
  { name: 'Federal Reserve', aliases: ['Fed'], country: 'US' },
  // Departments whose names hold an "and" that would read as two institutions.
  { name: 'Department of Health and Human Services', aliases: ['HHS'], country: 'US' },
  { name: 'Department of Housing and Urban Development', aliases: ['HUD'], country: 'US' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'KR', newsAgency: true },
  { name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'KP', newsAgency: true },
  { name: 'Reuters', aliases: [], country: 'GB', newsAgency: true },
  { name: 'Agence France-Presse', aliases: ['AFP'], country: 'FR', newsAgency: true },
  { name: 'Associated Press', aliases: ['AP'], country: 'US', newsAgency: true },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], country: 'CN', newsAgency: true },
  { name: 'TASS', aliases: [], country: 'RU', newsAgency: true },
  { name: 'RIA Novosti', aliases: [], country: 'RU', newsAgency: true },
  { name: 'Kyodo', aliases: ['Kyodo News'], country: 'JP', newsAgency: true },
  { name: 'BBC', aliases: [], country: 'GB', newsAgency: true },
  { name: 'Bloomberg', aliases: [], country: 'US', newsAgency: true },
  { name: 'Lusa', aliases: ['Lusa News Agency'], country: 'PT', newsAgency: true },
  { name: 'EFE', aliases: ['Agencia EFE'], country: 'ES', newsAgency: true },
  { name: 'ANSA', aliases: [], country: 'IT', newsAgency: true },
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA'], country: 'DE', newsAgency: true },
  { name: 'Islamic Republic News Agency', aliases: ['IRNA'], country: 'IR', newsAgency: true },
  { name: 'Tasnim News Agency', aliases: ['Tasnim'], country: 'IR', newsAgency: true },
  { name: 'Fars News Agency', aliases: ['Fars'], country: 'IR', newsAgency: true },
  { name: 'Islamic Republic of Iran Broadcasting', aliases: ['IRIB'], country: 'IR', newsAgency: true },
  { name: 'Interfax', aliases: [], country: 'RU', newsAgency: true },
  { name: 'Anadolu Agency', aliases: ['Anadolu'], country: 'TR', newsAgency: true },
  { name: 'Press Trust of India', aliases: ['PTI'], country: 'IN', newsAgency: true },
  { name: 'Bernama', aliases: [], country: 'MY', newsAgency: true },
  { name: 'Antara', aliases: [], country: 'ID', newsAgency: true },
  { name: 'NHK', aliases: [], country: 'JP', newsAgency: true },
  { name: 'Al Jazeera', aliases: [], country: 'QA', newsAgency: true },
  { name: 'CNN', aliases: [], country: 'US', newsAgency: true },
  { name: 'Médecins Sans Frontières', aliases: ['MSF', 'Doctors Without Borders', 'Medecins Sans Frontieres'], country: null },
  { name: 'Africa Centres for Disease Control and Prevention', aliases: ['Africa CDC'], country: null },
  { name: 'Organization of American States', aliases: ['OAS'], country: null },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], country: null },
  { name: 'Amnesty International', aliases: ['Amnesty'], country: null },
  { name: 'Human Rights Watch', aliases: ['HRW'], country: null },
  { name: 'Greenpeace', aliases: [], country: null },
  { name: 'UNICEF', aliases: [], country: null },
  { name: 'UN Refugee Agency', aliases: ['UNHCR'], country: null },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], country: null },
  { name: 'UN Office for the Coordination of Humanitarian Affairs', aliases: ['OCHA'], country: null },
  { name: 'Economic Community of West African States', aliases: ['ECOWAS'], country: null },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD'], country: null },
  { name: 'FIFA', aliases: [], country: null },
  { name: 'UEFA', aliases: [], country: null },
  { name: 'International Olympic Committee', aliases: ['IOC'], country: null },
  { name: 'Hamas', aliases: [], country: null },
  { name: 'Hezbollah', aliases: [], country: 'LB' },
  { name: 'Taliban', aliases: [], country: 'AF' },
  // Armed groups news names without a head word; "al" would otherwise read as a name particle ("Al Qaeda" as a person).
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'], country: null },
  { name: 'al-Qaeda', aliases: ['Al Qaeda', 'al Qaeda', 'Al-Qaeda', 'al-Qaida', 'al Qaida', 'Al Qaida'], country: null },
  { name: 'Boko Haram', aliases: [], country: null },
  { name: 'al-Shabab', aliases: ['al-Shabaab', 'Al-Shabaab', 'Al-Shabab'], country: null },
  { name: 'Muslim Brotherhood', aliases: [], country: null },
  // Companies, platforms and media news names without a head word.
  ...companies([
    ['Facebook', 'US'], ['Google', 'US'], ['Twitter', 'US'], ['Microsoft', 'US'], ['Apple', 'US'], ['Amazon', 'US'],
    ['Netflix', 'US'], ['Disney', 'US'], ['Tesla', 'US'], ['Meta', 'US'], ['Alphabet', 'US'], ['IBM', 'US'], ['Intel', 'US'],
    ['Nvidia', 'US'], ['Uber', 'US'], ['Airbnb', 'US'], ['YouTube', 'US'], ['Instagram', 'US'], ['WhatsApp', 'US'],
    ['OpenAI', 'US'], ['SpaceX', 'US'], ['Boeing', 'US'], ['ExxonMobil', 'US'], ['Pfizer', 'US'], ['Moderna', 'US'],
    ['Walmart', 'US'], ['Starbucks', 'US'], ['Coca-Cola', 'US'], ['Goldman Sachs', 'US'], ['JPMorgan', 'US'],
    ['NASA', 'US'], ['Wikipedia', null], ['Wikinews', null], ['Wikimedia Foundation', 'US'], ['Ubisoft', 'FR'],
    ['Sony', 'JP'], ['Toyota', 'JP'], ['Nintendo', 'JP'], ['Honda', 'JP'], ['Samsung', 'KR'], ['Hyundai', 'KR'], ['LG', 'KR'],
    ['Huawei', 'CN'], ['Alibaba', 'CN'], ['Tencent', 'CN'], ['ByteDance', 'CN'], ['TikTok', 'CN'], ['Volkswagen', 'DE'],
    ['Siemens', 'DE'], ['BMW', 'DE'], ['Airbus', 'FR'], ['Renault', 'FR'], ['Shell', 'GB'], ['BP', 'GB'], ['Gazprom', 'RU'],
    ['Rosneft', 'RU'], ['Aramco', 'SA'], ['Spotify', 'SE'], ['Nokia', 'FI'], ['Ericsson', 'SE'], ['Nestle', 'CH'], ['Nestlé', 'CH'],
    ['The New York Times', 'US'], ['New York Times', 'US'], ['The Washington Post', 'US'], ['Washington Post', 'US'],
    ['The Wall Street Journal', 'US'], ['Wall Street Journal', 'US'], ['Financial Times', 'GB'], ['The Economist', 'GB'],
    ['The Globe and Mail', 'CA'], ['Le Monde', 'FR'], ['Der Spiegel', 'DE'], ['Fox News', 'US'], ['NBC', 'US'], ['CBS', 'US'],
    ['NPR', 'US'], ['Politico', 'US'], ['Rolling Stone', 'US'], ['Church of Scientology', 'US'],
    ['The Guardian', 'GB'], ['The Times', 'GB'], ['The Independent', 'GB'], ['The Observer', 'GB'], ['The Telegraph', 'GB'],
    ['Daily Mail', 'GB'], ['The Sun', 'GB'], ['Le Figaro', 'FR'], ['El País', 'ES'], ['La Repubblica', 'IT'], ['la Repubblica', 'IT'],
    ['Labour Party', 'GB'], ['Conservative Party', 'GB'], ['Democratic Party', 'US'], ['Republican Party', 'US'],
    ['Nasdaq', 'US'], ['New York Stock Exchange', 'US'], ['NYSE', 'US'], ['London Stock Exchange', 'GB'],
  ]),
];

function companies(rows: Array<[name: string, country: string | null]>): KnownOrganization[] {
  return rows.map(([name, country]) => ({ name, aliases: PARTY_SHORT_NAMES[name] ?? [], country }));
}


/**
 * Named things that read like organizations but are none: stock indices ("the DAX fell"),
 * instruments and spacecraft ("JWST"). Whole names as written; the rules and the tagger both
 * skip them.
 */
export const NON_ORGANIZATION_NAMES: ReadonlySet<string> = new Set([
  // Stock indices.
  'DAX', 'MDAX', 'SDAX', 'TecDAX', 'KOSPI', 'KOSDAQ', 'FTSE', 'CAC', 'IBEX', 'SMI', 'AEX', 'OMX', 'OMXS30', 'WIG', 'WIG20', 'BIST', 'ATX',
  'PSI', 'MIB', 'SENSEX', 'Sensex', 'NIFTY', 'Nifty', 'Nikkei', 'TOPIX', 'Topix', 'Hang Seng', 'STOXX', 'Stoxx',
  'Bovespa', 'MERVAL', 'Merval', 'TAIEX', 'Taiex', 'KLCI', 'PSEi', 'VIX',
  // Instruments, telescopes, spacecraft, particle colliders (not the agencies that run them).
  'JWST', 'HST', 'LHC', 'ISS', 'LIGO', 'VLT', 'TESS', 'Tiangong',
]);

/** Lower-case words after a name that make it an index or an instrument: "the KOSPI index", "the Webb telescope". */
export const NON_ORGANIZATION_FOLLOWERS: ReadonlySet<string> = new Set(['index', 'indices', 'indexes', 'telescope', 'spacecraft', 'rover', 'satellite', 'futures']);

/**
 * Media said right after a name, as wire copy writes them: "told al-Ikhbariya television",
 * "the Vrelo newspaper", "Tanjug news agency said", "the Dnevnik daily": the name is the outlet.
 */
export const MEDIA_FOLLOWERS: ReadonlySet<string> = new Set(['television', 'radio', 'newspaper', 'daily', 'tabloid', 'broadcaster', 'news agency']);

/** All-capital words that are no organization: "CEO", "GDP", "COVID". Any other acronym of 3+ letters names one. */
export const NON_ORGANIZATION_ACRONYMS = new Set([
  'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'GNP', 'CPI', 'VAT', 'DNA', 'RNA', 'HIV', 'AIDS', 'COVID', 'SARS', 'MERS', 'PhD', 'MBA',
  'USB', 'API', 'LED', 'SUV', 'FAQ', 'PDF', 'HTML', 'URL', 'GPS', 'ATM', 'PIN', 'VIP', 'MVP', 'ICU', 'ER', 'TV', 'PM', 'AM',
  'KC', 'QC', 'MP', 'MEP', 'OBE', 'MBE', 'CBE', 'III', 'II', 'IV', 'VR', 'AR', 'AI', 'IT', 'PR', 'HR', 'IPO', 'ETF', 'LNG', 'LPG',
  'CO2', 'NOX', 'EV', 'EVS', 'RSVP', 'ASAP', 'NB', 'PS', 'ID', 'OK', 'USA', 'UK', 'UAE', 'DRC', 'EST', 'GMT', 'UTC', 'BST', 'CET',
  'NFT', 'ESG', 'SME', 'R&D', 'M&A', 'Q1', 'Q2', 'Q3', 'Q4', 'FY', 'YOY', 'ENDS', 'UPDATE', 'BREAKING', 'WATCH', 'NEW', 'LIVE',
]);

/**
 * Lower-case institutional phrases: "the treasury department", "the foreign ministry".
 * The name is the phrase capitalised; the country comes from context.
 */
export const GENERIC_INSTITUTIONS: ReadonlySet<string> = new Set([
  'treasury department', 'state department', 'justice department', 'defense department', 'defence department',
  'foreign ministry', 'defense ministry', 'defence ministry', 'health ministry', 'finance ministry',
  'interior ministry', 'education ministry', 'economy ministry', 'trade ministry', 'energy ministry',
  'agriculture ministry', 'environment ministry', 'transport ministry', 'labour ministry', 'labor ministry',
  'unification ministry', 'culture ministry', 'justice ministry', 'industry ministry',
  'central bank', 'city council', 'supreme court', 'constitutional court', 'high court', 'appeals court',
  'national assembly', 'electoral commission', 'election commission', 'health department', 'police department',
  'fire department', 'county council', 'town council', 'district court', 'stock exchange',
]);

/** Words of a company's name that "the company" may stand for. */
const COMPANY_NAME_WORDS = ['company', 'corporation', 'group', 'holdings', 'inc', 'ltd', 'limited', 'semiconductor', 'industries', 'motors', 'energy'];

/** Words an organization's name carries when a description of that kind stands for it. */
export const ORGANIZATION_KINDS: Record<string, string[]> = {
  union: ['union', 'federation', 'association', 'congress', 'brotherhood', 'confederation'],
  agency: ['agency', 'administration', 'authority', 'office', 'service', 'bureau', 'commission', 'agencia', 'agência', 'agenzia', 'agence'],
  ministry: ['ministry', 'department', 'ministerio', 'ministério', 'ministère', 'ministero', 'ministerium'],
  department: ['department', 'ministry'],
  bloc: ['union', 'community', 'alliance', 'organization', 'association', 'bloc'],
  alliance: ['alliance', 'organization', 'coalition'],
  court: ['court', 'tribunal'],
  regulator: ['authority', 'commission', 'agency', 'office', 'board'],
  watchdog: ['authority', 'commission', 'agency', 'office', 'watch'],
  party: ['party', 'alliance', 'movement', 'front', 'congress', 'union', 'coalition', 'partido', 'partito', 'parti'],
  group: ['group', 'watch', 'coalition', 'network', 'alliance', 'association', 'collective'],
  company: COMPANY_NAME_WORDS,
  // "the memory-chip maker", "the drugmaker": a company by what it makes.
  maker: COMPANY_NAME_WORDS,
  chipmaker: COMPANY_NAME_WORDS,
  drugmaker: COMPANY_NAME_WORDS,
  carmaker: COMPANY_NAME_WORDS,
  commission: ['commission'],
  side: ['fc', 'club', 'united', 'city', 'athletic', 'rovers', 'team'],
  team: ['fc', 'club', 'united', 'city', 'athletic', 'rovers', 'team'],
  club: ['fc', 'club', 'united', 'city', 'athletic', 'rovers'],
  // The same kinds in the languages of LEADING_ORG_HEADS ("the foundation" → Fundación Cinema del Sureste).
  foundation: ['foundation', 'fundación', 'fundação', 'fondation', 'fondazione', 'stiftung'],
  institute: ['institute', 'instituto', 'istituto', 'institut'],
  university: ['university', 'universidad', 'universidade', 'università', 'université', 'universität'],
  bank: ['bank', 'banco', 'banca', 'banque'],
};

