import { IconButton } from '@strapi/design-system';
import { Link as LinkIcon } from '@strapi/icons';
import { useClipboard, useFetchClient, useNotification } from '@strapi/admin/strapi-admin';

/**
 * "Copy the site's preview link", in the header of the admin's preview page. Strapi's own copy
 * button copies the admin's address, which only an editor can open; this one copies the site's
 * signed /forhandsvisning link (valid for an hour), the one to send to a colleague or a partner.
 */
const PREVIEW_PATH = /\/content-manager\/(?:collection-types|single-types)\/([^/]+)\/([^/]+)\/preview/;

export function CopySiteLink() {
  const { get } = useFetchClient();
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  const [, model, documentId] = PREVIEW_PATH.exec(window.location.pathname) ?? [];
  if (!model || !documentId) return null;
  const locale = new URLSearchParams(window.location.search).get('plugins[i18n][locale]') ?? 'sv';
  const copySiteLink = async () => {
    try {
      const { data } = await get<{ data: { url: string | null } }>(`/content-manager/preview/url/${model}`, {
        params: { documentId, locale, status: 'draft' },
      });
      if (!data.data.url || !(await copy(data.data.url))) throw new Error('no link');
      toggleNotification({ type: 'success', message: 'Webbplatsens länk till förhandsvisningen är kopierad. Den gäller i en timme.' });
    } catch {
      toggleNotification({ type: 'danger', message: 'Länken kunde inte kopieras. Försök igen.' });
    }
  };
  return (
    <IconButton label="Kopiera webbplatsens länk till förhandsvisningen" onClick={copySiteLink}>
      <LinkIcon />
    </IconButton>
  );
}
