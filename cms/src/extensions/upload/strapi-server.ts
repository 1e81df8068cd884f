/** The media library's delete routes also go through our guard (src/policies/media-delete-guard.ts). */
const DELETES = new Set(['admin-file.destroy', 'admin-folder-file.deleteMany']);

export default (plugin: { routes: { admin: { routes: { handler: string; config?: { policies?: unknown[] } }[] } } }) => {
  for (const route of plugin.routes.admin.routes) {
    if (!DELETES.has(route.handler)) continue;
    route.config = { ...route.config, policies: [...(route.config?.policies ?? []), 'global::media-delete-guard'] };
  }
  return plugin;
};
