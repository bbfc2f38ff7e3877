import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../src/schema/index.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing the schema)', () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printedSchema()).toBe(committed);
  });

  it('keeps the public contract names', () => {
    const sdl = printedSchema();
    for (const name of [
      'interface Node', 'interface Entity implements Node', 'type Person implements Entity & Node', 'type Organization implements Entity & Node',
      'type Country implements Entity & Node', 'type Mention', 'enum StatementKind', 'type Statement implements Node', 'type Document implements Node',
      'input StatementFilter', 'type PersonConnection', 'type OrganizationConnection', 'type CountryConnection', 'type DocumentConnection', 'type StatementConnection',
    ]) {
      expect(sdl).toContain(name);
    }
    // Arguments carry descriptions (GraphiQL's docs), so text may stand between them.
    expect(sdl).toMatch(/statements\(\s*(?:"""[\s\S]*?"""\s*)?after: String[\s\S]*?filter: StatementFilter[\s\S]*?first: Int[\s\S]*?\): StatementConnection!/);
  });
});
