import { checkEditorialRules } from '../../../../validation/rules';

const UID = 'api::organisation-profile.organisation-profile';

/** The website must be an https link (the logo's alt text is checked with its component). */
export default {
  async beforeCreate(event) {
    checkEditorialRules(UID, { website: event.params.data?.website });
  },
  async beforeUpdate(event) {
    checkEditorialRules(UID, { website: event.params.data?.website });
  },
};
