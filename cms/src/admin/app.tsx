/**
 * The admin for SPIK's editors: Swedish by default for everyone, the demo users included, with
 * English selectable in each editor's profile; choices shown by their Swedish names; SPIK's
 * editorial rules checked before a save is sent; slugs made from the title; and the review
 * hand-over between Skribent and Redaktör. Nothing in the admin calls out: Strapi's release
 * check (api.github.com) and its tutorial videos are off.
 */
import { Clock } from '@strapi/icons';
import { listColumnsInSwedish } from './choices/list-cells';
import { choiceTranslations } from './choices/translations';
import {
  checkedBeforeSending,
  confirmedUnpublish,
  onlyWhenAllowed,
  untypedDeletionsOnlyWhenAllowed,
  type DocumentAction,
} from './editorial-rules/guarded-actions';
import { CopySiteLink } from './preview/CopySiteLink';
import { ReadyForReviewAction, SendBackAction } from './review/review-actions';
import { ReviewPanel } from './review/ReviewPanel';
import { SlugFromTitle } from './slugs/SlugFromTitle';
import { SWEDISH } from './translations/spik-sv';
import STRAPI_SWEDISH from './translations/strapi-sv.json';

const LANGUAGE_KEY = 'strapi-admin-language';
/**
 * Strapi's "new Media Library" banner, on every page: dismissed in advance. Its key holds the
 * instance's uuid, which is `false` while telemetry is off (and `undefined` before it loads).
 */
const BANNER_KEYS = ['true', 'false'].flatMap((flag) =>
  ['false', 'undefined', 'spik-platform-cms'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${flag}:${uuid}`),
);

type ContentManagerApis = {
  addDocumentAction(actions: (actions: DocumentAction[]) => DocumentAction[]): void;
  addEditViewSidePanel(panels: (panels: unknown[]) => unknown[]): void;
  addDocumentHeaderAction(actions: (actions: DocumentAction[]) => DocumentAction[]): void;
};
type App = {
  customFields: { register(field: Record<string, unknown>): void };
  widgets: { register(widget: Record<string, unknown>): void };
  registerHook(name: string, hook: (value: never) => unknown): void;
  getPlugin(name: string): {
    apis: ContentManagerApis;
    injectComponent(view: string, zone: string, component: { name: string; Component: () => unknown }): void;
  };
};

function guarded(action: DocumentAction): DocumentAction {
  if (action.type === 'update') return checkedBeforeSending(action);
  if (action.type === 'publish') return onlyWhenAllowed(checkedBeforeSending(action, true), 'canPublish');
  if (action.type === 'unpublish') return onlyWhenAllowed(confirmedUnpublish(action), 'canPublish');
  if (action.type === 'delete') return onlyWhenAllowed(action, 'canDelete');
  return action.type === undefined ? untypedDeletionsOnlyWhenAllowed(action) : action;
}

const SlugPanel = (props: { model: string; documentId?: string }) => {
  SlugFromTitle(props);
  return null;
};

export default {
  config: {
    locales: ['sv'],
    translations: { sv: { ...STRAPI_SWEDISH, ...SWEDISH, ...choiceTranslations() } },
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: App) {
    // The admin reads its language from here before it renders, the login page included; an
    // editor's own choice (or the profile's preferred language, after login) wins.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'sv');
    for (const key of BANNER_KEYS) if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, 'true');
    app.customFields.register({
      name: 'municipality',
      type: 'string',
      intlLabel: { id: 'spik.municipality.label', defaultMessage: 'Kommun' },
      intlDescription: { id: 'spik.municipality.description', defaultMessage: 'En kommun i Skåne eller Blekinge, vald med namn' },
      components: { Input: async () => import('./choices/MunicipalityInput').then((module) => ({ default: module.MunicipalityInput })) },
    });
    app.widgets.register({
      id: 'review-queue',
      icon: Clock,
      title: { id: 'spik.review-queue.title', defaultMessage: 'Väntar på granskning' },
      component: async () => (await import('./review/ReviewQueueWidget')).ReviewQueueWidget,
      // Shown to whoever may publish news: the Redaktör (and the administrator).
      permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::news-item.news-item' }],
    });
  },
  bootstrap(app: App) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', listColumnsInSwedish());
    app.getPlugin('content-manager').injectComponent('preview', 'actions', { name: 'spik-copy-site-link', Component: CopySiteLink });
    const contentManager = app.getPlugin('content-manager').apis;
    contentManager.addDocumentAction((actions) => {
      // A Redaktör reviewing sees Publish and Send back first; a Skribent, Save and Ready for review.
      const [publish, save, ...rest] = actions.map(guarded);
      return [publish!, SendBackAction, save!, ReadyForReviewAction, ...rest];
    });
    contentManager.addDocumentHeaderAction((actions) => actions.map(guarded));
    contentManager.addEditViewSidePanel((panels) => [...panels, ReviewPanel, SlugPanel]);
  },
};
