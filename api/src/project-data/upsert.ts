/**
 * Batched INSERT … ON CONFLICT on an entity's natural key, with the columns read from the ORM's
 * metadata for the descriptor's fields: no hand-typed column lists to fall out of step.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { AnyDescriptor, Row } from './descriptors/descriptor.js';

function columnsOf(em: SqlEntityManager, d: AnyDescriptor) {
  const meta = em.getMetadata().get(d.entity);
  const column = (property: string) => meta.properties[property]!.fieldNames[0]!;
  const fields = Object.entries(d.input.fields);
  const fixed = Object.entries(d.fixed ?? {});
  return {
    all: [...fields.map(([key, f]) => column(f.property ?? key)), ...fixed.map(([property]) => column(property))],
    conflict: d.key!.fields.map((key) => column(d.input.fields[key]!.property ?? key)),
    values: (row: Row) => [...fields.map(([key]) => row[key]), ...fixed.map(([, value]) => value)],
  };
}

/**
 * Writes `rows` in batches of `batchSize`. The WHERE leaves identical rows alone, so they are
 * neither counted as updated nor rewritten; `xmax = 0` tells a fresh insert from an update.
 */
export async function upsert(tx: SqlEntityManager, d: AnyDescriptor, rows: Row[], batchSize: number): Promise<{ created: number; updated: number }> {
  const columns = columnsOf(tx, d);
  const updatable = columns.all.filter((c) => !columns.conflict.includes(c));
  const table = tx.getMetadata().get(d.entity).tableName;
  const head = `insert into ${table} as t (${columns.all.join(', ')}) values `;
  const tail =
    ` on conflict (${columns.conflict.join(', ')}) do update set ${updatable.map((c) => `${c} = excluded.${c}`).join(', ')}` +
    ` where (${updatable.map((c) => `t.${c}`).join(', ')}) is distinct from (${updatable.map((c) => `excluded.${c}`).join(', ')})` +
    ' returning (xmax = 0) as created';
  const tuple = `(${columns.all.map(() => '?').join(', ')})`;
  const counts = { created: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const result = await tx.execute<{ created: boolean }[]>(head + batch.map(() => tuple).join(', ') + tail, batch.flatMap(columns.values));
    for (const r of result) counts[r.created ? 'created' : 'updated']++;
  }
  return counts;
}
