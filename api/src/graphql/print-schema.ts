/** Writes the schema SDL to shared/schema.graphql (`pnpm --filter api schema:print`). */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from './schema.js';

const schemaFile = fileURLToPath(new URL('../../../shared/schema.graphql', import.meta.url));
await writeFile(schemaFile, await printApiSchema());
console.log(`Wrote ${schemaFile}`);
