import { ADVERSARY, apiLayer } from './vitest.config.js';

/** The disclosure attacker (decision 0023): its own layer, because it is pure CPU for minutes. */
export default apiLayer('adversary', { include: ADVERSARY });
