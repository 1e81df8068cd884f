import { checkSourceFields } from '../../../../course-sync/protection';
import { ValidationError } from '../../../../validation/errors';
import { mergedWithStored, storedDraft } from '../../../../validation/lifecycle';
import { checkPublishAllowed, checkSchedule } from '../../../../scheduling/rules';
import { validateCourse } from '../../../../validation/rules';

type Data = Record<string, unknown>;

/** An editor's own tip needs a theme; a course from Skolverket may fit none of SPIK's. */
function checkThemes(data: Data) {
  const themes = data.themes;
  if ((data.source ?? 'redaktion') === 'redaktion' && Array.isArray(themes) && themes.length === 0) {
    throw new ValidationError('Välj minst ett av SPIK:s teman för kurstipset.');
  }
}

/** Refuses courses whose municipality, region, dates, themes or application link do not add up. */
export default {
  async beforeCreate(event) {
    const data = event.params.data ?? {};
    const draft = await storedDraft(event);
    checkSourceFields(draft, data);
    if (draft) checkPublishAllowed(draft);
    else checkSchedule(null, data);
    validateCourse(data);
    checkThemes(data);
  },
  async beforeUpdate(event) {
    if (!event.params.data) return;
    const merged = await mergedWithStored(event);
    const stored = event.params.where ? ((await strapi.db.query(event.model.uid).findOne({ where: event.params.where })) as Data | null) : null;
    checkSourceFields(stored, event.params.data);
    checkSchedule(stored, event.params.data);
    validateCourse(merged);
    checkThemes(merged);
  },
};
