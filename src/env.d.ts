declare namespace App {
  interface Locals {
    /** The page's language edition, words, links and site model, set by src/middleware.ts. */
    page: import('./data/site.ts').PageContext;
  }
}
