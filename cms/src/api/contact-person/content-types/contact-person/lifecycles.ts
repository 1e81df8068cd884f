import { toE164 } from '../../../../validation/rules';

/** Phone numbers are stored in E.164 (+46732345158); Swedish input is normalised. */
const normalise = (data: Record<string, unknown> | undefined) => {
  if (!data || data.phone === undefined || data.phone === null) return;
  const phone = String(data.phone).trim();
  data.phone = phone === '' ? null : toE164(phone);
};

export default {
  async beforeCreate(event) {
    normalise(event.params.data);
  },
  async beforeUpdate(event) {
    normalise(event.params.data);
  },
};
