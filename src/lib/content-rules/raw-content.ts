/**
 * What the rules are given: content files as read from disk, before validation, and loose readers
 * for data whose shape may be wrong.
 */

/** A path into a file's data, e.g. ['subItems', 0, 'targets', 2, 'value']. */
export type FieldPath = readonly (string | number)[];

/** One file as read from disk, before validation. */
export interface RawFile {
  /** Path relative to the repository root, as shown to admins. */
  file: string;
  /** Parsed JSON or frontmatter; undefined when parsing failed. */
  data: unknown;
  /** Set when the file could not be parsed at all. */
  parseError?: { zh: string; en: string; line?: number; hint?: { zh: string; en: string } };
  /** Line number of a field in the file, when the reader can tell. */
  locate?: (path: FieldPath) => number | undefined;
  /** MDX body (projects only). */
  body?: string;
  /** Line number where the body starts. */
  bodyLine?: number;
}

/** What the reader found of an attachment file: enough to check it against a report without reading it again. */
export interface AttachmentFacts {
  size: number;
  sha256: string;
  /** The type the file's bytes show: a PDF header, or a ZIP holding word/ (docx) or xl/ (xlsx) parts; null for anything else. */
  detected: 'pdf' | 'docx' | 'xlsx' | null;
}

/** Everything under a content root, as read from disk. */
export interface RawContent {
  /** Issuers (content/issuers/<id>.json); absent in older callers. */
  issuers?: RawFile[];
  plans: RawFile[];
  projects: RawFile[];
  departments: RawFile;
  counties: RawFile;
  reports: RawFile[];
  /** Target adjustments (content/adjustments/<date>-<target>.json); absent in older callers. */
  adjustments?: RawFile[];
  /**
   * Files under sources/ other than the plans' .txt texts (report attachments), by their path under
   * the content root (sources/x.pdf): size, SHA-256 and the type their first bytes show.
   */
  attachments?: Record<string, AttachmentFacts>;
  /** content/status-words.json (the vocabulary of status words reports may use), when present. */
  statusWords?: RawFile;
  /** content/site.json, when present. */
  siteConfig?: RawFile;
  /** content/search-terms.json, when present. */
  searchTerms?: RawFile;
  /** Whether the root is synthetic (test or demo) content: it has a synthetic.json marker. */
  synthetic?: boolean;
  /**
   * Files that are in a content folder but are not content it can hold (a .json.txt, a .JSON, an
   * editor's backup, a “（1）” copy), or that could not be read; each with its parseError.
   */
  strays?: RawFile[];
  /** Official source texts by their path under the content root (e.g. sources/2024-plan.txt). */
  sources: Record<string, string>;
}

/** The value at a path in a file's data; undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

// Cross-file checks read the raw data loosely, so a file whose shape is wrong somewhere still has
// its references checked: admins see every problem in one run, not one per fix.
export type Loose = unknown;
/** The value if it is an array, else an empty one. */
export const list = (value: Loose): Loose[] => (Array.isArray(value) ? value : []);
/** The value if it is a string, else undefined. */
export const text = (value: Loose): string | undefined => (typeof value === 'string' ? value : undefined);
/** A key of the value if it is an object, else undefined. */
export const field = (value: Loose, key: string): Loose =>
  value !== null && typeof value === 'object' ? (value as Record<string, Loose>)[key] : undefined;
