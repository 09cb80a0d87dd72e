import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Policies (A.5.1, clause 5.2): documents, their numbered versions and lifecycle, reviewers'
// comments, attachments (content-addressed blobs), acknowledgements per person per version,
// and review cycles.

export async function up(db: Kysely<any>): Promise<void> {
  const isPg = db.getExecutor().adapter instanceof PostgresAdapter;

  // Uploaded files, stored once per content (sha256), in the database so that backups and
  // several instances see the same files.
  await db.schema
    .createTable('blob')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', isPg ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('policy')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('approver_role_key', 'text', (c) => c.notNull())
    .addColumn('review_interval_months', 'integer', (c) => c.notNull())
    .addColumn('ack_within_days', 'integer', (c) => c.notNull())
    .addColumn('audience_everyone', 'integer', (c) => c.notNull())
    .addColumn('current_version_id', 'text')
    .addColumn('next_review_at', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('retired_by', 'text')
    .addColumn('retire_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Only one ISMS policy (clause 5.2) is in force at a time.
  await db.schema
    .createIndex('policy_one_isms_idx')
    .on('policy')
    .column('kind')
    .unique()
    .where(sql.ref('kind'), '=', 'isms')
    .where(sql.ref('retired_at'), 'is', null)
    .execute();

  // Who must read a policy besides (or instead of) everyone: org units (with the units below
  // them) and holders of roles.
  await db.schema
    .createTable('policy_audience')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policy.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_audience_pk', ['policy_id', 'kind', 'ref'])
    .execute();

  await db.schema
    .createTable('policy_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policy.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('change_summary', 'text', (c) => c.notNull())
    .addColumn('quiz', 'text')
    .addColumn('authors', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_role_key', 'text')
    .addColumn('approved_assignment_id', 'text')
    .addColumn('approval_note', 'text')
    .addColumn('content_sha256', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('returned_by', 'text')
    .addColumn('return_note', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('policy_version_number_uq', ['policy_id', 'number'])
    .execute();
  await db.schema
    .createIndex('policy_version_status_idx')
    .on('policy_version')
    .columns(['status', 'policy_id'])
    .execute();

  await db.schema
    .createTable('policy_reviewer')
    .addColumn('version_id', 'text', (c) => c.notNull().references('policy_version.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addPrimaryKeyConstraint('policy_reviewer_pk', ['version_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('policy_comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('policy_version.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('policy_comment_version_idx')
    .on('policy_comment')
    .columns(['version_id', 'id'])
    .execute();

  await db.schema
    .createTable('policy_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('policy_version.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('blob.sha256'))
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('policy_attachment_version_idx').on('policy_attachment').column('version_id').execute();

  // One row per person per version they acknowledged; the campaign of a version is its
  // audience left-joined to these rows. person_id second in the key for "who has read it".
  await db.schema
    .createTable('policy_ack')
    .addColumn('version_id', 'text', (c) => c.notNull().references('policy_version.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    .addColumn('quiz_score', 'integer')
    .addColumn('account_id', 'text')
    .addPrimaryKeyConstraint('policy_ack_pk', ['version_id', 'person_id'])
    .execute();
  // A person's acknowledgements, newest first. Leading with person_id and then acknowledged_at
  // also keeps SQLite's planner on the primary key for campaign lookups once statistics exist
  // (a (person_id, version_id) index looks as good to it and scatters the reads).
  await db.schema
    .createIndex('policy_ack_person_idx')
    .on('policy_ack')
    .columns(['person_id', 'acknowledged_at', 'version_id'])
    .execute();

  // Periodic reviews (A.5.1: policies are reviewed at planned intervals). "no_change" asks the
  // approver to re-approve the same text; "revised" is recorded when a new version is published.
  await db.schema
    .createTable('policy_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('policy.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('policy_version.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_role_key', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('policy_review_policy_idx')
    .on('policy_review')
    .columns(['policy_id', 'requested_at'])
    .execute();
  await db.schema.createIndex('policy_review_status_idx').on('policy_review').column('status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'policy_review',
    'policy_ack',
    'policy_attachment',
    'policy_comment',
    'policy_reviewer',
    'policy_version',
    'policy_audience',
    'policy',
    'blob',
  ])
    await db.schema.dropTable(t).execute();
}
