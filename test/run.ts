import { readFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
const file = process.argv[2];
const t = readFileSync(file,'utf8');
const d = extract(t);
console.log(d.title, d.publishedAt);
for (const e of d.entities) console.log(e.kind, '|', e.name, '|', e.aliases.join(', '), '| roles:', e.roles.join('; '), '| orgs:', e.organizations.join(','), '| country:', e.country ?? '');
for (const s of d.statements) console.log(`\n[${s.kind}] ${s.speakerKey ?? 'null'} (${s.speakerMention?.text} / ${s.speakerDescription ?? ''}) cue=${s.cue} date=${s.date}\n   ${s.text}\n   about: ${s.about.join(', ')}`);
