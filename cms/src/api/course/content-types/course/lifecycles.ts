import { checkSourceFields } from '../../../../course-sync/protection';
import { mergedWithStored } from '../../../../validation/lifecycle';
import { validateCourse } from '../../../../validation/rules';
import { beforeDocumentCreate, beforeDocumentUpdate } from '../../../../workflow/draft-and-publish';

type Data = Record<string, unknown>;

/** Refuses courses whose municipality, region, dates, themes or application link do not add up. */
export default {
  async beforeCreate(event) {
    const data = event.params.data ?? {};
    const draft = await beforeDocumentCreate(event, data);
    checkSourceFields(draft, data);
    validateCourse(data);
  },
  async beforeUpdate(event) {
    if (!event.params.data) return;
    const merged = await mergedWithStored(event);
    const stored = event.params.where ? ((await strapi.db.query(event.model.uid).findOne({ where: event.params.where })) as Data | null) : null;
    checkSourceFields(stored, event.params.data);
    beforeDocumentUpdate(stored, event.params.data);
    validateCourse(merged);
  },
};
