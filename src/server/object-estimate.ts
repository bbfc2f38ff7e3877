import {
  getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination.js';
import { LIST_ESTIMATE, MAX_LIST_ARGUMENT } from './limits.js';

/**
 * How many objects an operation can return, estimated from the schema before it runs: a list
 * with `first` holds that many (MAX_PAGE_SIZE when `first` is a variable, DEFAULT_PAGE_SIZE
 * when absent), a connection's `edges` as many as its `first`, `nodes(ids:)` as many ids as
 * it is given, any other list of objects the `listEstimate` of its field's extensions or
 * LIST_ESTIMATE. Armor's cost ignores lists without `first` (`Document.statements` →
 * `Statement.document` → `Document.statements`), which multiply; this catches them. What the
 * lists really hold is counted again while the query runs (request-guard.ts).
 *
 * Linear in the size of the query text: an estimate is proportional to the multiplier it is
 * reached with, so each fragment is estimated once per (type, page) and scaled — a fragment
 * spread twice by the next, twenty levels deep, is twenty estimates, not 2²⁰ walks.
 */
export function estimateObjects(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const memo = new Map<string, number>();
  // Fragments being estimated: a cycle (refused by validation anyway) counts nothing more.
  const open = new Set<string>();

  /** Objects one instance of `parent` returns through `selectionSet`. */
  const perObject = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, page: number | null): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet || (!isObjectType(parent) && !isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value];
        const named = field && getNamedType(field.type);
        if (!field || !isCompositeType(named)) continue;
        const first = argument(selection.arguments, 'first');
        const size = first === undefined ? null : first.kind === Kind.INT ? Number(first.value) : first.kind === Kind.VARIABLE ? MAX_PAGE_SIZE : DEFAULT_PAGE_SIZE;
        const hasFirst = field.args.some((arg) => arg.name === 'first');
        const isList = isListType(getNullableType(field.type));
        const count = isList ? size ?? listSize(field, selection.arguments, hasFirst, page) : 1;
        // A connection passes its page size on to its `edges`.
        const childPage = !isList && hasFirst ? (size ?? DEFAULT_PAGE_SIZE) : null;
        total += count * (1 + perObject(selection.selectionSet, named, childPage));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += perObject(selection.selectionSet, type, page);
      } else {
        total += perFragment(selection.name.value, page);
      }
    }
    return total;
  };

  const perFragment = (name: string, page: number | null): number => {
    const key = `${name}\u0000${page}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || !isCompositeType(type) || open.has(name)) return 0;
    open.add(name);
    const estimate = perObject(fragment.selectionSet, type, page);
    open.delete(name);
    memo.set(key, estimate);
    return estimate;
  };

  return perObject(operation.selectionSet, root, null);
}

const argument = (args: readonly { name: { value: string }; value: ValueNode }[] | undefined, name: string) =>
  args?.find((arg) => arg.name.value === name)?.value;

/** What a list without `first` holds: the ids given to `nodes(ids:)`, a connection's page, or the field's own estimate. */
function listSize(field: GraphQLField<unknown, unknown>, args: Parameters<typeof argument>[0], hasFirst: boolean, page: number | null): number {
  const ids = argument(args, 'ids');
  if (ids) return ids.kind === Kind.LIST ? ids.values.length : ids.kind === Kind.VARIABLE ? MAX_LIST_ARGUMENT : 1;
  const declared = (field.extensions as { listEstimate?: unknown } | undefined)?.listEstimate;
  if (typeof declared === 'number') return declared;
  return hasFirst ? DEFAULT_PAGE_SIZE : page ?? LIST_ESTIMATE;
}
