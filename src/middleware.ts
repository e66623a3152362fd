import { defineMiddleware } from 'astro:middleware';
import { loadPageContext } from './data/site.ts';

/**
 * Works out each page's context once, before it renders (at build time for this static site):
 * its language edition, words, links and site model, on `Astro.locals.page` (typed in
 * src/env.d.ts). Pages and the layout read it there and hand components what they show, as
 * Starlight does with its route data. Endpoints get it too, on `context.locals.page`.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.page = await loadPageContext(context.url);
  return next();
});
