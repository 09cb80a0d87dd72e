import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// People and organisation, the role catalogue, the responsibility ledger, RACI, SoD exceptions
// and handovers. Portable types only (text, integer); JSON is text.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('org_unit.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('org_unit_parent_idx').on('org_unit').column('parent_id').execute();

  // SQLite adds one column per statement and cannot add a UNIQUE column: the index does that.
  for (const col of ['employee_id', 'job_title', 'org_unit_id', 'manager_id', 'start_date', 'leave_date']) {
    await db.schema.alterTable('person').addColumn(col, 'text').execute();
  }
  await db.schema
    .alterTable('person')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .execute();
  await db.schema.createIndex('person_employee_id_idx').on('person').column('employee_id').unique().execute();
  await db.schema.createIndex('person_org_unit_idx').on('person').columns(['org_unit_id', 'full_name']).execute();
  await db.schema.createIndex('person_manager_idx').on('person').column('manager_id').execute();
  await db.schema.createIndex('person_name_idx').on('person').columns(['full_name', 'id']).execute();

  await db.schema
    .createTable('role')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('responsibilities', 'text', (c) => c.notNull())
    .addColumn('authorities', 'text', (c) => c.notNull())
    .addColumn('grants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('scope_types', 'text', (c) => c.notNull())
    .addColumn('exclusive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(100))
    .addColumn('text_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('role_key', 'text', (c) => c.notNull().references('role.key'))
    .addColumn('scope_type', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text')
    // scope_type + ':' + (scope_id or '*'): one comparable key for indexes and uniqueness.
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('exclusive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    // On a holder's row: the period in which the deputies of this role and scope stand in.
    .addColumn('stand_in_from', 'text')
    .addColumn('stand_in_until', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_version', 'integer')
    .addColumn('assigned_by', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ended_by', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('assignment_person_idx').on('assignment').columns(['person_id', 'valid_from']).execute();
  await db.schema
    .createIndex('assignment_scope_idx')
    .on('assignment')
    .columns(['scope_type', 'scope_id', 'role_key', 'valid_from'])
    .execute();
  await db.schema.createIndex('assignment_role_idx').on('assignment').columns(['role_key', 'valid_from']).execute();
  // At most one open-ended holder per (role, scope) for roles that say so; the service also
  // refuses overlapping periods, which an index cannot express.
  await db.schema
    .createIndex('assignment_one_holder_idx')
    .on('assignment')
    .columns(['role_key', 'scope_key'])
    .unique()
    .where(sql.ref('kind'), '=', 'holder')
    .where(sql.ref('exclusive'), '=', 1)
    .where(sql.ref('valid_to'), 'is', null)
    .execute();

  await db.schema
    .createTable('assignment_ack')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('role_key', 'text', (c) => c.notNull())
    .addColumn('text_version', 'integer', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assignment_ack_assignment_idx').on('assignment_ack').column('assignment_id').execute();

  await db.schema
    .createTable('raci_process')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('iso_refs', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('raci_cell')
    .addColumn('process_id', 'text', (c) => c.notNull().references('raci_process.id'))
    .addColumn('role_key', 'text', (c) => c.notNull().references('role.key'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('raci_cell_pk', ['process_id', 'role_key'])
    .execute();

  await db.schema
    .createTable('sod_exception')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('justification', 'text', (c) => c.notNull())
    .addColumn('compensating_control', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('sod_exception_person_idx')
    .on('sod_exception')
    .columns(['person_id', 'rule_id'])
    .execute();

  await db.schema
    .createTable('handover')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('result', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('handover_open_idx')
    .on('handover')
    .column('person_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['handover', 'sod_exception', 'raci_cell', 'raci_process', 'assignment_ack', 'assignment', 'role']) {
    await db.schema.dropTable(t).execute();
  }
  for (const i of ['person_employee_id_idx', 'person_org_unit_idx', 'person_manager_idx', 'person_name_idx']) {
    await db.schema.dropIndex(i).execute();
  }
  for (const col of ['source', 'leave_date', 'start_date', 'manager_id', 'org_unit_id', 'job_title', 'employee_id']) {
    await db.schema.alterTable('person').dropColumn(col).execute();
  }
  await db.schema.dropTable('org_unit').execute();
}
