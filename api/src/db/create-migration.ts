/**
 * Writes a new migration with the SQL that brings a database at the latest committed migration to
 * the entities' schema. Run with `pnpm --filter api migration:create <name>`, then append the
 * printed class to src/db/migrations.ts.
 */
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './orm.js';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('Usage: pnpm --filter api migration:create <kebab-case-name>');
  process.exit(2);
}
const db = await openDatabase({ pgliteDir: 'memory://' });
try {
  await db.migrate();
  const sql = (await db.schemaDrift()).trim();
  if (!sql) {
    console.log('The entities and the migrations agree: nothing to write.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const className = `Migration${stamp}_${name.replace(/-/g, '_')}`;
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
    const statements = sql
      .split(/;\n/)
      .map((s) => s.trim().replace(/;$/, ''))
      .filter(Boolean)
      .map((s) => `    this.addSql('${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}');`)
      .join('\n');
    const source = `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override up(): void {\n${statements}\n  }\n}\n`;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, `${className}.ts`), source);
    console.log(`Wrote src/db/migrations/${className}.ts — add { name: '${className}', class: ${className} } to src/db/migrations.ts`);
  }
} finally {
  await db.close();
}
