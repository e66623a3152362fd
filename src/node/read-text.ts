import { readFileSync, statSync } from 'node:fs';

/**
 * Reading a content file's bytes as text, refusing what is not UTF-8 text: GBK/GB18030 (what Chinese
 * Windows editors save by default), UTF-16/UTF-32, binary junk, control characters and files too large
 * to be content. UTF-8 with a byte-order mark and CRLF line ends are accepted (the BOM is dropped).
 */

/** Larger than any real content file by far; the check stays fast and bounded below it. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Why a file cannot be read as text, in Chinese and English. */
export interface TextRefusal {
  zh: string;
  en: string;
  line?: number;
  hint?: { zh: string; en: string };
}

const RESAVE_HINT = {
  zh: '请把文件另存为 UTF-8 编码：记事本用“另存为”，编码选“UTF-8”；VS Code 点右下角的编码名，选“通过编码保存”→“UTF-8”；WPS/Word 不宜直接编辑此类文件',
  en: 'save the file again as UTF-8: in Notepad use Save As and choose Encoding “UTF-8”; in VS Code click the encoding in the status bar and choose “Save with Encoding” → “UTF-8”',
};

/** 1-based line of a byte offset in a buffer. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The offset of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k += 1) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += size;
  }
  return bytes.length;
}

/** Decodes bytes as UTF-8 text, or says what they are instead. */
export function decodeText(bytes: Uint8Array): { text: string } | { refusal: TextRefusal } {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  const refuse = (zh: string, en: string, line?: number, hint = RESAVE_HINT) => ({ refusal: { zh, en, line, hint } });
  if (starts(0xff, 0xfe, 0, 0) || starts(0, 0, 0xfe, 0xff)) return refuse('文件是 UTF-32 编码，不是 UTF-8', 'the file is encoded as UTF-32, not UTF-8', 1);
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return refuse('文件是 UTF-16 编码（“Unicode”），不是 UTF-8', 'the file is encoded as UTF-16 (“Unicode”), not UTF-8', 1);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a byte-order mark: one byte of each pair of ASCII characters is zero, the other not.
    const sample = Math.min(bytes.length, 4096);
    const zeros = [0, 0];
    for (let i = 0; i < sample; i += 1) if (bytes[i] === 0) zeros[i % 2] += 1;
    const pairs = sample / 2;
    const utf16 = sample >= 16 && Math.max(...zeros) > pairs / 4 && Math.min(...zeros) < pairs / 20;
    if (utf16) return refuse('文件看起来是 UTF-16 编码（“Unicode”，无字节序标记），不是 UTF-8', 'the file looks like UTF-16 (“Unicode”, without a byte-order mark), not UTF-8', 1);
    return refuse('文件含有空字节（NUL），不是文本文件（可能是二进制文件、压缩包或损坏的文件）', 'the file contains NUL bytes: it is not a text file (perhaps binary, an archive or a damaged file)', lineOfByte(bytes, nul), {
      zh: '内容文件只能是 UTF-8 文本；请换成正确的文件',
      en: 'content files are UTF-8 text only; replace it with the right file',
    });
  }
  const body = starts(0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad < body.length) {
    const line = lineOfByte(body, bad);
    let gb = false;
    try {
      gb = /[\u3400-\u9fff]/.test(new TextDecoder('gb18030', { fatal: true }).decode(body));
    } catch {
      gb = false;
    }
    if (gb) return refuse(`文件是 GBK/GB18030 编码（中文 Windows 的默认编码），不是 UTF-8；第 ${line} 行起无法按 UTF-8 读取`, `the file is encoded as GBK/GB18030 (the default of Chinese Windows editors), not UTF-8; it stops being valid UTF-8 at line ${line}`, line);
    return refuse(`文件不是有效的 UTF-8 文本（第 ${line} 行起出现无法识别的字节，可能是其他编码或二进制文件）`, `the file is not valid UTF-8 text (unrecognised bytes from line ${line}: another encoding, or not text at all)`, line);
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const line = text.slice(0, control.index).split('\n').length;
    return refuse(`第 ${line} 行有不可见的控制字符 U+${code}（可能是从其他程序粘贴带来的，或文件不是文本）`, `line ${line} holds an invisible control character U+${code} (pasted from another program, or the file is not text)`, line, {
      zh: '删除这个字符后重新保存；内容文件只能是普通的 UTF-8 文本',
      en: 'delete the character and save again; content files are plain UTF-8 text',
    });
  }
  return { text };
}

/** Reads a file as UTF-8 text, or says why it cannot be. */
export function readText(path: string): { text: string } | { refusal: TextRefusal } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return { refusal: { zh: `文件过大（${mb} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB），不像是内容文件`, en: `the file is too large (${mb} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB) to be a content file` } };
    }
    return decodeText(readFileSync(path));
  } catch (error) {
    const message = (error as Error).message;
    return { refusal: { zh: `无法读取文件：${message}`, en: `the file cannot be read: ${message}` } };
  }
}
