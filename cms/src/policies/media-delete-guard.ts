/**
 * Deleting media: only a Redaktör (or a super admin) may, and never a file that a document still
 * shows; the refusal says where it is used. Strapi's own routes check only the media *update*
 * permission, which a Skribent needs to upload (src/extensions/upload/strapi-server.ts adds this).
 */
import { errors } from '@strapi/utils';
import { EDITOR_ROLE } from '../provision';
import { whereUsed } from '../media/where-used';

const MAY_DELETE = new Set(['strapi-super-admin', EDITOR_ROLE.code]);
const SHOWN = 5;

export default async (
  policyContext: {
    state: { user?: { roles?: { code: string }[] } };
    params: { id?: string };
    request: { body?: { fileIds?: unknown[]; folderIds?: unknown[] } };
  },
  _config: unknown,
  { strapi },
) => {
  const roles = policyContext.state.user?.roles?.map((role) => role.code) ?? [];
  if (!roles.some((code) => MAY_DELETE.has(code))) {
    throw new errors.PolicyError('Bara en redaktör kan ta bort bilder och filer. Be en redaktör om hjälp.');
  }
  const body = policyContext.request.body ?? {};
  const fileIds = (policyContext.params.id ? [policyContext.params.id] : (body.fileIds ?? [])).map(Number).filter(Number.isInteger);
  if (body.folderIds?.length) {
    const folders = (await strapi.db.query('plugin::upload.folder').findMany({ where: { id: { $in: body.folderIds.map(Number) } }, select: ['path'] })) as {
      path: string;
    }[];
    for (const { path } of folders) {
      const inside = (await strapi.db.query('plugin::upload.file').findMany({ where: { folderPath: { $startsWith: path } }, select: ['id'] })) as {
        id: number;
      }[];
      fileIds.push(...inside.map((file) => file.id));
    }
  }
  const uses = await whereUsed(strapi, fileIds);
  if (uses.length) {
    const listed = uses.slice(0, SHOWN).map((use) => `${use.type} ”${use.title}”${use.published ? ' (publicerad)' : ''}`);
    const more = uses.length > SHOWN ? ` och ${uses.length - SHOWN} till` : '';
    throw new errors.PolicyError(
      `${fileIds.length === 1 ? 'Filen används' : 'Filerna används'} och kan inte tas bort: ${listed.join(', ')}${more}. Byt eller ta bort bilden där först.`,
      { uses },
    );
  }
  return true;
};
