import { mergedWithStored } from '../../../../validation/lifecycle';
import { readingMinutes } from '../../../../validation/rules';

/** readingMinutes is always computed from lead + body; whatever an editor typed is replaced. */
export default {
  async beforeCreate(event) {
    const data = event.params.data;
    if (!data) return;
    data.readingMinutes = readingMinutes(data.lead, data.body);
  },
  async beforeUpdate(event) {
    const data = event.params.data;
    if (!data) return;
    const row = 'lead' in data && 'body' in data ? data : await mergedWithStored(event);
    data.readingMinutes = readingMinutes(row.lead, row.body);
  },
};
