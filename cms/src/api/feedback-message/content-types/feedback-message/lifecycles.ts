/** When a message arrived is the CMS's own clock, whatever the caller sent. */
export default {
  async beforeCreate(event) {
    event.params.data = { ...(event.params.data ?? {}), receivedAt: new Date() };
  },
};
