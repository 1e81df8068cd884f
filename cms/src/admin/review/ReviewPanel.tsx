import { Typography } from '@strapi/design-system';
import { useForm } from '@strapi/admin/strapi-admin';
import { REVIEWED_TYPES, whenShown } from './when';

type Values = { reviewStatus?: string | null; reviewRequestedBy?: string | null; reviewRequestedAt?: string | null; reviewComment?: string | null };

/** Where a draft stands in the hand-over, for the Skribent and the Redaktör alike. */
export function ReviewPanel(props: { model: string; documentId?: string }) {
  const values = useForm('ReviewPanel', (state) => state.values as Values);
  if (!REVIEWED_TYPES[props.model] || !props.documentId) return null;
  const asked = values.reviewRequestedAt ? `${values.reviewRequestedBy ?? 'okänd'}, ${whenShown(values.reviewRequestedAt)}` : '';
  const content =
    values.reviewStatus === 'klar' ? (
      <Typography variant="omega">Väntar på granskning. Begärd av {asked}.</Typography>
    ) : values.reviewStatus === 'atersand' ? (
      <Typography variant="omega">Skickad tillbaka av en redaktör: ”{values.reviewComment}”. Ändra, spara och välj Klar för granskning igen.</Typography>
    ) : (
      <Typography variant="omega">Inte skickad för granskning. En skribent väljer Klar för granskning när utkastet är sparat.</Typography>
    );
  return { title: 'Granskning', content };
}
