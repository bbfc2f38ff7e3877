/**
 * Our own country table, layered over the ISO names of `i18n-iso-countries` (MIT):
 * the common English name news uses, demonyms, capitals/seats that act as governments
 * ("Pyongyang warned"), and short forms. Written by hand for the countries news
 * mentions most; every other ISO country still matches by its ISO names.
 */
export interface CountryRow {
  code: string;
  /** Common English name: the canonical entity name. */
  name: string;
  demonyms: string[];
  /** Capitals and seats of government that stand for the government when they act. */
  seats: string[];
  /** Other written forms: short forms, official names, abbreviations (case-sensitive when all caps). */
  aliases: string[];
}

type Row = [code: string, name: string, demonyms: string, seats: string, aliases: string];

// code | common name | demonyms | seats | aliases — ";" separates list items.
const ROWS: Row[] = [
  ['US', 'United States', 'American;U.S.', 'Washington', 'U.S.;US;USA;U.S.A.;United States of America;America'],
  ['GB', 'United Kingdom', 'British;Briton;Britons', 'London', 'U.K.;UK;Britain;Great Britain'],
  ['KP', 'North Korea', 'North Korean', 'Pyongyang', "DPRK;N. Korea;N.Korea;Democratic People's Republic of Korea"],
  ['KR', 'South Korea', 'South Korean', 'Seoul', 'ROK;S. Korea;Republic of Korea'],
  ['RU', 'Russia', 'Russian', 'Moscow', 'Russian Federation'],
  ['CN', 'China', 'Chinese', 'Beijing', "PRC;People's Republic of China"],
  ['TW', 'Taiwan', 'Taiwanese', 'Taipei', ''],
  ['JP', 'Japan', 'Japanese', 'Tokyo', ''],
  ['UA', 'Ukraine', 'Ukrainian', 'Kyiv;Kiev', ''],
  ['BY', 'Belarus', 'Belarusian', 'Minsk', ''],
  ['FR', 'France', 'French', 'Paris', ''],
  ['DE', 'Germany', 'German', 'Berlin', ''],
  ['IT', 'Italy', 'Italian', 'Rome', ''],
  ['ES', 'Spain', 'Spanish;Spaniard;Spaniards', 'Madrid', ''],
  ['PT', 'Portugal', 'Portuguese', 'Lisbon', ''],
  ['NL', 'Netherlands', 'Dutch;Dutchman;Dutchwoman', 'The Hague', 'the Netherlands;Holland'],
  ['BE', 'Belgium', 'Belgian', '', ''],
  ['CH', 'Switzerland', 'Swiss', 'Bern', ''],
  ['AT', 'Austria', 'Austrian', 'Vienna', ''],
  ['SE', 'Sweden', 'Swedish;Swede;Swedes', 'Stockholm', ''],
  ['NO', 'Norway', 'Norwegian', 'Oslo', ''],
  ['DK', 'Denmark', 'Danish;Dane;Danes', 'Copenhagen', ''],
  ['FI', 'Finland', 'Finnish', 'Helsinki', ''],
  ['IS', 'Iceland', 'Icelandic', 'Reykjavik', ''],
  ['IE', 'Ireland', 'Irish', 'Dublin', ''],
  ['PL', 'Poland', 'Polish;Pole;Poles', 'Warsaw', ''],
  ['CZ', 'Czech Republic', 'Czech', 'Prague', 'Czechia'],
  ['SK', 'Slovakia', 'Slovak', 'Bratislava', ''],
  ['HU', 'Hungary', 'Hungarian', 'Budapest', ''],
  ['RO', 'Romania', 'Romanian', 'Bucharest', ''],
  ['BG', 'Bulgaria', 'Bulgarian', 'Sofia', ''],
  ['GR', 'Greece', 'Greek', 'Athens', ''],
  ['TR', 'Turkey', 'Turkish', 'Ankara', 'Türkiye;Turkiye'],
  ['RS', 'Serbia', 'Serbian', 'Belgrade', ''],
  ['HR', 'Croatia', 'Croatian', 'Zagreb', ''],
  ['BA', 'Bosnia and Herzegovina', 'Bosnian', 'Sarajevo', 'Bosnia'],
  ['XK', 'Kosovo', 'Kosovar', 'Pristina', ''],
  ['AL', 'Albania', 'Albanian', 'Tirana', ''],
  ['MD', 'Moldova', 'Moldovan', 'Chisinau', ''],
  ['GE', 'Georgia', 'Georgian', 'Tbilisi', ''],
  ['AM', 'Armenia', 'Armenian', 'Yerevan', ''],
  ['AZ', 'Azerbaijan', 'Azerbaijani', 'Baku', ''],
  ['EE', 'Estonia', 'Estonian', 'Tallinn', ''],
  ['LV', 'Latvia', 'Latvian', 'Riga', ''],
  ['LT', 'Lithuania', 'Lithuanian', 'Vilnius', ''],
  ['IL', 'Israel', 'Israeli', 'Jerusalem', ''],
  ['PS', 'Palestine', 'Palestinian', 'Ramallah', 'State of Palestine'],
  ['IR', 'Iran', 'Iranian', 'Tehran', 'Islamic Republic of Iran'],
  ['IQ', 'Iraq', 'Iraqi', 'Baghdad', ''],
  ['SY', 'Syria', 'Syrian', 'Damascus', ''],
  ['LB', 'Lebanon', 'Lebanese', 'Beirut', ''],
  ['JO', 'Jordan', 'Jordanian', 'Amman', ''],
  ['SA', 'Saudi Arabia', 'Saudi', 'Riyadh', ''],
  ['AE', 'United Arab Emirates', 'Emirati', 'Abu Dhabi', 'UAE;U.A.E.'],
  ['QA', 'Qatar', 'Qatari', 'Doha', ''],
  ['KW', 'Kuwait', 'Kuwaiti', '', ''],
  ['OM', 'Oman', 'Omani', 'Muscat', ''],
  ['YE', 'Yemen', 'Yemeni', 'Sanaa', ''],
  ['EG', 'Egypt', 'Egyptian', 'Cairo', ''],
  ['LY', 'Libya', 'Libyan', 'Tripoli', ''],
  ['TN', 'Tunisia', 'Tunisian', 'Tunis', ''],
  ['DZ', 'Algeria', 'Algerian', 'Algiers', ''],
  ['MA', 'Morocco', 'Moroccan', 'Rabat', ''],
  ['SD', 'Sudan', 'Sudanese', 'Khartoum', ''],
  ['SS', 'South Sudan', 'South Sudanese', 'Juba', ''],
  ['ET', 'Ethiopia', 'Ethiopian', 'Addis Ababa', ''],
  ['ER', 'Eritrea', 'Eritrean', 'Asmara', ''],
  ['SO', 'Somalia', 'Somali', 'Mogadishu', ''],
  ['KE', 'Kenya', 'Kenyan', 'Nairobi', ''],
  ['UG', 'Uganda', 'Ugandan', 'Kampala', ''],
  ['TZ', 'Tanzania', 'Tanzanian', 'Dodoma', ''],
  ['RW', 'Rwanda', 'Rwandan', 'Kigali', ''],
  ['BI', 'Burundi', 'Burundian', 'Gitega', ''],
  ['CD', 'Democratic Republic of the Congo', 'Congolese', 'Kinshasa', 'DRC;DR Congo;D.R. Congo'],
  ['CG', 'Republic of the Congo', '', 'Brazzaville', 'Congo-Brazzaville'],
  ['NG', 'Nigeria', 'Nigerian', 'Abuja', ''],
  ['GH', 'Ghana', 'Ghanaian', 'Accra', ''],
  ['CI', 'Ivory Coast', 'Ivorian', 'Yamoussoukro', "Côte d'Ivoire;Cote d'Ivoire"],
  ['SN', 'Senegal', 'Senegalese', 'Dakar', ''],
  ['ML', 'Mali', 'Malian', 'Bamako', ''],
  ['BF', 'Burkina Faso', 'Burkinabe', 'Ouagadougou', ''],
  ['NE', 'Niger', 'Nigerien', 'Niamey', ''],
  ['TD', 'Chad', 'Chadian', "N'Djamena", ''],
  ['CM', 'Cameroon', 'Cameroonian', 'Yaounde', ''],
  ['AO', 'Angola', 'Angolan', 'Luanda', ''],
  ['MZ', 'Mozambique', 'Mozambican', 'Maputo', ''],
  ['ZW', 'Zimbabwe', 'Zimbabwean', 'Harare', ''],
  ['ZM', 'Zambia', 'Zambian', 'Lusaka', ''],
  ['MW', 'Malawi', 'Malawian', 'Lilongwe', ''],
  ['ZA', 'South Africa', 'South African', 'Pretoria', ''],
  ['NA', 'Namibia', 'Namibian', 'Windhoek', ''],
  ['BW', 'Botswana', 'Botswanan', 'Gaborone', ''],
  ['MG', 'Madagascar', 'Malagasy', 'Antananarivo', ''],
  ['IN', 'India', 'Indian', 'New Delhi', ''],
  ['PK', 'Pakistan', 'Pakistani', 'Islamabad', ''],
  ['AF', 'Afghanistan', 'Afghan', 'Kabul', ''],
  ['BD', 'Bangladesh', 'Bangladeshi', 'Dhaka', ''],
  ['LK', 'Sri Lanka', 'Sri Lankan', 'Colombo', ''],
  ['NP', 'Nepal', 'Nepalese;Nepali', 'Kathmandu', ''],
  ['MM', 'Myanmar', 'Myanmar', 'Naypyitaw', 'Burma'],
  ['TH', 'Thailand', 'Thai', 'Bangkok', ''],
  ['VN', 'Vietnam', 'Vietnamese', 'Hanoi', 'Viet Nam'],
  ['KH', 'Cambodia', 'Cambodian', 'Phnom Penh', ''],
  ['LA', 'Laos', 'Lao;Laotian', 'Vientiane', ''],
  ['MY', 'Malaysia', 'Malaysian', 'Kuala Lumpur', ''],
  ['SG', 'Singapore', 'Singaporean', '', ''],
  ['ID', 'Indonesia', 'Indonesian', 'Jakarta', ''],
  ['PH', 'Philippines', 'Philippine;Filipino', 'Manila', 'the Philippines'],
  ['MN', 'Mongolia', 'Mongolian', 'Ulaanbaatar', ''],
  ['KZ', 'Kazakhstan', 'Kazakh', 'Astana', ''],
  ['UZ', 'Uzbekistan', 'Uzbek', 'Tashkent', ''],
  ['AU', 'Australia', 'Australian', 'Canberra', ''],
  ['NZ', 'New Zealand', 'New Zealander', 'Wellington', ''],
  ['CA', 'Canada', 'Canadian', 'Ottawa', ''],
  ['MX', 'Mexico', 'Mexican', 'Mexico City', ''],
  ['GT', 'Guatemala', 'Guatemalan', '', ''],
  ['HN', 'Honduras', 'Honduran', 'Tegucigalpa', ''],
  ['SV', 'El Salvador', 'Salvadoran', 'San Salvador', ''],
  ['NI', 'Nicaragua', 'Nicaraguan', 'Managua', ''],
  ['CR', 'Costa Rica', 'Costa Rican', 'San Jose', ''],
  ['PA', 'Panama', 'Panamanian', '', ''],
  ['CU', 'Cuba', 'Cuban', 'Havana', ''],
  ['HT', 'Haiti', 'Haitian', 'Port-au-Prince', ''],
  ['DO', 'Dominican Republic', 'Dominican', 'Santo Domingo', ''],
  ['VE', 'Venezuela', 'Venezuelan', 'Caracas', ''],
  ['CO', 'Colombia', 'Colombian', 'Bogota;Bogotá', ''],
  ['EC', 'Ecuador', 'Ecuadorian', 'Quito', ''],
  ['PE', 'Peru', 'Peruvian', 'Lima', ''],
  ['BO', 'Bolivia', 'Bolivian', 'La Paz', ''],
  ['BR', 'Brazil', 'Brazilian', 'Brasilia;Brasília', ''],
  ['PY', 'Paraguay', 'Paraguayan', 'Asuncion', ''],
  ['UY', 'Uruguay', 'Uruguayan', 'Montevideo', ''],
  ['AR', 'Argentina', 'Argentine;Argentinian', 'Buenos Aires', ''],
  ['CL', 'Chile', 'Chilean', 'Santiago', ''],
  ['VA', 'Vatican City', 'Vatican', '', 'Holy See'],
  ['LU', 'Luxembourg', 'Luxembourgish', '', ''],
  ['CY', 'Cyprus', 'Cypriot', 'Nicosia', ''],
  ['MT', 'Malta', 'Maltese', 'Valletta', ''],
  ['SI', 'Slovenia', 'Slovenian', 'Ljubljana', ''],
  ['ME', 'Montenegro', 'Montenegrin', 'Podgorica', ''],
  ['MK', 'North Macedonia', 'Macedonian', 'Skopje', ''],
  ['JM', 'Jamaica', 'Jamaican', 'Kingston', ''],
  ['BH', 'Bahrain', 'Bahraini', 'Manama', ''],
  ['LR', 'Liberia', 'Liberian', 'Monrovia', ''],
  ['SL', 'Sierra Leone', 'Sierra Leonean', 'Freetown', ''],
  ['GN', 'Guinea', 'Guinean', 'Conakry', ''],
  ['TG', 'Togo', 'Togolese', 'Lomé;Lome', ''],
  ['BJ', 'Benin', 'Beninese', 'Porto-Novo', ''],
  ['GM', 'Gambia', 'Gambian', 'Banjul', 'The Gambia'],
  ['MR', 'Mauritania', 'Mauritanian', 'Nouakchott', ''],
  ['GA', 'Gabon', 'Gabonese', 'Libreville', ''],
  ['CF', 'Central African Republic', 'Central African', 'Bangui', ''],
  ['DJ', 'Djibouti', 'Djiboutian', '', ''],
  ['TJ', 'Tajikistan', 'Tajik', 'Dushanbe', ''],
  ['KG', 'Kyrgyzstan', 'Kyrgyz', 'Bishkek', ''],
  ['TM', 'Turkmenistan', 'Turkmen', 'Ashgabat', ''],
  ['FJ', 'Fiji', 'Fijian', 'Suva', ''],
  ['PG', 'Papua New Guinea', 'Papua New Guinean', 'Port Moresby', ''],
  ['TV', 'Tuvalu', 'Tuvaluan', 'Funafuti', ''],
  ['MV', 'Maldives', 'Maldivian', '', 'the Maldives'],
  ['BT', 'Bhutan', 'Bhutanese', 'Thimphu', ''],
  ['BN', 'Brunei', 'Bruneian', '', ''],
  ['TL', 'Timor-Leste', 'Timorese', 'Dili', 'East Timor'],
  ['TT', 'Trinidad and Tobago', 'Trinidadian', 'Port of Spain', ''],
  ['MU', 'Mauritius', 'Mauritian', 'Port Louis', ''],
  ['SC', 'Seychelles', 'Seychellois', '', ''],
  ['SZ', 'Eswatini', 'Swazi', 'Mbabane', 'Swaziland'],
  ['LS', 'Lesotho', 'Basotho', 'Maseru', ''],
];

const list = (cell: string): string[] => (cell ? cell.split(';') : []);

export const COUNTRY_ROWS: CountryRow[] = ROWS.map(([code, name, demonyms, seats, aliases]) => ({
  code,
  name,
  demonyms: list(demonyms),
  seats: list(seats),
  aliases: list(aliases),
}));

/**
 * Country names that are also the name of a U.S. state: in American news "Georgia" is the state
 * far more often than the country. Such a name counts as the country only where the document
 * also names it another way, by its people or its capital ("Georgian troops", "Tbilisi").
 */
export const STATE_NAMED_COUNTRIES: ReadonlyMap<string, string> = new Map([['Georgia', 'GE']]);

/** ISO short names we never match: ambiguous between two countries ("Congo", "Korea") or not sovereign. */
export const IGNORED_ISO_NAMES = new Set(['Congo', 'Korea', 'Jersey', 'Guernsey', 'Georgia']);

/** Descriptions that name a country inside a document about it: "the North" where North Korea is named. */
export const COUNTRY_DESCRIPTIONS: Array<{ word: string; code: string; requires: string }> = [
  { word: 'North', code: 'KP', requires: 'KP' },
  { word: 'South', code: 'KR', requires: 'KP' },
];

/**
 * ISO 3166-1 entries that are not sovereign states (dependencies, special administrative regions,
 * uninhabited territories): "Hong Kong" is a place, not a country. Taiwan stays a country: it
 * governs itself and news treats it as one, as our lexicon does.
 */
export const NOT_SOVEREIGN = new Set([
  'AS', 'AI', 'AQ', 'AW', 'AX', 'BL', 'BM', 'BQ', 'BV', 'CC', 'CK', 'CW', 'CX', 'EH', 'FK', 'FO', 'GF', 'GG', 'GI', 'GL', 'GP', 'GS', 'GU', 'HK',
  'HM', 'IM', 'IO', 'JE', 'KY', 'MF', 'MO', 'MP', 'MQ', 'MS', 'NC', 'NF', 'NU', 'PF', 'PM', 'PN', 'PR', 'RE', 'SH', 'SJ', 'SX', 'TC', 'TF', 'TK',
  'UM', 'VG', 'VI', 'WF', 'YT',
]);

