import type { Problem, Push } from './problems.ts';
import { field, list, text, type AttachmentFacts, type FieldPath, type RawFile } from './raw-content.ts';

/**
 * Report attachments (content/sources/): each file a report names exists with the size, SHA-256 and
 * type it states, and every file there besides the plans' texts is named by some report.
 */

/** Archived files under sources/ by path (see RawContent.attachments); undefined: not read. */
type AttachmentFiles = Readonly<Record<string, AttachmentFacts>> | undefined;

const TYPE_NAMES: Record<string, string> = { pdf: 'PDF', docx: 'Word (.docx)', xlsx: 'Excel (.xlsx)' };

/**
 * Checks a report's attachments against the archived files: each must exist, have the size and
 * SHA-256 the report states, and be the type it claims (by its bytes, not its name).
 */
export function checkAttachments(raw: RawFile, files: AttachmentFiles, referenced: Set<string>, push: Push): void {
  list(field(field(raw.data, 'source'), 'attachments')).forEach((attachment, index) => {
    const here: FieldPath = ['source', 'attachments', index];
    const file = text(field(attachment, 'file'));
    if (file === undefined || files === undefined) return;
    referenced.add(file);
    const facts = files[file];
    const hint = {
      zh: '附件一经发布不能替换；在 Linux/macOS 上用 sha256sum 文件名（Windows：certutil -hashfile 文件名 SHA256）计算校验值，ls -l 查看字节数',
      en: 'a published attachment is never replaced; compute the hash with sha256sum FILE (Windows: certutil -hashfile FILE SHA256) and the size with ls -l',
    };
    if (!facts) {
      push(raw, [...here, 'file'], `附件 content/${file} 不存在：请把原文件存档到 content/sources/`, `the attachment content/${file} is missing: archive the original file under content/sources/`);
      return;
    }
    const size = field(attachment, 'size');
    const sha256 = text(field(attachment, 'sha256'));
    if (facts.sha256 === '') {
      push(raw, [...here, 'file'], `附件 content/${file} 超过 32 MB，不予发布`, `the attachment content/${file} is over 32 MB and is not published`);
      return;
    }
    if (sha256 !== undefined && /^[0-9a-f]{64}$/.test(sha256) && sha256 !== facts.sha256) {
      push(raw, [...here, 'sha256'], `附件 content/${file} 与登记的 SHA-256 不符（实际为 ${facts.sha256}）：文件被改动或替换了`, `the attachment content/${file} does not match its SHA-256 (the file’s is ${facts.sha256}): it was altered or replaced`, hint);
    }
    if (typeof size === 'number' && size !== facts.size) {
      push(raw, [...here, 'size'], `附件大小应为 ${facts.size} 字节，登记为 ${size}`, `the attachment is ${facts.size} bytes, not ${size}`, hint);
    }
    const type = text(field(attachment, 'type'));
    const extension = /\.([a-z]+)$/.exec(file)?.[1];
    if (type !== undefined && extension !== undefined && type !== extension) {
      push(raw, [...here, 'type'], `type 为 ${type}，但文件扩展名是 .${extension}`, `type is ${type} but the file's extension is .${extension}`);
    }
    if (extension !== undefined && extension in TYPE_NAMES && facts.detected !== extension) {
      push(raw, [...here, 'file'], `content/${file} 的内容不是 ${TYPE_NAMES[extension]} 文件${facts.detected ? `（看起来是 ${TYPE_NAMES[facts.detected]}）` : ''}`, `content/${file} is not a ${TYPE_NAMES[extension]} file${facts.detected ? ` (it looks like ${TYPE_NAMES[facts.detected]})` : ''}`, {
        zh: '只接受 PDF、Word (.docx)、Excel (.xlsx)；旧格式 .doc/.xls 请另存为新格式',
        en: 'only PDF, Word (.docx) and Excel (.xlsx) are accepted; save old .doc/.xls files in the new formats',
      });
    }
  });
}

/** Refuses each file under sources/ that no report names (`referenced`), since it would not be published. */
export function checkUnreferencedAttachments(files: AttachmentFiles, referenced: ReadonlySet<string>, problems: Problem[]): void {
  // A file under sources/ that no report names is not published: say so rather than keep it silently.
  for (const [path, facts] of Object.entries(files ?? {})) {
    if (referenced.has(path)) continue;
    const allowed = /\.(pdf|docx|xlsx)$/.test(path);
    problems.push({
      file: `content/${path}`,
      field: '',
      zh: allowed
        ? `sources/ 中的这个文件没有被任何报告的 source.attachments 引用，不会发布（${facts.size} 字节）`
        : 'sources/ 只能放方案原文（.txt）和报告附件（.pdf、.docx、.xlsx）；这种文件类型不允许',
      en: allowed
        ? `no report names this file under source.attachments, so it would not be published (${facts.size} bytes)`
        : 'sources/ holds plan texts (.txt) and report attachments (.pdf, .docx, .xlsx) only; this file type is not allowed',
      hint: {
        zh: '在报告的 source.attachments 中登记它（file、name、type、size、sha256），或把它移出 content/',
        en: 'list it in a report’s source.attachments (file, name, type, size, sha256), or move it out of content/',
      },
    });
  }
}
