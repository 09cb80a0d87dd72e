import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../core/heavy-libs.js';
import type { TAccessReview } from '../../../contracts/access-reviews.js';
import type { Deps } from '../../core/deps.js';
import { createPdf, pdfDate, pdfDateTime } from '../../core/pdf.js';
import { downloadName, renderTabular, type Column } from '../../core/tabular.js';
import type { AccessReviewRow } from '../../db/schema.js';
import { readSettings } from '../settings/settings.service.js';
import * as repo from './access-reviews.repository.js';

type ItemRow = Awaited<ReturnType<typeof repo.listItems>>[number];
type Named = ItemRow & { holder: string; holderEmail: string; reviewer: string; decider: string };

/** Rows per read while writing a file; the whole campaign never sits in memory at once. */
const PAGE = 5000;
/** An XLSX sheet holds at most 1,048,576 rows; longer campaigns continue on the next sheet. */
const SHEET_ROWS = 1_000_000;
/** Revoke and modify decisions listed in the PDF; the XLSX has every item. */
const PDF_ROWS = 5000;

/** The campaign's files: the revocation list (CSV) for administrators and the evidence (XLSX, PDF). */
export function createAccessReviewReports(deps: Deps) {
  const { db } = deps;

  async function* pages(reviewId: string, f: repo.ItemFilter): AsyncGenerator<Named[]> {
    let after: string | undefined;
    for (;;) {
      const rows = await repo.listItems(db, reviewId, f, after, PAGE);
      if (rows.length === 0) return;
      const people = await repo.personRefs(
        db,
        rows.flatMap((r) => [r.person_id, r.reviewer_id, r.decided_by].filter((x): x is string => x !== null)),
      );
      yield rows.map((r) => ({
        ...r,
        holder: r.person_id ? (people.get(r.person_id)?.full_name ?? '') : '(matched to nobody)',
        holderEmail: r.person_id ? (people.get(r.person_id)?.email ?? '') : '',
        reviewer: r.reviewer_id ? (people.get(r.reviewer_id)?.full_name ?? '') : '',
        decider: r.decided_by ? (people.get(r.decided_by)?.full_name ?? '') : '',
      }));
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.entitlement_id;
    }
  }

  const columns: Column<Named>[] = [
    { header: 'System', value: (r) => r.asset_reference, width: 12 },
    { header: 'System name', value: (r) => r.asset_name, width: 28 },
    { header: 'Account', value: (r) => r.account_name, width: 24 },
    { header: 'Holder', value: (r) => r.holder, width: 24 },
    { header: 'Holder email', value: (r) => r.holderEmail, width: 28 },
    { header: 'Entitlement', value: (r) => r.name, width: 28 },
    { header: 'Privileged', value: (r) => r.privileged === 1 },
    { header: 'Toxic combination', value: (r) => r.toxic === 1 },
    { header: 'Reviewer', value: (r) => r.reviewer, width: 24 },
    { header: 'Routed', value: (r) => r.routed ?? '' },
    { header: 'Decision', value: (r) => r.decision ?? 'undecided' },
    { header: 'Modify to', value: (r) => r.modify_to ?? '', width: 24 },
    { header: 'Comment', value: (r) => r.comment ?? '', width: 36 },
    { header: 'Decided by', value: (r) => r.decider, width: 24 },
    { header: 'Decided at', value: (r) => r.decided_at ?? '', width: 22 },
    { header: 'Revoked at', value: (r) => r.revoked_at ?? '', width: 22 },
  ];

  return {
    async revocations(r: AccessReviewRow) {
      const rows: Named[] = [];
      for await (const page of pages(r.id, { decisions: ['revoke', 'modify'] })) rows.push(...page);
      const body = await renderTabular('csv', 'Revocations', columns, rows);
      return { body, fileName: downloadName(`${r.reference}-revocations`, 'csv') };
    },

    /** Every item with its decision, streamed into the workbook sheet by sheet. */
    async xlsx(r: AccessReviewRow, review: TAccessReview) {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const book = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      book.creator = 'Remit';
      const summary = book.addWorksheet('Campaign');
      summary.columns = [{ width: 28 }, { width: 60 }];
      const facts: [string, string | number][] = [
        ['Campaign', `${review.reference} ${review.title}`],
        ['Kind', review.differential ? 'Differential (new or changed since last certified)' : 'Full'],
        ['Status', review.status],
        ['Started', review.createdAt],
        ['Started by', review.createdBy?.fullName ?? ''],
        ['Due', review.dueAt],
        ['Closed', review.closedAt ?? ''],
        ['Closed by', review.closedBy?.fullName ?? ''],
        ['Systems', review.assetCount],
        ['Items', review.counts.total],
        ['Decided', review.counts.decided],
        ['Kept', review.counts.keep],
        ['Revoked', review.counts.revoke],
        ['Modified', review.counts.modify],
        ['Revocations carried out', review.counts.revoked],
        ['In a toxic combination', review.counts.toxic],
        ['Routed away from the owner', review.counts.routed],
      ];
      for (const f of facts) summary.addRow(f).commit();
      summary.commit();
      let sheet: ExcelJS.Worksheet | null = null;
      let inSheet = 0;
      let sheets = 0;
      const openSheet = () => {
        sheet?.commit();
        sheets++;
        sheet = book.addWorksheet(sheets === 1 ? 'Items' : `Items ${sheets}`, {
          views: [{ state: 'frozen', ySplit: 1 }],
        });
        sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2) }));
        inSheet = 0;
      };
      openSheet();
      for await (const page of pages(r.id, {})) {
        for (const row of page) {
          if (inSheet === SHEET_ROWS) openSheet();
          sheet!.addRow(columns.map((c) => c.value(row) ?? '')).commit();
          inSheet++;
        }
      }
      (sheet as ExcelJS.Worksheet | null)?.commit();
      await book.commit();
      return { body: Buffer.concat(chunks), fileName: downloadName(`${r.reference}-evidence`, 'xlsx') };
    },

    async pdf(r: AccessReviewRow, review: TAccessReview) {
      const settings = await readSettings(db);
      const w = await createPdf({
        title: `Access review ${review.reference}`,
        organisation: settings.organisationName,
        subject: 'ISO/IEC 27001 A.5.18, A.8.2',
        layout: 'landscape',
      });
      w.title(
        `Access review ${review.reference}: ${review.title}`,
        `${settings.organisationName} · ${pdfDate(new Date())}`,
      );
      w.keyValues([
        ['Kind', review.differential ? 'Differential: entitlements new or changed since last certified' : 'Full'],
        [
          'Status',
          review.status === 'closed'
            ? `Closed ${review.closedAt ? pdfDateTime(review.closedAt) : ''} by ${review.closedBy?.fullName ?? ''}`
            : 'Open',
        ],
        ['Started', `${pdfDateTime(review.createdAt)} by ${review.createdBy?.fullName ?? ''}`],
        ['Due', pdfDate(review.dueAt)],
        ['Systems', String(review.assetCount)],
        [
          'Items',
          `${review.counts.total}: ${review.counts.keep} kept, ${review.counts.revoke} revoked, ${review.counts.modify} modified, ${review.counts.total - review.counts.decided} undecided`,
        ],
        ['Revocations carried out', `${review.counts.revoked} of ${review.counts.revoke + review.counts.modify}`],
        ['Toxic combinations', String(review.counts.toxic)],
        ['Routed away from the owner (SOD-04 and others)', String(review.counts.routed)],
      ]);
      const reviewers = await repo.reviewerProgress(db, r.id, undefined, 500);
      w.heading('Reviewers', 2);
      w.table(
        [
          {
            header: 'Reviewer',
            width: 3,
            value: (p: (typeof reviewers)[number]) => (p.full_name ? String(p.full_name) : 'No reviewer'),
          },
          { header: 'Items', width: 1, value: (p) => Number(p.total), align: 'right' },
          { header: 'Decided', width: 1, value: (p) => Number(p.decided), align: 'right' },
          { header: 'Revoke / modify', width: 1, value: (p) => Number(p.revoke ?? 0), align: 'right' },
        ],
        reviewers,
      );
      const changes: Named[] = [];
      for await (const page of pages(r.id, { decisions: ['revoke', 'modify'] })) {
        changes.push(...page.slice(0, PDF_ROWS - changes.length));
        if (changes.length >= PDF_ROWS) break;
      }
      const changed = review.counts.revoke + review.counts.modify;
      w.heading(
        `Access taken away or changed (${changed}${changed > changes.length ? `, the first ${changes.length}; the XLSX has all` : ''})`,
        2,
      );
      w.table(
        [
          { header: 'System', width: 1.2, value: (x: Named) => x.asset_reference },
          { header: 'Account', width: 2, value: (x) => x.account_name },
          { header: 'Holder', width: 2, value: (x) => x.holder },
          { header: 'Entitlement', width: 2.2, value: (x) => x.name },
          {
            header: 'Decision',
            width: 1.6,
            value: (x) => (x.decision === 'modify' ? `modify → ${x.modify_to ?? ''}` : (x.decision ?? '')),
          },
          { header: 'Decided by', width: 1.8, value: (x) => x.decider },
          { header: 'Decided', width: 1.3, value: (x) => (x.decided_at ? pdfDate(x.decided_at, 'short') : '') },
          {
            header: 'Carried out',
            width: 1.3,
            value: (x) => (x.revoked_at ? pdfDate(x.revoked_at, 'short') : 'not yet'),
          },
        ],
        changes,
        { empty: 'Every entitlement reviewed was kept.', fontSize: 8 },
      );
      return { body: await w.finish(), fileName: downloadName(`${r.reference}-evidence`, 'pdf') };
    },
  };
}
