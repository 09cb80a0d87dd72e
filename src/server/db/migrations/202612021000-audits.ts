import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Internal audit (9.2) and nonconformity and corrective action (10.2): the audit programme and
// its frequencies, audits with their scope and generated checklist, results and evidence per
// checklist item, nonconformities raised from audits or anywhere, their corrective actions and
// the verification of their effectiveness. Auditors, nonconformity owners and corrective action
// owners live in the responsibility ledger (assignment), not here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_programme')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('cycle_start', 'text', (c) => c.notNull())
    .addColumn('cycle_end', 'text', (c) => c.notNull())
    .addColumn('clause_frequency_months', 'integer', (c) => c.notNull())
    .addColumn('control_frequency_months', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('audit_programme_frequency')
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('frequency_months', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_programme_frequency_pk', ['item_type', 'item_id'])
    .execute();

  await db.schema
    .createTable('audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('objective', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('planned_start', 'text', (c) => c.notNull())
    .addColumn('planned_end', 'text', (c) => c.notNull())
    .addColumn('lead_person_id', 'text', (c) => c.references('person.id'))
    .addColumn('started_at', 'text')
    .addColumn('conclusion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signed_off_by', 'text')
    .addColumn('signed_off_role_key', 'text')
    .addColumn('signed_off_assignment_id', 'text')
    .addColumn('signed_off_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('audit_status_idx').on('audit').columns(['status', 'planned_start', 'id']).execute();
  await db.schema.createIndex('audit_start_idx').on('audit').columns(['planned_start', 'id']).execute();

  await db.schema
    .createTable('audit_scope')
    .addColumn('audit_id', 'text', (c) => c.notNull().references('audit.id'))
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_scope_pk', ['audit_id', 'item_type', 'item_id'])
    .execute();
  await db.schema.createIndex('audit_scope_item_idx').on('audit_scope').columns(['item_type', 'item_id']).execute();

  await db.schema
    .createTable('audit_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('audit_id', 'text', (c) => c.notNull().references('audit.id'))
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text', (c) => c.notNull())
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_role_key', 'text')
    .addColumn('recorded_assignment_id', 'text')
    .addColumn('recorded_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('audit_item_audit_idx').on('audit_item').columns(['audit_id', 'sort_key']).execute();
  await db.schema
    .createIndex('audit_item_coverage_idx')
    .on('audit_item')
    .columns(['item_type', 'item_id', 'recorded_at'])
    .execute();

  await db.schema
    .createTable('audit_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('audit_id', 'text', (c) => c.notNull().references('audit.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('audit_item.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text')
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('size', 'integer')
    .addColumn('url', 'text')
    .addColumn('added_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_evidence_item_idx')
    .on('audit_evidence')
    .columns(['item_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('nonconformity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audit_id', 'text', (c) => c.references('audit.id'))
    .addColumn('audit_item_id', 'text', (c) => c.references('audit_item.id'))
    .addColumn('clause_id', 'text')
    .addColumn('control_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('correction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('corrected_at', 'text')
    .addColumn('root_cause_method', 'text')
    .addColumn('root_cause', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('whys', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('raised_by', 'text', (c) => c.notNull())
    .addColumn('raised_role_key', 'text')
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('reopened_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('nonconformity_status_idx')
    .on('nonconformity')
    .columns(['status', 'raised_at', 'id'])
    .execute();
  await db.schema.createIndex('nonconformity_raised_idx').on('nonconformity').columns(['raised_at', 'id']).execute();
  await db.schema.createIndex('nonconformity_audit_idx').on('nonconformity').columns(['audit_id']).execute();
  // One nonconformity per checklist item: recording the same finding twice raises it once.
  await db.schema
    .createIndex('nonconformity_item_idx')
    .on('nonconformity')
    .column('audit_item_id')
    .unique()
    .where(sql.ref('audit_item_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('corrective_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('nc_id', 'text', (c) => c.notNull().references('nonconformity.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('done_role_key', 'text')
    .addColumn('done_assignment_id', 'text')
    .addColumn('done_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cancelled_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('corrective_action_nc_idx')
    .on('corrective_action')
    .columns(['nc_id', 'number'])
    .execute();
  await db.schema
    .createIndex('corrective_action_due_idx')
    .on('corrective_action')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('nc_verification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nc_id', 'text', (c) => c.notNull().references('nonconformity.id'))
    .addColumn('effective', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('verified_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('verified_role_key', 'text', (c) => c.notNull())
    .addColumn('verified_assignment_id', 'text')
    .addColumn('sod_exception', 'text')
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('nc_verification_nc_idx')
    .on('nc_verification')
    .columns(['nc_id', 'verified_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'nc_verification',
    'corrective_action',
    'nonconformity',
    'audit_evidence',
    'audit_item',
    'audit_scope',
    'audit',
    'audit_programme_frequency',
    'audit_programme',
  ])
    await db.schema.dropTable(t).execute();
}
