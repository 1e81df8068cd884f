import { useEffect, useRef } from 'react';
import { useFetchClient, useForm } from '@strapi/admin/strapi-admin';

/**
 * Makes a new entry's address (slug) from its title as the editor types, through the CMS's own
 * uid service, so it is unique and uses the Swedish transliteration in the schema (å, ä → a;
 * ö → o). It stops as soon as the editor writes an address of their own, and never renames an
 * entry that already exists, whose address may be linked to.
 * Rendered as an edit-view side panel with nothing to show.
 */
type PanelProps = { model: string; documentId?: string };

const GENERATED_DEFAULT = /^(news-item|course|organisation-profile)(-\d+)?$/;

export function SlugFromTitle({ model, documentId }: PanelProps) {
  const title = useForm('SlugFromTitle', (state) => (state.values as { title?: string }).title);
  const slug = useForm('SlugFromTitle', (state) => (state.values as { slug?: string }).slug);
  const onChange = useForm('SlugFromTitle', (state) => state.onChange);
  const { post } = useFetchClient();
  const lastMade = useRef<string | undefined>(undefined);
  const current = useRef(slug);
  current.current = slug;
  const isOurs = (value: string | undefined) => !documentId && (!value || value === lastMade.current || GENERATED_DEFAULT.test(value));
  const ours = isOurs(slug);

  useEffect(() => {
    if (!ours || !title?.trim()) return;
    const timer = window.setTimeout(async () => {
      const { data } = await post<{ data: string }>('/content-manager/uid/generate', { contentTypeUID: model, field: 'slug', data: { title } });
      // The editor may have written an address of their own while the answer was on its way.
      if (!isOurs(current.current)) return;
      lastMade.current = data.data;
      onChange('slug', data.data);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [title, ours, model]);
  return null;
}
