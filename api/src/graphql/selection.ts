import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks the resolved object for any of `fields` (directly, through fragments or
 * inline fragments): lets a resolver skip work whose result nobody will read.
 */
export function asksFor(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const wanted = new Set(fields);
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return wanted.has(selection.name.value);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
