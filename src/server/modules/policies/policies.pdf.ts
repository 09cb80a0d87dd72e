import markdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { createPdf, PDF_COLORS, pdfDate, pdfDateTime, type PdfWriter } from '../../core/pdf.js';

const md = markdownIt({ html: false, linkify: true });

/** The text of an inline token: marks dropped, links followed by their address, code kept. */
function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? '';
  let out = '';
  let href: string | null = null;
  let linkText = '';
  for (const t of token.children) {
    const piece =
      t.type === 'text' || t.type === 'code_inline'
        ? t.content
        : t.type === 'softbreak'
          ? ' '
          : t.type === 'hardbreak'
            ? '\n'
            : t.type === 'image'
              ? `[image: ${t.content || (t.attrGet('alt') ?? '')}]`
              : '';
    if (t.type === 'link_open') {
      href = String(t.attrGet('href') ?? '');
      linkText = '';
      continue;
    }
    if (t.type === 'link_close') {
      out += href && href !== linkText && !href.startsWith('mailto:') ? `${linkText} (${href})` : linkText;
      href = null;
      continue;
    }
    if (href !== null) linkText += piece;
    else out += piece;
  }
  return out;
}

/** Renders Markdown blocks onto the PDF: headings, paragraphs, (nested) lists, quotes, code, tables. */
export function renderMarkdown(w: PdfWriter, markdown: string): void {
  const tokens = md.parse(markdown, {});
  const lists: { numbered: boolean; n: number }[] = [];
  let quote = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        const level = Math.min(3, Number(t.tag.slice(1))) as 1 | 2 | 3;
        w.heading(inlineText(tokens[i + 1]), level);
        i += 2;
        break;
      }
      case 'bullet_list_open':
        lists.push({ numbered: false, n: 0 });
        break;
      case 'ordered_list_open':
        lists.push({ numbered: true, n: Number(t.attrGet('start') ?? 1) - 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) w.space(4);
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        if (list) list.n++;
        break;
      }
      case 'paragraph_open': {
        const text = inlineText(tokens[i + 1]);
        i += 2;
        const list = lists[lists.length - 1];
        if (list) {
          const indent = '    '.repeat(lists.length - 1);
          const first = tokens[i - 3]?.type === 'list_item_open';
          const marker = first ? (list.numbered ? `${list.n}.` : '•') : ' ';
          w.paragraph(`${indent}${marker} ${text}`);
        } else w.paragraph(text, quote > 0 ? { italic: true, muted: true } : undefined);
        break;
      }
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'fence':
      case 'code_block':
        w.doc.font('Courier').fontSize(9).fillColor(PDF_COLORS.text);
        w.doc.text(t.content.replace(/\n$/, ''), { lineGap: 1 });
        w.doc.font('Helvetica').fontSize(10);
        w.space(6);
        break;
      case 'hr':
        w.space(8);
        break;
      case 'table_open': {
        const header: string[] = [];
        const rows: string[][] = [];
        let row: string[] | null = null;
        let inHead = false;
        for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
          const c = tokens[i]!;
          if (c.type === 'thead_open') inHead = true;
          else if (c.type === 'thead_close') inHead = false;
          else if (c.type === 'tr_open') row = [];
          else if (c.type === 'tr_close' && row) {
            if (inHead) header.push(...row);
            else rows.push(row);
            row = null;
          } else if (c.type === 'inline' && row) row.push(inlineText(c));
        }
        if (header.length > 0)
          w.table(
            header.map((h, col) => ({ header: h, width: 1, value: (r: string[]) => r[col] ?? '' })),
            rows,
          );
        break;
      }
      default:
        break;
    }
  }
}

export type PolicyPdfInput = {
  organisation: string;
  printedAt: string;
  reference: string;
  kind: 'isms' | 'topic';
  title: string;
  number: number;
  status: string;
  body: string;
  changeSummary: string;
  publishedAt: string | null;
  approval: { by: string; roleName: string; at: string; note: string | null; contentSha256: string } | null;
  owner: string | null;
  approverRoleName: string;
  nextReviewAt: string | null;
  audience: string;
  attachments: { fileName: string; size: number; sha256: string }[];
};

/** One policy version as a document: its identity and approval record, then the text. */
export async function renderPolicyPdf(input: PolicyPdfInput): Promise<Buffer> {
  const w = await createPdf({
    title: `${input.reference} ${input.title} v${input.number}`,
    organisation: input.organisation,
    subject: input.kind === 'isms' ? 'Information security policy' : 'Topic-specific policy',
    printedAt: new Date(input.printedAt),
  });
  w.title(input.title, `${input.reference} · version ${input.number} · ${input.organisation}`);
  const facts: [string, string][] = [
    [
      'Kind',
      input.kind === 'isms' ? 'Information security (ISMS) policy, ISO/IEC 27001 5.2' : 'Topic-specific policy, A.5.1',
    ],
    ['Version', `${input.number} (${input.status.replace('_', ' ')})`],
    ['Published', input.publishedAt ? pdfDate(input.publishedAt) : 'Not published'],
    [
      'Approved by',
      input.approval
        ? `${input.approval.by}, as ${input.approval.roleName}, on ${pdfDateTime(input.approval.at)}`
        : 'Not approved',
    ],
  ];
  if (input.approval?.note) facts.push(['Approval note', input.approval.note]);
  if (input.approval) facts.push(['Approved content SHA-256', input.approval.contentSha256]);
  facts.push(
    ['Approver role', input.approverRoleName],
    ['Owner', input.owner ?? 'No owner assigned'],
    ['Applies to', input.audience],
    ['Next review', input.nextReviewAt ? pdfDate(input.nextReviewAt) : '—'],
  );
  if (input.changeSummary) facts.push(['Changes in this version', input.changeSummary]);
  w.keyValues(facts);
  w.space(10);
  renderMarkdown(w, input.body);
  if (input.attachments.length > 0) {
    w.heading('Attachments', 2);
    w.list(input.attachments.map((a) => `${a.fileName} (${Math.ceil(a.size / 1024)} KB, SHA-256 ${a.sha256})`));
  }
  return w.finish();
}
