/**
 * The relation picker offers, for a link the site shows only between published pages, only
 * documents that have been published: a news item's related news. Strapi keeps a relation to a
 * never-published draft out of the published version, so picking one would link to nothing.
 */
const TO_PUBLISHED_ONLY: Record<string, readonly string[]> = { 'api::news-item.news-item': ['relatedNews'] };

type Ctx = { params: { model?: string; targetField?: string }; body?: { results?: { status?: string }[] } & Record<string, unknown> };
type Relations = { findAvailable(this: unknown, ctx: Ctx): Promise<void> } & Record<string, unknown>;

export default (plugin: { controllers: { relations: Relations } }) => {
  const relations = plugin.controllers.relations;
  const findAvailable = relations.findAvailable;
  relations.findAvailable = async function (this: unknown, ctx: Ctx) {
    await findAvailable.call(this, ctx);
    const { model = '', targetField = '' } = ctx.params;
    if (!TO_PUBLISHED_ONLY[model]?.includes(targetField) || !ctx.body?.results) return;
    ctx.body = { ...ctx.body, results: ctx.body.results.filter((relation) => relation.status !== 'draft') };
  };
  return plugin;
};
