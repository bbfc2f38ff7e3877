import { createPubSub } from 'graphql-yoga';
import type { StatementRow } from '../graph/types.js';

/**
 * What subscriptions can watch: statements as they are stored through this server.
 * In-process: a document stored by another process (`whosaid ingest` on the same
 * database) is readable at once but not announced.
 */
export const createGraphEvents = () => createPubSub<{ statementAdded: [statement: StatementRow] }>();

export type GraphEvents = ReturnType<typeof createGraphEvents>;
