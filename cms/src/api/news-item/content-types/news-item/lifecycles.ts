import { mergedWithStored, storedDraft } from '../../../../validation/lifecycle';
import { readingMinutes } from '../../../../validation/rules';
import { checkPublishAllowed, checkSchedule } from '../../../../scheduling/rules';

/** readingMinutes is always computed from lead + body; whatever an editor typed is replaced. Schedules are checked. */
export default {
  async beforeCreate(event) {
    const data = event.params.data;
    if (!data) return;
    const draft = await storedDraft(event);
    if (draft) checkPublishAllowed(draft);
    else checkSchedule(null, data);
    data.readingMinutes = readingMinutes(data.lead, data.body);
  },
  async beforeUpdate(event) {
    const data = event.params.data;
    if (!data) return;
    const stored = await mergedWithStored({ ...event, params: { ...event.params, data: {} } });
    checkSchedule(event.params.where ? stored : null, data);
    const row = 'lead' in data && 'body' in data ? data : { ...stored, ...data };
    data.readingMinutes = readingMinutes(row.lead, row.body);
  },
};
