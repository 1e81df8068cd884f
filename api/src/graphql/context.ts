import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Actor } from '../auth/actor.js';
import type { ContentGateway } from '../content/content-gateway.js';
import type { FeedbackLimit } from '../guard/feedback-limit.js';
import type { DataVersion } from '../db/data-version.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import type { ContentLoaders } from '../content/loaders.js';
import type { IndicatorLoaders } from '../indicators/loaders.js';

/** What every resolver gets. */
export interface ApiContext {
  /** A request-scoped entity manager (fresh identity map per request). */
  em: SqlEntityManager;
  content: ContentGateway;
  /** Who is asking; resolved from the API key before the request reaches GraphQL. */
  actor: Actor;
  /** Bump after a committed write so cached indicators are recomputed. */
  dataVersion: DataVersion;
  /** Aggregated indicators over the project data, cached per data version. */
  indicators: IndicatorService;
  /** Batching loaders for relations across the CMS and the database, fresh per request. */
  loaders: ContentLoaders & IndicatorLoaders;
  /** Warnings for the reply's `extensions.warnings` (e.g. content served stale from cache). */
  warnings: Set<string>;
  /** Verifies editors' preview links (PREVIEW_SECRET); unset disables previews. */
  previewSecret: string | undefined;
  /** Who sent the request, for the feedback limit: the visitor the site names, or the caller's address. */
  visitor: string;
  feedbackLimit: FeedbackLimit;
  /** The reason a staff write after the project's end gives (Spik-Correction header), or null. */
  correction: string | null;
}
