import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './entity.js';
import './document.js';
import './statement.js';
import './search.js';
import './walk.js';
import './network.js';
import './code-points.js';
import './claim.js';

export const schema = builder.toSchema();

/** The committed SDL: sorted, so diffs show real changes only. */
export const printedSchema = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
