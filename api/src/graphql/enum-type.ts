import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum declared once: the object the code uses (as it would a TypeScript enum) is
 * registered with type-graphql in the same call, so the two cannot drift apart.
 */
export function graphqlEnum<const T extends Record<string, string>>(name: string, values: T, description: string): T {
  registerEnumType(values, { name, description });
  return values;
}

/**
 * An enum whose values are the keys of a record that says something about each: its Swedish
 * label in @spik/shared, or the CMS sort order it stands for. The list of values is written once,
 * beside what each value means.
 */
export function enumOfKeys<const R extends Record<string, unknown>>(name: string, record: R, description: string): { readonly [K in keyof R & string]: K } {
  const values = Object.fromEntries(Object.keys(record).map((key) => [key, key])) as { readonly [K in keyof R & string]: K };
  return graphqlEnum(name, values, description);
}

/** The union of an enum object's values, for annotations: `type Region = EnumValue<typeof Region>`. */
export type EnumValue<T> = T[keyof T];
