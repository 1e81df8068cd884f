import { describe, expect, it } from 'vitest';
import { drivers } from './drivers.js';

describe.each(drivers)('migrations on $name', (driver) => {
  it('produce exactly the schema the entities describe, and re-running them changes nothing', async () => {
    const { db, dispose } = await driver.open({ fresh: true });
    try {
      await db.migrate();
      expect(await db.schemaDrift()).toBe('');
      await db.migrate();
      expect(await db.schemaDrift()).toBe('');
    } finally {
      await dispose();
    }
  });

  it('report drift when the database lacks what the entities describe', async () => {
    const { db, dispose } = await driver.open({ fresh: true });
    try {
      // No migrations applied: the drift must name the project table.
      expect(await db.schemaDrift()).toMatch(/create table "project"/);
    } finally {
      await dispose();
    }
  });
});
