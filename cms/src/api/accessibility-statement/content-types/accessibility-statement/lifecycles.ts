import { refusePublicationIfIncomplete } from '../../../../validation/publication';

/**
 * A draft may be saved with parts missing; publishing writes the published version as a new row
 * (publishedAt set), and that is refused while the draft lacks a part DIGG requires.
 */
export default {
  async beforeCreate(event) {
    await refusePublicationIfIncomplete(event);
  },
};
