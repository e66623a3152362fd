import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RawContent, RawFile } from '../lib/content-rules/index.ts';
import type { AttachmentFacts } from '../lib/content-rules/raw-content.ts';
import { unreadable } from './parse-json.ts';
import { readJsonFile, readMdxFile, shown } from './read-file.ts';
import { readText } from './read-text.ts';

export { LineIndex, MAX_DEPTH, parseJsonText } from './parse-json.ts';
export { parseMdxText } from './parse-mdx.ts';
export { readJsonFile, readMdxFile } from './read-file.ts';

/**
 * Reads a content root from disk into the shape validateContent() checks. Node-only (fs), shared by
 * scripts/check.ts and the build's content check, so both see exactly the same files; each file is
 * read by read-file.ts, the one reader, and the content collections list their files with the same
 * CONTENT_FILES patterns.
 */

/** The content root: CONTENT_DIR if set (demo and fixture sites), else ./content. */
export function contentRoot(cwd: string = process.cwd()): string {
  return resolve(cwd, process.env.CONTENT_DIR ?? 'content');
}

/** The files each content folder publishes, by name (anything else in the folder is a stray the check refuses). */
export const CONTENT_FILES = {
  issuers: /^[^.]+\.json$/,
  plans: /^[^.]+\.json$/,
  projects: /^[^.]+\.mdx$/,
  progress: /^\d{4}-\d{2}-\d{2}\.json$/,
  adjustments: /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/,
} as const;


/** Files a content folder may hold besides its content: its own README and git's placeholder. */
const FOLDER_NOTES = new Set(['README.md', '.gitkeep']);

/** Files under a folder (recursively), sorted: those whose names match `pattern`, and the others (strays). */
export function listFiles(dir: string, pattern: RegExp): { matching: string[]; strays: string[] } {
  if (!existsSync(dir)) return { matching: [], strays: [] };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({ name: entry.name, path: join(entry.parentPath, entry.name) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    matching: files.filter((f) => pattern.test(f.name)).map((f) => f.path),
    strays: files.filter((f) => !pattern.test(f.name) && !FOLDER_NOTES.has(f.name)).map((f) => f.path),
  };
}

/** A stray file: in a content folder, but not named as the folder's content is. */
function stray(path: string, expected: { zh: string; en: string }): RawFile {
  const name = path.split(/[/\\]/).at(-1) ?? path;
  const guess = /[~#]$|\.(bak|orig|swp|tmp|old)$|^\.~|（\d+）|\(\d+\)| - 副本| - Copy|副本/i.test(name)
    ? { zh: '这像是编辑器的备份或复制出来的副本', en: 'this looks like an editor’s backup or a copy' }
    : /\.json\.txt$|\.JSON$|\.Json$/i.test(name)
      ? { zh: '扩展名不对（应为小写 .json，不能再加 .txt）', en: 'the extension is wrong (lower-case .json, with no .txt after it)' }
      : { zh: '', en: '' };
  return unreadable(
    shown(path),
    `此文件夹只能放${expected.zh}，这个文件名不符合，不会被发布${guess.zh ? `；${guess.zh}` : ''}`,
    `this folder holds ${expected.en} only; this file's name does not fit, so it would not be published${guess.en ? `; ${guess.en}` : ''}`,
    undefined,
    { zh: '改成正确的文件名，或把它移出 content/ 文件夹', en: 'rename it correctly, or move it out of the content/ folder' },
  );
}

/** Attachments larger than this are refused (a report's attachment is a document, not an archive). */
export const MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024;

/**
 * The type a file's bytes show: `%PDF-` opens a PDF; a ZIP (`PK\x03\x04`) whose entry names include
 * `word/document.xml` is a .docx, `xl/workbook.xml` an .xlsx (ZIP keeps entry names uncompressed).
 */
export function detectAttachmentType(bytes: Buffer): AttachmentFacts['detected'] {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    if (bytes.includes('word/document.xml', 0, 'latin1')) return 'docx';
    if (bytes.includes('xl/workbook.xml', 0, 'latin1')) return 'xlsx';
  }
  return null;
}

/** Size, SHA-256 and detected type of every non-.txt file under sources/ (report attachments). */
function readAttachments(root: string): Record<string, AttachmentFacts> {
  const facts: Record<string, AttachmentFacts> = {};
  for (const path of listFiles(join(root, 'sources'), /\.txt$/).strays) {
    const key = relative(root, path).split('\\').join('/');
    const size = statSync(path).size;
    if (size > MAX_ATTACHMENT_BYTES) {
      facts[key] = { size, sha256: '', detected: null };
      continue;
    }
    const bytes = readFileSync(path);
    facts[key] = { size, sha256: createHash('sha256').update(bytes).digest('hex'), detected: detectAttachmentType(bytes) };
  }
  return facts;
}


/** Reads every content file under a root. Never throws: a file it cannot read becomes a problem. */
export function readContent(root: string = contentRoot()): RawContent {
  const sources: Record<string, string> = {};
  const strays: RawFile[] = [];
  const sourceFiles = listFiles(join(root, 'sources'), /\.txt$/);
  for (const path of sourceFiles.matching) {
    const read = readText(path);
    if ('refusal' in read) strays.push(unreadable(shown(path), read.refusal.zh, read.refusal.en, read.refusal.line, read.refusal.hint));
    else sources[relative(root, path).split('\\').join('/')] = read.text;
  }
  const readRequired = (name: string): RawFile => {
    const path = join(root, name);
    if (!existsSync(path)) return unreadable(shown(path), `缺少文件 ${name}`, `missing file ${name}`);
    return readJsonFile(path);
  };
  const [issuers, plans, projects, reports, adjustments] = (['issuers', 'plans', 'projects', 'progress', 'adjustments'] as const).map((folder) => listFiles(join(root, folder), CONTENT_FILES[folder]));
  strays.push(
    ...issuers.strays.map((p) => stray(p, { zh: ' <发布机关编号>.json 发布机关文件', en: '<issuer id>.json issuer files' })),
    ...plans.strays.map((p) => stray(p, { zh: ' <方案编号>.json 方案文件', en: '<plan id>.json plan files' })),
    ...projects.strays.map((p) => stray(p, { zh: ' <项目编号>.mdx 项目文件', en: '<project id>.mdx project files' })),
    ...reports.strays.map((p) => stray(p, { zh: '以截至日期命名的 <YYYY-MM-DD>.json 进度报告', en: 'progress reports named <YYYY-MM-DD>.json after their as-of date' })),
    ...adjustments.strays.map((p) => stray(p, { zh: '以生效日期和指标编号命名的 <YYYY-MM-DD>-<指标编号>.json 目标调整', en: 'target adjustments named <YYYY-MM-DD>-<target id>.json after their effective date and target' })),
  );
  return {
    issuers: issuers.matching.map((path) => readJsonFile(path)),
    plans: plans.matching.map((path) => readJsonFile(path)),
    projects: projects.matching.map((path) => readMdxFile(path)),
    departments: readRequired('departments.json'),
    counties: readRequired('counties.json'),
    reports: reports.matching.map((path) => readJsonFile(path)),
    adjustments: adjustments.matching.map((path) => readJsonFile(path)),
    attachments: readAttachments(root),
    statusWords: existsSync(join(root, 'status-words.json')) ? readJsonFile(join(root, 'status-words.json')) : undefined,
    siteConfig: existsSync(join(root, 'site.json')) ? readJsonFile(join(root, 'site.json')) : undefined,
    searchTerms: existsSync(join(root, 'search-terms.json')) ? readJsonFile(join(root, 'search-terms.json')) : undefined,
    synthetic: existsSync(join(root, 'synthetic.json')),
    strays,
    sources,
  };
}


/**
 * The notice every page of a synthetic (demo or test) site must show, read from `synthetic.json`
 * at the content root; null for real content, which never has that file.
 */
export function syntheticNotice(root: string = contentRoot()): string | null {
  const path = join(root, 'synthetic.json');
  if (!existsSync(path)) return null;
  const data = readJsonFile(path).data as { notice?: unknown } | null | undefined;
  return data && typeof data === 'object' && typeof data.notice === 'string' && data.notice.trim() !== '' ? data.notice : '演示数据，非真实进度';
}
