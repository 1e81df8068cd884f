import type { SqlEntityManager } from '@mikro-orm/sql';
import type { ContentGateway } from '../content/content-gateway.js';

/** What every resolver gets: a request-scoped entity manager and the CMS gateway. */
export interface ApiContext {
  em: SqlEntityManager;
  content: ContentGateway;
}
