import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Information security incident management (A.5.24-5.28, A.6.8): response deadlines by
// severity, incidents reported by anyone (optionally confidential), their triage, response
// phases, timeline, communications, attachments and links to assets, risks and nonconformities.
// Deadlines are frozen on the incident when they become known, so a later change of the
// settings does not move a clock that is already running. The handler lives in the ledger
// (Incident Handler scoped to the incident), so a leaver's handover moves it like any role.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('triage_hours', 'integer', (c) => c.notNull())
    .addColumn('close_days', 'integer', (c) => c.notNull())
    .addColumn('severities', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('incident')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('affected', 'text', (c) => c.notNull())
    .addColumn('asset_id', 'text', (c) => c.references('asset.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('reporter_person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('confidential', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('classification', 'text')
    .addColumn('severity', 'text')
    .addColumn('category', 'text')
    .addColumn('phase', 'text')
    .addColumn('triage_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('triaged_at', 'text')
    .addColumn('triaged_by', 'text')
    .addColumn('contained_at', 'text')
    .addColumn('eradicated_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('triage_due_at', 'text', (c) => c.notNull())
    .addColumn('contain_due_at', 'text')
    .addColumn('resolve_due_at', 'text')
    .addColumn('close_due_at', 'text')
    .addColumn('next_due_at', 'text')
    .addColumn('lessons_learned', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('incident_reported_idx').on('incident').columns(['reported_at', 'id']).execute();
  await db.schema.createIndex('incident_status_idx').on('incident').columns(['status', 'reported_at', 'id']).execute();
  await db.schema
    .createIndex('incident_reporter_idx')
    .on('incident')
    .columns(['reporter_person_id', 'reported_at', 'id'])
    .execute();
  await db.schema.createIndex('incident_due_idx').on('incident').columns(['next_due_at', 'id']).execute();

  await db.schema
    .createTable('incident_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('phase', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_entry_incident_idx')
    .on('incident_entry')
    .columns(['incident_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('incident_communication')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id'))
    .addColumn('party_kind', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('communicated_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_communication_incident_idx')
    .on('incident_communication')
    .columns(['incident_id', 'communicated_at'])
    .execute();

  await db.schema
    .createTable('incident_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_attachment_incident_idx')
    .on('incident_attachment')
    .columns(['incident_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('incident_link')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incident.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_link_pk', ['incident_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('incident_link_target_idx')
    .on('incident_link')
    .columns(['target_type', 'target_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['incident_link', 'incident_attachment', 'incident_communication', 'incident_entry', 'incident'])
    await db.schema.dropTable(t).execute();
  await db.schema.dropTable('incident_settings').execute();
}
