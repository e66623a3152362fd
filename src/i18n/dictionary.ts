import type { zhCN } from './zh-CN.ts';

/** Literal string types widened to string, so every language's dictionary has the Chinese one's shape. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/**
 * The shape every UI dictionary has: the Chinese one's, widened. A type only, so code that takes a
 * dictionary as an argument (formatting, chart specs, the browser's search) imports no strings.
 */
export type Dictionary = Widen<typeof zhCN> & { dir: 'ltr' | 'rtl' };
