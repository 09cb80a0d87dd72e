import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Controls (6.1.3, 8.1, Annex A): the versioned catalogues (Annex A controls, clauses 4-10),
// custom controls, the Statement of Applicability kept on each control and approved as
// snapshots, links to risks and treatment actions, evidence (files or links, with validity),
// and recurring operational tasks with their completed occurrences.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalogue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('control')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('catalogue.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('custom', 'integer', (c) => c.notNull())
    // Orders 5.2 before 5.10: the code with each number zero-padded.
    .addColumn('sort_key', 'text', (c) => c.notNull())
    // Statement of Applicability: null until decided.
    .addColumn('applicable', 'integer')
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('justification', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('not_started'))
    .addColumn('implementation_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('retired_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('control_code_idx').on('control').columns(['catalogue_id', 'code']).unique().execute();
  await db.schema.createIndex('control_sort_idx').on('control').columns(['sort_key', 'id']).execute();
  await db.schema.createIndex('control_theme_idx').on('control').columns(['theme', 'sort_key']).execute();
  await db.schema.createIndex('control_status_idx').on('control').columns(['status', 'sort_key']).execute();

  await db.schema
    .createTable('isms_clause')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('catalogue_id', 'text', (c) => c.notNull().references('catalogue.id'))
    .addColumn('parent_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('mandatory_documented_information', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .execute();

  // A control applies to a risk (risk treatment) or is implemented by a treatment action.
  await db.schema
    .createTable('control_link')
    .addColumn('control_id', 'text', (c) => c.notNull().references('control.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('control_link_pk', ['control_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('control_link_target_idx')
    .on('control_link')
    .columns(['target_type', 'target_id'])
    .execute();

  await db.schema
    .createTable('control_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('control_id', 'text', (c) => c.notNull().references('control.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('interval', 'integer', (c) => c.notNull())
    .addColumn('first_due', 'text', (c) => c.notNull())
    .addColumn('grace_days', 'integer', (c) => c.notNull())
    .addColumn('lead_days', 'integer', (c) => c.notNull())
    .addColumn('evidence_rule', 'text', (c) => c.notNull())
    .addColumn('assignee_person_id', 'text', (c) => c.references('person.id'))
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('control_task_control_idx')
    .on('control_task')
    .columns(['control_id', 'number'])
    .execute();

  // Only completed occurrences are stored: the schedule says which were due, so a missed one is
  // a due date with no row here once its grace period has passed.
  await db.schema
    .createTable('control_task_occurrence')
    .addColumn('task_id', 'text', (c) => c.notNull().references('control_task.id'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('completed_role_key', 'text')
    .addColumn('completed_assignment_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('control_task_occurrence_pk', ['task_id', 'due_date'])
    .execute();

  await db.schema
    .createTable('control_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('control_id', 'text', (c) => c.notNull().references('control.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text')
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('size', 'integer')
    .addColumn('url', 'text')
    .addColumn('evidence_date', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('task_id', 'text', (c) => c.references('control_task.id'))
    .addColumn('occurrence_due', 'text')
    .addColumn('added_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('archived_by', 'text')
    .execute();
  await db.schema
    .createIndex('control_evidence_control_idx')
    .on('control_evidence')
    .columns(['control_id', 'number'])
    .execute();
  await db.schema
    .createIndex('control_evidence_occurrence_idx')
    .on('control_evidence')
    .columns(['task_id', 'occurrence_due'])
    .execute();

  await db.schema
    .createTable('soa_version')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('control_count', 'integer', (c) => c.notNull())
    .addColumn('applicable_count', 'integer', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('approved_role_key', 'text', (c) => c.notNull())
    .addColumn('approved_assignment_id', 'text')
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'soa_version',
    'control_evidence',
    'control_task_occurrence',
    'control_task',
    'control_link',
    'isms_clause',
    'control',
    'catalogue',
  ])
    await db.schema.dropTable(t).execute();
}
