import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GoldPair } from '../../src/eval/gold.js';
import { convertGumDocument, GUM_NEWS_FOLDER, loadGumFolder, sovereignCountryCode } from '../../src/eval/gum.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const GUM = resolve(REPO, GUM_NEWS_FOLDER);
const BIN = resolve(REPO, 'src/whosaid.js');

/** CoNLL-U written with aligned spaces for reading; token lines get their tab separators back. */
const conllu = (snippet: string): string =>
  snippet
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .map((line) => (/^\d/.test(line) ? line.split(/ +/).join('\t') : line))
    .join('\n');

// An invented article in GUM's CoNLL-U layout: headline, Wikinews date line, two paragraphs.
const ARTICLE = conllu(`
# newdoc id = GUM_news_budget
# meta::dateCreated = 2024-03-05
# newpar
# text = Chile watches Lisbon talks
1  Chile    Chile   PROPN NNP _ 2 nsubj    _ Entity=(1-place-new-sssss-cf1-1-coref-Chile)
2  watches  watch   VERB  VBZ _ 0 root     _ _
3  Lisbon   Lisbon  PROPN NNP _ 4 compound _ Entity=(2-place-new-nnnnn-cf2-1-sgl-Lisbon)
4  talks    talk    NOUN  NNS _ 2 obj      _ _

# newpar
# text = Tuesday, March 5, 2024
1  Tuesday  Tuesday PROPN NNP _ 0 root     _ SpaceAfter=No
2  ,        ,       PUNCT ,   _ 1 punct    _ _
3  March    March   PROPN NNP _ 1 appos    _ _
4  5        5       NUM   CD  _ 3 nummod   _ SpaceAfter=No
5  ,        ,       PUNCT ,   _ 3 punct    _ _
6  2024     2024    NUM   CD  _ 3 nmod     _ _

# newpar
# text = Portugal's Finance Minister Ana Ruiz said the National Statistics Office (NSO) had revised its figures.
1-2 Portugal's _    _     _   _ _ _        _ _
1  Portugal Portugal PROPN NNP _ 4 nmod:poss _ Entity=(3-person-new-sssss-cf1-4,5-coref-Ana_Ruiz(4-organization-new-sssss-cf2-1-coref-Portugal
2  's       's      PART  POS _ 1 case     _ Entity=4)
3  Finance  finance PROPN NNP _ 4 compound _ _
4  Minister minister PROPN NNP _ 5 nmod:desc _ _
5  Ana      Ana     PROPN NNP _ 7 nsubj    _ _
6  Ruiz     Ruiz    PROPN NNP _ 5 flat     _ Entity=3)
7  said     say     VERB  VBD _ 0 root     _ _
8  the      the     DET   DT  _ 11 det     _ Entity=(5-organization-new-sssss-cf3-2,3,4-coref
9  National national PROPN NNP _ 11 compound _ _
10 Statistics statistics PROPN NNP _ 11 compound _ _
11 Office   office  PROPN NNP _ 16 nsubj   _ Entity=5)
12 (        (       PUNCT -LRB- _ 13 punct _ SpaceAfter=No
13 NSO      NSO     PROPN NNP _ 11 appos   _ Entity=(5-organization-giv:act-sssss-cf3-1-appos)|SpaceAfter=No
14 )        )       PUNCT -RRB- _ 13 punct _ _
15 had      have    AUX   VBD _ 16 aux     _ _
16 revised  revise  VERB  VBN _ 7 ccomp    _ _
17 its      its     PRON  PRP$ _ 18 nmod:poss _ Entity=(5-organization-giv:act-sssss-cf3-1-coref)
18 figures  figure  NOUN  NNS _ 16 obj     _ SpaceAfter=No
19 .        .       PUNCT .   _ 7 punct    _ _

# newpar
# text = Ruiz told reporters in Brasília that Brazil would follow her.
1  Ruiz     Ruiz    PROPN NNP _ 2 nsubj    _ Entity=(3-person-giv:act-sssss-cf1-1-coref)
2  told     tell    VERB  VBD _ 0 root     _ _
3  reporters reporter NOUN NNS _ 2 iobj    _ Entity=(6-person-new-nnnnn-cf4-1-sgl)
4  in       in      ADP   IN  _ 5 case     _ _
5  Brasília Brasília PROPN NNP _ 2 obl     _ Entity=(7-place-new-nnnnn-cf5-1-sgl-Brasília)
6  that     that    SCONJ IN  _ 9 mark     _ _
7  Brazil   Brazil  PROPN NNP _ 9 nsubj    _ Entity=(8-place-new-nnnnn-cf6-1-sgl-Brazil)
8  would    would   AUX   MD  _ 9 aux      _ _
9  follow   follow  VERB  VB  _ 2 ccomp    _ _
10 her      she     PRON  PRP _ 9 obj      _ Entity=(3-person-giv:act-sssss-cf1-1-coref)|SpaceAfter=No
11 .        .       PUNCT .   _ 2 punct    _ _

# text = The office said a senior official would explain them.
1  The      the     DET   DT  _ 2 det      _ Entity=(5-organization-giv:inact-sssss-cf3-2-coref
2  office   office  NOUN  NN  _ 3 nsubj    _ Entity=5)
3  said     say     VERB  VBD _ 0 root     _ _
4  a        a       DET   DT  _ 6 det      _ Entity=(9-person-new-nnnnn-cf7-3-sgl
5  senior   senior  ADJ   JJ  _ 6 amod     _ _
6  official official NOUN NN  _ 8 nsubj    _ Entity=9)
7  would    would   AUX   MD  _ 8 aux      _ _
8  explain  explain VERB  VB  _ 3 ccomp    _ _
9  them     they    PRON  PRP _ 8 obj     _ SpaceAfter=No
10 .        .       PUNCT .   _ 3 punct    _ _
`);

describe('convertGumDocument', () => {
  const { name, text, gold } = convertGumDocument(ARTICLE);

  it('lays the article out like our news files: headline, date line, blank line, paragraphs with original spacing', () => {
    expect(name).toBe('GUM_news_budget');
    expect(text).toBe(
      'Chile watches Lisbon talks\n2024-03-05\n\nTuesday, March 5, 2024\n\n' +
        "Portugal's Finance Minister Ana Ruiz said the National Statistics Office (NSO) had revised its figures.\n\n" +
        'Ruiz told reporters in Brasília that Brazil would follow her. The office said a senior official would explain them.\n',
    );
    expect(gold.publishedAt).toBe('2024-03-05');
  });

  it('names a person by the Wikipedia identity and keeps the surname, not the title, the nested country or pronouns', () => {
    expect(gold.people).toEqual([{ name: 'Ana Ruiz', aliases: ['Ruiz'] }]);
  });

  it('keeps an acronym as an organization alias, not a description ("The office") or a pronoun', () => {
    expect(gold.organizations).toEqual([{ name: 'National Statistics Office', aliases: ['NSO'] }]);
  });

  it('makes countries of a country typed organization (a government) and a country typed place, not of cities', () => {
    expect(gold.countries).toEqual([{ name: 'Portugal', aliases: [] }, { name: 'Brazil', aliases: [] }]);
  });

  it('drops what only the headline names (Chile), unnamed people and statements', () => {
    expect(JSON.stringify(gold)).not.toMatch(/Chile|official|reporters/);
    expect(gold.statements).toEqual([]);
  });

  it('joins a bare surname GUM left in a chain of its own to the one person whose name it ends', () => {
    const split = ARTICLE.replace('(3-person-giv:act', '(10-person-giv:act'); // "Ruiz told reporters" becomes chain 10
    expect(convertGumDocument(split).gold.people).toEqual([{ name: 'Ana Ruiz', aliases: ['Ruiz'] }]);
  });
});

describe('sovereignCountryCode', () => {
  it.each([
    ['United_States', 'US'],
    ["People's_Republic_of_China", 'CN'],
    ['North_Korea', 'KP'],
    ['Syria', 'SY'],
    ['Georgia_(country)', 'GE'],
  ])('%s is a sovereign state (%s)', (identity, code) => {
    expect(sovereignCountryCode(identity)).toBe(code);
  });

  it.each(['Hong_Kong', 'Puerto_Rico', 'Georgia_(U.S._state)', 'Lisbon', 'Southeast_Asia'])('%s is not', (identity) => {
    expect(sovereignCountryCode(identity)).toBeNull();
  });
});

describe('whosaid eval --gum', () => {
  it('says the folder is missing and exits 0, so evaluation runs without GUM', () => {
    const result = spawnSync(process.execPath, [BIN, 'eval', '--gum', 'no/such/gum-news'], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('GUM news not found at no/such/gum-news: skipped\n');
  });
});

describe.skipIf(!existsSync(GUM))('the GUM news subset', () => {
  let pairs: GoldPair[];
  beforeAll(async () => {
    pairs = await loadGumFolder(GUM);
  });
  const count = (list: 'people' | 'organizations' | 'countries') => pairs.reduce((total, pair) => total + pair.gold[list].length, 0);

  it('converts all 20 news documents, each with named entities', () => {
    expect(pairs).toHaveLength(20);
    for (const { name, gold } of pairs) expect(gold.people.length + gold.organizations.length + gold.countries.length, name).toBeGreaterThan(0);
  });

  it('finds a plausible number of named people, organizations and countries', () => {
    expect(count('people')).toBeGreaterThan(120);
    expect(count('people')).toBeLessThan(260);
    expect(count('organizations')).toBeGreaterThan(80);
    expect(count('organizations')).toBeLessThan(200);
    expect(count('countries')).toBeGreaterThan(25);
    expect(count('countries')).toBeLessThan(60);
  });

  it('writes every gold name and alias in the article (countries: the aliases; their name is the common English one)', () => {
    for (const { name, text, gold } of pairs) {
      const lower = text.toLowerCase();
      const unwritten = [...gold.people, ...gold.organizations]
        .flatMap((entity) => [entity.name, ...(entity.aliases ?? [])])
        .concat(gold.countries.flatMap((country) => country.aliases ?? []))
        .filter((form) => !lower.includes(form.toLowerCase()));
      expect(unwritten, name).toEqual([]);
    }
  });
});
