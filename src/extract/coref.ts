import { FEMALE_HONORIFICS, MALE_HONORIFICS, NAME_PARTICLES } from '../lexicon/people.js';
import { LEADING_ORG_HEADS } from '../lexicon/organizations.js';
import { STATE_NAMED_COUNTRIES } from '../lexicon/countries.js';
import { countryAdjective, countryName } from './gazetteer.js';
import { givenNameGender } from './given-names.js';
import { misspells } from './name-typos.js';
import { nameKey as normalize, startsUpperCase } from './normalize.js';
import { firstNotBefore } from './sorted.js';
import type { CountryMention, OrganizationMention, PersonMention, RawMention } from './mentions.js';
import type { EntityKind, Evidence, ExtractedEntity, ExtractedMention } from '../graph/facts.js';

/**
 * Within-document coreference: raw mentions become entities. "Kirby", "Mr. Kirby" and
 * "John Kirby" are one person; a surname shared by two people goes to one named before it (the
 * one just named, else the one named most so far); "NSC" is the council that defined it.
 */
/** How near (in characters) a shared surname's last bearer must stand to win over the one named most. */
const JUST_NAMED = 400;
/** How many mentions back a pronoun or description looks for its referent. */
const LOOK_BACK = 400;

export interface EntityRecord {
  entity: ExtractedEntity;
  /** People: every name word, normalised, to link surnames and first names. */
  nameWords: string[];
  gender: 'male' | 'female' | null;
  /** What the given name suggests: only weighed against an honorific ("Ms. de Souza"). */
  nameGender: 'male' | 'female' | null;
  /** Where each of its mentions starts, in the order they were read (a surname read late looks back from where it stands). */
  seenAt: number[];
  generic: boolean;
}

export interface ResolvedMention extends ExtractedMention {
  kind: EntityKind;
  raw: RawMention;
}


/** Where the record was last mentioned before `offset`; -1 when only after it (a stable sort keeps recency then). */
function latestBefore(record: EntityRecord, offset: number): number {
  let latest = -1;
  for (const at of record.seenAt) if (at < offset && at > latest) latest = at;
  return latest;
}

/** The last word of a person's name as the document gives it ("Ian Read" → "Read"): how a surname alone refers back. */
export const surnameOf = (record: EntityRecord): string => record.entity.name.split(' ').pop() ?? '';

export class DocumentEntities {
  readonly records = new Map<string, EntityRecord>();
  readonly mentions: ResolvedMention[] = [];
  private readonly people: EntityRecord[] = [];
  private readonly acronyms = new Map<string, string>();
  private readonly byRaw = new Map<RawMention, ResolvedMention>();
  private readonly bySentence = new Map<number, ResolvedMention[]>();

  constructor(raw: RawMention[]) {
    const named = new Set(raw.filter((m): m is CountryMention => m.kind === 'COUNTRY' && m.form !== 'description').map((m) => m.code));
    // "Georgia" alone is the U.S. state; with "Georgian" or "Tbilisi" in the text, the country.
    const namedOtherwise = new Set(raw.filter((m): m is CountryMention => m.kind === 'COUNTRY' && (m.form === 'demonym' || m.form === 'seat')).map((m) => m.code));
    const countryHere = (mention: CountryMention) => mention.form !== 'name' || STATE_NAMED_COUNTRIES.get(mention.text) !== mention.code || namedOtherwise.has(mention.code);
    // Acronyms defined anywhere count everywhere: "(NSC)" may follow its first bare use.
    for (const mention of raw) {
      // "National Security Council (NSC)" defines NSC; a bare "NSC" defines nothing.
      if (mention.kind === 'ORGANIZATION' && !mention.tentative && mention.acronym && mention.acronym !== mention.name) this.acronyms.set(mention.acronym, this.orgKey(mention));
      if (mention.kind === 'ORGANIZATION' && mention.known) for (const alias of mention.known.aliases) this.acronyms.set(alias, this.orgKey(mention));
    }
    // "FAA" in a text that names the Federal Aviation Administration: initials as an alias; each
    // part of a hyphenated word has its own ("PSG" of Paris Saint-Germain).
    for (const mention of raw) {
      if (mention.kind !== 'ORGANIZATION' || mention.tentative || mention.known) continue;
      const initials = mention.name.split(/[\s-]+/).filter((word) => startsUpperCase(word)).map((word) => word[0]).join('');
      if (initials.length >= 2 && !this.acronyms.has(initials)) this.acronyms.set(initials, this.orgKey(mention));
    }
    for (const mention of raw) {
      if (mention.kind === 'PERSON') {
        if (!mention.tentative) this.addPerson(mention);
      } else if (mention.kind === 'ORGANIZATION') this.addOrganization(mention);
      else if ((!mention.requires || named.has(mention.requires)) && countryHere(mention)) this.addCountry(mention);
    }
    // Names with no clue of their own count only when they name someone found with one:
    // "Rakesh Tiwari" early, "Tiwari said" later.
    for (const mention of raw) if (mention.kind === 'PERSON' && mention.tentative) this.addPerson(mention);
    this.mentions.sort((a, b) => a.start - b.start);
    for (const mentions of this.bySentence.values()) mentions.sort((a, b) => a.start - b.start);
    this.linkRelations();
  }

  get(key: string): EntityRecord | undefined {
    return this.records.get(key);
  }

  /**
   * Mentions ending before `offset`, nearest first, within a bounded look-back: referents of
   * pronouns and descriptions are close by, and the bound keeps long documents linear.
   */
  *mentionsBefore(offset: number): Generator<ResolvedMention> {
    const low = firstNotBefore(this.mentions, (mention) => mention.start < offset);
    for (let i = low - 1; i >= 0 && low - i <= LOOK_BACK; i--) if (this.mentions[i].end <= offset) yield this.mentions[i];
  }

  /** People named before `offset`, most recent first. */
  peopleBefore(offset: number): EntityRecord[] {
    const seen = new Set<string>();
    for (const mention of this.mentionsBefore(offset)) if (mention.kind === 'PERSON') seen.add(mention.entityKey);
    return [...seen].map((key) => this.records.get(key)!);
  }

  /**
   * Where a sentence's subject can start, by sentence index, when a phrase opens it ("In an
   * interview with Sean Hannity, Trump …": Hannity is no subject). Set by extract().
   */
  readonly clauseStarts = new Map<number, number>();

  /** The mentions of one sentence, in text order. */
  inSentence(sentence: number): ResolvedMention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  private record(key: string, kind: EntityKind, name: string): EntityRecord {
    let record = this.records.get(key);
    if (!record) {
      record = {
        entity: { key, kind, name, aliases: [], roles: [], organizations: [], relationEvidence: [] },
        nameWords: [],
        gender: null,
        nameGender: null,
        seenAt: [],
        generic: false,
      };
      this.records.set(key, record);
    }
    return record;
  }

  private mention(record: EntityRecord, raw: RawMention): void {
    record.seenAt.push(raw.start);
    const alias = raw.kind === 'COUNTRY' && raw.form === 'demonym' ? null : raw.text.replace(/\s+/g, ' ');
    if (alias && alias !== record.entity.name && !record.entity.aliases.includes(alias)) record.entity.aliases.push(alias);
    const resolved: ResolvedMention = { entityKey: record.entity.key, kind: record.entity.kind, text: raw.text, start: raw.start, end: raw.end, sentence: raw.sentence, raw };
    this.mentions.push(resolved);
    this.byRaw.set(raw, resolved);
    const sentence = this.bySentence.get(raw.sentence) ?? [];
    sentence.push(resolved);
    this.bySentence.set(raw.sentence, sentence);
  }

  private addPerson(mention: PersonMention): void {
    const words = mention.nameWords.map(normalize).filter((word) => !NAME_PARTICLES.has(word));
    let record = this.findPerson(words, mention);
    if (!record && words.length === 1 && !mention.honorific) {
      // "Acas said", "Hanbit could face a fine": the word names an organization of the document.
      const orgKey = this.acronyms.get(mention.text) ?? this.organizationStartingWith(words[0])?.entity.key;
      if (orgKey) {
        this.mention(this.records.get(orgKey)!, mention);
        return;
      }
    }
    if (!record) {
      if (mention.tentative) return;
      record = this.record(`person:${words.join(' ')}:${this.people.length}`, 'PERSON', mention.nameWords.join(' '));
      record.nameWords = words;
      this.people.push(record);
    } else if (words.length > record.nameWords.length) {
      // A fuller form names the person: "Kirby" then "John Kirby".
      if (!record.entity.aliases.includes(record.entity.name)) record.entity.aliases.push(record.entity.name);
      record.entity.name = mention.nameWords.join(' ');
      record.nameWords = [...new Set([...record.nameWords, ...words])];
    }
    if (mention.honorific) {
      if (MALE_HONORIFICS.has(mention.honorific)) record.gender = 'male';
      if (FEMALE_HONORIFICS.has(mention.honorific)) record.gender = 'female';
    } else if (mention.nameWords.length >= 2) {
      record.nameGender ??= givenNameGender(mention.nameWords[0]);
    }
    for (const role of mention.roles) this.addRole(record, role);
    this.mention(record, mention);
  }

  /** The person these name words point to: a full match first, then a shared word, most recent wins. */
  private findPerson(words: string[], mention: PersonMention): EntityRecord | undefined {
    const lastSeen = (person: EntityRecord) => person.seenAt.at(-1) ?? 0;
    const byRecency = [...this.people].sort((a, b) => lastSeen(b) - lastSeen(a));
    if (words.length >= 2) {
      return byRecency.find((person) => containsRun(person.nameWords, words) || containsRun(words, person.nameWords)) ?? this.misspelt(words, mention);
    }
    const [word] = words;
    if (!word) return undefined;
    const gender = mention.honorific && MALE_HONORIFICS.has(mention.honorific) ? 'male' : mention.honorific && FEMALE_HONORIFICS.has(mention.honorific) ? 'female' : null;
    // "Ms. de Souza" is not the late Gilbert de Souza: honorifics agree with given names too.
    const fits = (person: EntityRecord) => !gender || ((!person.gender || person.gender === gender) && (!person.nameGender || person.nameGender === gender));
    const candidates = byRecency.filter((person) => person.nameWords.includes(word) && fits(person));
    // "Park said" read after both Parks were named goes to one named before it, not to one the text
    // names only later: the one just named ("Margaret Chen, a nurse, said …" then "Mrs. Chen said"),
    // else the one named most often so far (Hillary's "Clinton", paragraphs after a "Bill Clinton's").
    if (candidates.length > 1) {
      const recent = [...candidates].sort((a, b) => latestBefore(b, mention.start) - latestBefore(a, mention.start))[0];
      const last = latestBefore(recent, mention.start);
      if (last !== -1 && mention.start - last <= JUST_NAMED) return recent;
      const before = (person: EntityRecord) => person.seenAt.filter((at) => at < mention.start).length;
      return candidates.sort((a, b) => before(b) - before(a) || latestBefore(b, mention.start) - latestBefore(a, mention.start))[0];
    }
    return candidates[0] ?? this.misspelt(words, mention);
  }

  /** The one person whose name these words misspell ("Water" for Kathryn Waters); none when two could be meant or the name has no clue of its own. */
  private misspelt(words: string[], mention: PersonMention): EntityRecord | undefined {
    if (mention.tentative) return undefined;
    const fitting = this.people.filter((person) => misspells(words, person.nameWords));
    return fitting.length === 1 ? fitting[0] : undefined;
  }

  private addRole(record: EntityRecord, role: Evidence): void {
    const text = role.text.replace(/\s+/g, ' ');
    if (!record.entity.roles.some((known) => known.toLowerCase() === text.toLowerCase())) record.entity.roles.push(text);
    record.entity.relationEvidence.push({ relation: `role:${text}`, start: role.start, end: role.end, text: role.text });
  }

  private orgKey(mention: OrganizationMention): string {
    const base = `org:${institutionKey(mention.known?.name ?? mention.name)}`;
    return mention.generic && mention.countryCode ? `${base}|${mention.countryCode}` : base;
  }

  private addOrganization(mention: OrganizationMention): void {
    const key = mention.tentative ? this.acronyms.get(mention.name) : this.acronyms.get(mention.name) ?? this.organizationFor(mention);
    if (!key) return;
    // A generic name ("the Home Office") joining a specific body ("United Kingdom Home Office") leaves it specific.
    const created = !this.records.has(key);
    const record = this.record(key, 'ORGANIZATION', mention.known?.name ?? mention.name);
    if (created) record.generic = mention.generic;
    if (mention.acronym && !mention.tentative && !record.entity.aliases.includes(mention.acronym)) record.entity.aliases.push(mention.acronym);
    // "al-Ikhbariya" is also written, and searched for, without its article: "Ikhbariya".
    const bare = ARABIC_ARTICLE.exec(mention.name)?.[1];
    if (bare && !record.entity.aliases.includes(bare)) record.entity.aliases.push(bare);
    if (mention.countryCode) this.setCountry(record, mention.countryCode, mention);
    this.mention(record, mention);
  }

  /**
   * The record an organization mention belongs to: the same name (a generic name only in
   * the same country), or a longer name it starts ("Hanbit Dynamics" of "Hanbit Dynamics
   * Corporation"), whose fuller form becomes the name.
   */
  private organizationFor(mention: OrganizationMention): string {
    const key = this.orgKey(mention);
    if (this.records.has(key)) return key;
    const base = key.split('|')[0];
    if (mention.generic) {
      if (this.records.has(base)) return base;
      // "the city council" after "Hamilton City Council" is that council.
      const name = normalize(mention.name);
      const specific = [...this.records.values()].find((record) => record.entity.kind === 'ORGANIZATION' && !record.generic && normalize(record.entity.name).endsWith(` ${name}`));
      return specific?.entity.key ?? key;
    }
    if (mention.known) return key;
    const name = normalize(mention.name);
    for (const record of this.records.values()) {
      if (record.entity.kind !== 'ORGANIZATION' || record.generic) continue;
      const other = normalize(record.entity.name);
      if (other.startsWith(`${name} `)) return record.entity.key;
      // "Serrano" of "Clube Atlético Serrano": the name without the head that opens it in another language.
      if (other.endsWith(` ${name}`) && LEADING_HEAD_KEYS.has(other.split(' ')[0])) return record.entity.key;
      if (name.startsWith(`${other} `)) {
        if (!record.entity.aliases.includes(record.entity.name)) record.entity.aliases.push(record.entity.name);
        record.entity.name = mention.name;
        return record.entity.key;
      }
    }
    return key;
  }

  /** A lone word that starts an organization's name and names no person: "Hanbit" for Hanbit Dynamics. */
  private organizationStartingWith(word: string): EntityRecord | undefined {
    return [...this.records.values()].find((record) => record.entity.kind === 'ORGANIZATION' && !record.generic && !record.entity.code
      && normalize(record.entity.name).split(' ')[0] === word && normalize(record.entity.name).includes(' '));
  }

  /** Generic institutions take their country's adjective: "the foreign ministry" of China → "Chinese Foreign Ministry". */
  nameGenericOrganizations(): void {
    for (const record of this.records.values()) {
      const entity = record.entity;
      if (!record.generic || !entity.country || entity.kind !== 'ORGANIZATION') continue;
      if (!/^[A-Z][a-z]+ (Ministry|Department|Bank|Council|Court|Commission|Assembly|Exchange)$/.test(entity.name)) continue;
      const code = entity.country.replace(/^country:/, '');
      if (!entity.aliases.includes(entity.name)) entity.aliases.push(entity.name);
      entity.name = `${countryAdjective(code)} ${entity.name}`;
    }
  }

  private addCountry(mention: CountryMention): void {
    const record = this.record(`country:${mention.code}`, 'COUNTRY', countryName(mention.code));
    record.entity.code = mention.code;
    this.mention(record, mention);
  }

  setCountry(record: EntityRecord, code: string, evidence: Evidence): void {
    if (record.entity.country) return;
    const country = this.record(`country:${code}`, 'COUNTRY', countryName(code));
    country.entity.code = code;
    record.entity.country = country.entity.key;
    record.entity.relationEvidence.push({ relation: `country:${country.entity.key}`, start: evidence.start, end: evidence.end, text: evidence.text });
  }

  addOrganizationTo(person: EntityRecord, orgKey: string, evidence: Evidence): void {
    if (person.entity.organizations.includes(orgKey)) return;
    person.entity.organizations.push(orgKey);
    person.entity.relationEvidence.push({ relation: `organization:${orgKey}`, start: evidence.start, end: evidence.end, text: evidence.text });
  }

  /** Person → organizations and country, organization → country, then countries flow both ways. */
  private linkRelations(): void {
    const keyOf = (raw: RawMention) => this.byRaw.get(raw)?.entityKey;
    for (const mention of this.mentions) {
      if (mention.raw.kind !== 'PERSON') continue;
      const person = this.records.get(mention.entityKey)!;
      for (const affiliation of mention.raw.affiliations) {
        const key = keyOf(affiliation);
        if (key && this.records.get(key)?.entity.kind === 'ORGANIZATION') this.addOrganizationTo(person, key, affiliation);
      }
      if (mention.raw.countryCode) this.setCountry(person, mention.raw.countryCode, mention);
    }
    this.tieCompanyRoles();
    this.propagateCountries();
  }

  /**
   * "Stahlwerk Nord said … Chief executive Ingrid Baumann said": a company role with no
   * organization of its own belongs to the organization the text named last, within
   * COMPANY_ROLE_REACH sentences before. The role is the evidence.
   */
  private tieCompanyRoles(): void {
    let lastOrganization: ResolvedMention | null = null;
    for (const mention of this.mentions) {
      if (mention.raw.kind === 'ORGANIZATION') {
        if (!mention.raw.generic && this.records.get(mention.entityKey)?.entity.kind === 'ORGANIZATION') lastOrganization = mention;
        continue;
      }
      if (mention.raw.kind !== 'PERSON' || !lastOrganization || mention.sentence - lastOrganization.sentence > COMPANY_ROLE_REACH) continue;
      const person = this.records.get(mention.entityKey)!;
      if (person.entity.organizations.length > 0 || mention.raw.countryCode) continue;
      const role = mention.raw.roles.find((candidate) => COMPANY_ROLES.has(candidate.text.toLowerCase()));
      if (role) this.addOrganizationTo(person, lastOrganization.entityKey, role);
    }
  }

  /** A person serves the country of their organization; a national body belongs to its officials' country. */
  propagateCountries(): void {
    // Each organization's members, in record order: looked up, not searched for among all records per organization.
    const members = new Map<string, EntityRecord[]>();
    for (const record of this.records.values()) {
      for (const key of record.entity.organizations) {
        const list = members.get(key);
        if (list) list.push(record);
        else members.set(key, [record]);
      }
    }
    for (let pass = 0; pass < 2; pass++) {
      for (const record of this.records.values()) {
        const entity = record.entity;
        if (entity.kind !== 'PERSON' || entity.country) continue;
        const org = entity.organizations.map((key) => this.records.get(key)!).find((candidate) => candidate?.entity.country);
        if (org) entity.country = org.entity.country;
      }
      for (const record of this.records.values()) {
        const entity = record.entity;
        if (entity.kind !== 'ORGANIZATION' || entity.country) continue;
        const countries = new Set((members.get(entity.key) ?? []).map((member) => member.entity.country).filter(Boolean));
        if (countries.size === 1) entity.country = [...countries][0];
      }
    }
  }
}

/** Roles only a company has, written whole: "chief executive", "CFO". A minister or a spokesman may serve anyone. */
const COMPANY_ROLES: ReadonlySet<string> = new Set([
  'chief executive', 'chief executive officer', 'ceo', 'chief financial officer', 'cfo', 'chief operating officer', 'coo',
  'chief technology officer', 'cto', 'chief economist', 'chief investment officer', 'chairman', 'chairwoman', 'chair',
  'chief', 'managing director', 'executive director', 'founder', 'co-founder', 'chief strategist',
]);
const LEADING_HEAD_KEYS = new Set([...LEADING_ORG_HEADS].map(normalize));

/** An organization's name opening on the Arabic article: "al-Ikhbariya", "Al-Watan". */
const ARABIC_ARTICLE = /^(?:al|Al|el|El)-(\p{Lu}\S*(?: \S+)*)$/u;

/** How many sentences back the organization of a company role may be named. */
const COMPANY_ROLE_REACH = 2;

/** Does `haystack` contain `needle` as a contiguous run? */
function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}

/** "Ministry of Health" and "the health ministry" are one institution: key both as "health ministry". */
function institutionKey(name: string): string {
  const key = normalize(name);
  const official = /^(ministry|department|office|bureau|agency) (?:of|for) (?:the )?(.+)$/.exec(key);
  return official ? `${official[2]} ${official[1]}` : key;
}
