import { mergedWithStored } from '../../../../validation/lifecycle';
import { validateCourse } from '../../../../validation/rules';

/** Refuses courses whose municipality, region, dates or application link do not add up. */
export default {
  async beforeCreate(event) {
    validateCourse(event.params.data ?? {});
  },
  async beforeUpdate(event) {
    if (!event.params.data) return;
    validateCourse(await mergedWithStored(event));
  },
};
