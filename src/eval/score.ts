import { nameKey } from '../extract/normalize.js';
import type { EntityKind, ExtractedDocument, ExtractedEntity, ExtractedStatement } from '../graph/facts.js';
import type { GoldDocument, GoldEntity, GoldStatement } from './gold.js';

/**
 * Scoring rules of ANNOTATION.md: entities match by name or any alias (case-, accent- and
 * period-insensitive), per type, one to one; a statement matches when its span covers at
 * least half of the gold text and the overlap is at least 30% of its span; who-said-what
 * also needs the right speaker (or both unnamed). Our gold annotates reported speech only
 * (ANNOTATION.md): a belief, appraisal or evidence statement may match a gold statement,
 * but is no false alarm when it matches none.
 */
export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface DocumentScore {
  name: string;
  entities: Record<EntityKind, Counts & { misses: string[]; falseAlarms: string[] }>;
  statements: Counts & {
    rightSpeaker: number;
    rightKind: number;
    about: Counts;
    misses: string[];
    falseAlarms: string[];
    wrongSpeakers: string[];
  };
}

const GOLD_LIST: Record<EntityKind, keyof Pick<GoldDocument, 'people' | 'organizations' | 'countries'>> = {
  PERSON: 'people', ORGANIZATION: 'organizations', COUNTRY: 'countries',
};

const forms = (entity: { name: string; aliases?: string[] }) => new Set([entity.name, ...(entity.aliases ?? [])].map(nameKey));
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((form) => b.has(form));

export function scoreDocument(name: string, text: string, gold: GoldDocument, facts: ExtractedDocument): DocumentScore {
  const mentioned = new Set(facts.mentions.map((mention) => mention.entityKey));
  const goldOf = new Map<string, GoldEntity>(); // system entity key -> matched gold entity
  const entities = {} as DocumentScore['entities'];
  for (const kind of ['PERSON', 'ORGANIZATION', 'COUNTRY'] as const) {
    const goldList = gold[GOLD_LIST[kind]] ?? [];
    const predicted = facts.entities.filter((entity) => entity.kind === kind && mentioned.has(entity.key));
    const free = new Set(goldList);
    for (const entity of predicted) {
      const match = [...free].find((candidate) => nameKey(candidate.name) === nameKey(entity.name)) ?? [...free].find((candidate) => overlaps(forms(entity), forms(candidate)));
      if (match) {
        free.delete(match);
        goldOf.set(entity.key, match);
      }
    }
    entities[kind] = {
      gold: goldList.length,
      predicted: predicted.length,
      matched: goldList.length - free.size,
      misses: [...free].map((entity) => entity.name),
      falseAlarms: predicted.filter((entity) => !goldOf.has(entity.key)).map((entity) => entity.name),
    };
  }

  const byKey = new Map(facts.entities.map((entity) => [entity.key, entity]));
  const isGoldEntity = (key: string | null, goldName: string | null): boolean => {
    if (key === null || goldName === null) return key === goldName;
    const matched = goldOf.get(key);
    if (matched) return nameKey(matched.name) === nameKey(goldName);
    const entity = byKey.get(key);
    return !!entity && forms(entity).has(nameKey(goldName));
  };
  return { name, entities, statements: scoreStatements(text, gold.statements ?? [], facts.statements, isGoldEntity, byKey) };
}

function scoreStatements(
  text: string, gold: GoldStatement[], predicted: ExtractedStatement[], isGoldEntity: (key: string | null, goldName: string | null) => boolean,
  byKey: Map<string, ExtractedEntity>,
): DocumentScore['statements'] {
  const result: DocumentScore['statements'] = {
    gold: gold.length, predicted: predicted.length, matched: 0, rightSpeaker: 0, rightKind: 0,
    about: { gold: 0, predicted: 0, matched: 0 }, misses: [], falseAlarms: [], wrongSpeakers: [],
  };
  const used = new Set<ExtractedStatement>();
  for (const statement of gold) {
    const start = text.indexOf(statement.text);
    if (start === -1) {
      result.misses.push(`(gold text not in article) ${statement.text.slice(0, 60)}`);
      continue;
    }
    const end = start + statement.text.length;
    let best: ExtractedStatement | null = null;
    let bestOverlap = 0;
    for (const candidate of predicted) {
      if (used.has(candidate)) continue;
      const overlap = Math.min(end, candidate.end) - Math.max(start, candidate.start);
      if (overlap >= 0.5 * (end - start) && overlap >= 0.3 * (candidate.end - candidate.start) && overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    if (!best) {
      result.misses.push(`${statement.speaker ?? statement.speakerDescription}: ${statement.text.slice(0, 80)}`);
      continue;
    }
    used.add(best);
    result.matched++;
    if (isGoldEntity(best.speakerKey, statement.speaker)) result.rightSpeaker++;
    else result.wrongSpeakers.push(`${statement.speaker ?? 'unnamed'} ≠ ${best.speakerKey ? byKey.get(best.speakerKey)?.name : `unnamed (${best.speakerDescription})`}: ${statement.text.slice(0, 60)}`);
    if (best.kind === statement.kind) result.rightKind++;
    const goldAbout = statement.about ?? [];
    result.about.gold += goldAbout.length;
    result.about.predicted += best.about.length;
    result.about.matched += goldAbout.filter((name) => best!.about.some((key) => isGoldEntity(key, name))).length;
  }
  const unmatched = predicted.filter((statement) => !used.has(statement) && statement.act === 'SPEECH');
  result.predicted = result.matched + unmatched.length;
  result.falseAlarms = unmatched.map((statement) => statement.text.slice(0, 80));
  return result;
}
