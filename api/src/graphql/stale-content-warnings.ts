import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context.js';

/**
 * Content served from the last good copy says so in the reply's `extensions.warnings`, so clients
 * can show that it may not be fresh (decision 0016).
 */
export const staleContentWarnings: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single' && contextValue.warnings?.size) {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            warnings: [...contextValue.warnings].map((code) => ({
              code,
              message: 'The CMS is unreachable; content is served from cache and may be out of date. Innehållet kan vara inaktuellt.',
            })),
          };
        }
      },
    };
  },
};
