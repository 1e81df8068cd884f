import { checkHttpsUrl } from '../../../../validation/rules';

export default {
  async beforeCreate(event) {
    checkHttpsUrl(event.params.data?.website, 'Webbplatsen');
  },
  async beforeUpdate(event) {
    checkHttpsUrl(event.params.data?.website, 'Webbplatsen');
  },
};
