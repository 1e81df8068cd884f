import { useRef } from 'react';
import { Field, Textarea } from '@strapi/design-system';
import { useForm, useNotification } from '@strapi/admin/strapi-admin';
import { unstable_useDocumentActions as useDocumentActions, useDocumentRBAC } from '@strapi/content-manager/strapi-admin';
import { editorialProblems } from '@spik/shared/editorial';
import { formErrors, type DocumentAction } from '../editorial-rules/guarded-actions';
import { REVIEWED_TYPES } from './when';

/**
 * The hand-over's two document actions (docs/decisions/0029-review-queue.md): a Skribent marks
 * a saved draft ready for review; a Redaktör sends it back with a comment (or publishes it with
 * Strapi's own Publish). Only the wanted state is sent; the server stamps who and when.
 */
type Values = { reviewStatus?: string | null };

function useHandOver(props: Parameters<DocumentAction>[0]) {
  const { update } = useDocumentActions();
  const values = useForm('SpikReview', (state) => state.values as Values);
  const modified = useForm('SpikReview', (state) => state.modified);
  const setErrors = useForm('SpikReview', (state) => state.setErrors);
  const canPublish = useDocumentRBAC('SpikReview', (state) => state.canPublish);
  const { toggleNotification } = useNotification();
  const applies = Boolean(REVIEWED_TYPES[props.model] && props.documentId && props.activeTab !== 'published');
  const send = (data: Record<string, unknown>) =>
    update({ collectionType: props.collectionType as string, model: props.model, documentId: props.documentId, params: { locale: 'sv' } }, data as never);
  return { values, modified, setErrors, canPublish, toggleNotification, applies, send };
}

export const ReadyForReviewAction: DocumentAction = (props) => {
  const { values, modified, setErrors, canPublish, toggleNotification, applies, send } = useHandOver(props);
  const getValues = useForm('SpikReview', (state) => state.getValues);
  if (!applies || canPublish) return null;
  const waiting = values.reviewStatus === 'klar';
  return {
    label: waiting ? 'Väntar på granskning' : 'Klar för granskning',
    disabled: waiting || modified,
    position: 'panel',
    onClick: async () => {
      const problems = editorialProblems(props.model, getValues() as Record<string, unknown>);
      if (problems.length) {
        setErrors(formErrors(problems));
        toggleNotification({ type: 'danger', message: problems.map((problem) => problem.message).join(' ') });
        return true;
      }
      const result = await send({ reviewStatus: 'klar' });
      if ('data' in result) toggleNotification({ type: 'success', message: 'Texten väntar nu på granskning av en redaktör.' });
      return true;
    },
  };
};
ReadyForReviewAction.type = 'update';

function SendBackComment({ onChange }: { onChange: (comment: string) => void }) {
  return (
    <Field.Root name="reviewComment" required hint="Skribenten ser kommentaren i panelen Granskning.">
      <Field.Label>Vad behöver ändras?</Field.Label>
      <Textarea onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
      <Field.Hint />
    </Field.Root>
  );
}

export const SendBackAction: DocumentAction = (props) => {
  const { values, canPublish, toggleNotification, applies, send } = useHandOver(props);
  // Read when the dialog is confirmed: a ref, not state, so a comment typed just before the click
  // is never lost to a render that has not reached the dialog yet.
  const comment = useRef('');
  if (!applies || !canPublish || values.reviewStatus !== 'klar') return null;
  return {
    label: 'Skicka tillbaka till skribenten',
    position: 'panel',
    dialog: {
      type: 'dialog',
      title: 'Skicka tillbaka',
      content: <SendBackComment onChange={(text) => (comment.current = text)} />,
      confirmLabel: 'Skicka tillbaka',
      onConfirm: async () => {
        if (!comment.current.trim()) {
          toggleNotification({ type: 'danger', message: 'Skriv en kommentar till skribenten om vad som behöver ändras.' });
          return;
        }
        const result = await send({ reviewStatus: 'atersand', reviewComment: comment.current });
        if ('data' in result) toggleNotification({ type: 'success', message: 'Texten är skickad tillbaka med din kommentar.' });
      },
    },
  };
};
