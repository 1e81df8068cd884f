import { mergedWithStored } from '../../../../validation/lifecycle';
import { readingMinutes } from '../../../../validation/rules';
import { beforeDocumentCreate, beforeDocumentUpdate } from '../../../../workflow/draft-and-publish';

/** readingMinutes is always computed from lead + body; whatever an editor typed is replaced. Schedules and hand-overs are checked. */
export default {
  async beforeCreate(event) {
    const data = event.params.data;
    if (!data) return;
    await beforeDocumentCreate(event, data);
    data.readingMinutes = readingMinutes(data.lead, data.body);
  },
  async beforeUpdate(event) {
    const data = event.params.data;
    if (!data) return;
    const stored = await mergedWithStored({ ...event, params: { ...event.params, data: {} } });
    beforeDocumentUpdate(event.params.where ? stored : null, data);
    const row = 'lead' in data && 'body' in data ? data : { ...stored, ...data };
    data.readingMinutes = readingMinutes(row.lead, row.body);
  },
};
