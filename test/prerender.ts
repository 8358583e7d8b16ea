import { renderRoute } from '../src/entry-server';

/** The HTML the build writes for a route (every deferred part rendered), for hydration tests. */
export const prerenderHtml = async (search = ''): Promise<string> => (await renderRoute(search)).html;
