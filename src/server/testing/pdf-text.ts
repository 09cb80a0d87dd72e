import zlib from 'node:zlib';

/**
 * The text of a PDF written with the standard fonts (as core/pdf.ts writes them), one string per
 * text-showing operation, in drawing order; and its page count. For tests: it reads the real
 * compressed output, so production documents stay compressed.
 */
export function readPdf(pdf: Buffer): { pages: number; lines: string[]; text: string } {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streamRe = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(raw)) !== null) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const dict = raw.slice(Math.max(0, raw.lastIndexOf('<<', m.index)), m.index);
    let content = pdf.subarray(start, end);
    if (dict.includes('/FlateDecode')) {
      try {
        content = zlib.inflateSync(content);
      } catch {
        streamRe.lastIndex = end + 9;
        continue;
      }
    }
    lines.push(...textOps(content.toString('latin1')));
    streamRe.lastIndex = end + 9;
  }
  const pages = (raw.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  return { pages, lines, text: lines.join('\n') };
}

const WIN_ANSI: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI[code] ?? String.fromCharCode(code);
  }
  return out;
}

function textOps(content: string): string[] {
  const out: string[] = [];
  // pdfkit writes each line as `[<hex> kerning <hex> ...] TJ`.
  const re = /\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(content)) !== null) {
    const parts = m[1]!.match(/<[0-9a-fA-F]*>/g) ?? [];
    out.push(parts.map((p) => decodeHex(p.slice(1, -1))).join(''));
  }
  return out;
}
