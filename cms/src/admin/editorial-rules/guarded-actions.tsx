import { useForm, useNotification } from '@strapi/admin/strapi-admin';
import { useDocumentRBAC } from '@strapi/content-manager/strapi-admin';
import { editorialProblems, publicationProblems, type RuleProblem } from '@spik/shared/editorial';

/**
 * Wrappers around the Content Manager's own document actions (Spara, Publicera, Avpublicera).
 * Strapi's edit view throws the form back to the last saved version when the server refuses a
 * save (strapi/strapi#22646), so SPIK's rules run here first, from the same module the server
 * applies (docs/decisions/0028-editorial-rules-in-the-edit-view.md): nothing invalid is sent,
 * and each wrong field is marked where it is.
 */
type Description = { onClick?: (event: unknown) => unknown; dialog?: unknown; disabled?: boolean; [key: string]: unknown } | null;
type ActionProps = { model: string; documentId?: string; activeTab?: string | null; [key: string]: unknown };
export type DocumentAction = ((props: ActionProps) => Description) & { type?: string; position?: unknown };

function setIn(target: Record<string, unknown>, path: readonly (string | number)[], message: string) {
  let node: Record<string, unknown> = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] ??= message;
      return;
    }
    node[key] ??= typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

export function formErrors(problems: readonly RuleProblem[]): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) setIn(errors, problem.path, problem.message);
  return errors;
}

const named = (wrapped: DocumentAction, original: DocumentAction) => Object.assign(wrapped, { type: original.type, position: original.position });

/**
 * Save and Publish: the editorial rules first; only a valid entry is sent. Publishing also checks
 * the rules that hold only for a published entry (a complete accessibility statement, decision 0034).
 */
export function checkedBeforeSending(original: DocumentAction, publishing = false): DocumentAction {
  const Checked: DocumentAction = (props) => {
    const description = original(props);
    const getValues = useForm('SpikEditorialRules', (state) => state.getValues);
    const setErrors = useForm('SpikEditorialRules', (state) => state.setErrors);
    const { toggleNotification } = useNotification();
    if (!description) return description;
    return {
      ...description,
      onClick: async (event: unknown) => {
        const values = getValues() as Record<string, unknown>;
        const problems = [...editorialProblems(props.model, values), ...(publishing ? publicationProblems(props.model, values) : [])];
        if (problems.length) {
          setErrors(formErrors(problems));
          toggleNotification({ type: 'danger', message: problems.map((problem) => problem.message).join(' ') });
          // true keeps a confirmation dialog (Publish has one) from opening over the errors.
          return true;
        }
        return description.onClick?.(event);
      },
    };
  };
  return named(Checked, original);
}

/**
 * An action is not offered at all to someone whose role may not take it: Publish and Unpublish
 * for a Skribent, and Delete for anyone without delete rights (Strapi shows them greyed out).
 */
export function onlyWhenAllowed(original: DocumentAction, permission: 'canPublish' | 'canDelete'): DocumentAction {
  const Guarded: DocumentAction = (props) => {
    const description = original(props);
    const allowed = useDocumentRBAC('SpikOnlyWhenAllowed', (state) => state[permission]);
    return allowed ? description : null;
  };
  return named(Guarded, original);
}

/**
 * Deletions that a plugin adds without a type (the i18n plugin's "Ta bort posten (Svenska (sv))")
 * are told apart by their danger variant, and are hidden as Delete is from someone who may not delete.
 */
export function untypedDeletionsOnlyWhenAllowed(original: DocumentAction): DocumentAction {
  const Guarded: DocumentAction = (props) => {
    const description = original(props);
    const allowed = useDocumentRBAC('SpikOnlyWhenAllowed', (state) => state.canDelete);
    return description?.variant === 'danger' && !allowed ? null : description;
  };
  return named(Guarded, original);
}

/** Unpublishing takes a page off the site, so it is always confirmed (Strapi asks only for modified drafts). */
export function confirmedUnpublish(original: DocumentAction): DocumentAction {
  const Confirmed: DocumentAction = (props) => {
    const description = original(props);
    if (!description || description.dialog) return description;
    return {
      ...description,
      onClick: () => false,
      dialog: {
        type: 'dialog',
        title: 'Avpublicera?',
        content: 'Sidan tas bort från webbplatsen inom några sekunder. Texten finns kvar som utkast och kan publiceras igen.',
        confirmLabel: 'Avpublicera',
        variant: 'danger',
        onConfirm: () => description.onClick?.(undefined),
      },
    };
  };
  return named(Confirmed, original);
}
