/**
 * A minimal, valid one-page PDF (PDF 1.4, Helvetica, ASCII text), written byte for byte so the demo's
 * attachment is the same file on every machine. Only for synthetic demo and test content.
 */

/** Escapes text for a PDF string literal. */
const literal = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

/**
 * A PDF whose single A4 page shows `lines` (ASCII only) from the top left.
 * @example minimalPdf(['DEMO DATA - NOT REAL PROGRESS']).subarray(0, 5).toString() // '%PDF-'
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  if (lines.some((line) => /[^\x20-\x7e]/.test(line))) throw new Error('minimalPdf writes printable ASCII only');
  const content = ['BT', '/F1 12 Tf', '16 TL', '56 780 Td', ...lines.map((line) => `(${literal(line)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  // Each cross-reference entry is exactly 20 bytes, ending in a space and a line feed.
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
