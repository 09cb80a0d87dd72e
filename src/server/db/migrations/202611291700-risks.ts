import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Risk management (6.1.2, 6.1.3, 8.2, 8.3): the versioned risk method, the register, every
// assessment kept, treatment plans with actions, acceptances of residual risk, status updates,
// and saved views of the register.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('risk_method')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('likelihood', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('appetite_score', 'integer', (c) => c.notNull())
    .addColumn('assessment_interval_months', 'integer', (c) => c.notNull())
    .addColumn('acceptance_max_months', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('risk')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('org_unit_id', 'text', (c) => c.references('org_unit.id'))
    .addColumn('threat', 'text', (c) => c.notNull())
    .addColumn('vulnerability', 'text', (c) => c.notNull())
    // The latest assessment, copied here so the register filters and sorts on indexed columns.
    .addColumn('inherent_likelihood', 'integer')
    .addColumn('inherent_impact', 'integer')
    .addColumn('inherent_score', 'integer')
    .addColumn('residual_likelihood', 'integer')
    .addColumn('residual_impact', 'integer')
    .addColumn('residual_score', 'integer')
    .addColumn('method_version', 'integer')
    .addColumn('assessed_at', 'text')
    .addColumn('next_assessment_at', 'text')
    .addColumn('treatment_option', 'text')
    .addColumn('treatment_note', 'text', (c) => c.notNull().defaultTo(''))
    // The plan changes version whenever its option or actions change; an approval names the
    // version it approved, so a changed plan needs approving again.
    .addColumn('plan_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('plan_approved_version', 'integer')
    .addColumn('plan_approved_at', 'text')
    .addColumn('plan_approved_by', 'text')
    .addColumn('plan_approved_role_key', 'text')
    .addColumn('accepted_until', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('risk_unit_idx').on('risk').columns(['org_unit_id', 'number']).execute();
  await db.schema.createIndex('risk_residual_idx').on('risk').columns(['residual_score', 'number']).execute();
  await db.schema.createIndex('risk_inherent_idx').on('risk').columns(['inherent_score', 'number']).execute();
  await db.schema.createIndex('risk_category_idx').on('risk').columns(['category', 'number']).execute();
  await db.schema.createIndex('risk_title_idx').on('risk').columns(['title', 'number']).execute();
  await db.schema.createIndex('risk_next_idx').on('risk').columns(['next_assessment_at', 'number']).execute();
  await db.schema
    .createIndex('risk_cells_idx')
    .on('risk')
    .columns(['residual_likelihood', 'residual_impact', 'inherent_likelihood', 'inherent_impact'])
    .execute();

  await db.schema
    .createTable('risk_assessment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risk.id'))
    .addColumn('method_version', 'integer', (c) => c.notNull())
    .addColumn('inherent_likelihood', 'integer', (c) => c.notNull())
    .addColumn('inherent_impact', 'integer', (c) => c.notNull())
    .addColumn('inherent_score', 'integer', (c) => c.notNull())
    .addColumn('residual_likelihood', 'integer', (c) => c.notNull())
    .addColumn('residual_impact', 'integer', (c) => c.notNull())
    .addColumn('residual_score', 'integer', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'text')
    .addColumn('assessed_role_key', 'text')
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('risk_assessment_risk_idx')
    .on('risk_assessment')
    .columns(['risk_id', 'assessed_at'])
    .execute();

  await db.schema
    .createTable('risk_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risk.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_person_id', 'text', (c) => c.references('person.id'))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('risk_action_risk_idx').on('risk_action').column('risk_id').execute();
  await db.schema.createIndex('risk_action_due_idx').on('risk_action').columns(['status', 'due_date']).execute();
  await db.schema
    .createIndex('risk_action_owner_idx')
    .on('risk_action')
    .columns(['owner_person_id', 'status'])
    .execute();

  await db.schema
    .createTable('risk_acceptance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risk.id'))
    .addColumn('residual_score', 'integer', (c) => c.notNull())
    .addColumn('level_key', 'text', (c) => c.notNull())
    .addColumn('above_appetite', 'integer', (c) => c.notNull())
    .addColumn('method_version', 'integer', (c) => c.notNull())
    .addColumn('justification', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text', (c) => c.notNull())
    .addColumn('accepted_role_key', 'text', (c) => c.notNull())
    .addColumn('accepted_assignment_id', 'text')
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema
    .createIndex('risk_acceptance_risk_idx')
    .on('risk_acceptance')
    .columns(['risk_id', 'accepted_at'])
    .execute();
  await db.schema.createIndex('risk_accepted_until_idx').on('risk').column('accepted_until').execute();

  await db.schema
    .createTable('risk_update')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risk.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_update_risk_idx').on('risk_update').columns(['risk_id', 'id']).execute();
  await db.schema.createIndex('risk_update_feed_idx').on('risk_update').column('id').execute();

  await db.schema
    .createTable('risk_view')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_view_name_idx').on('risk_view').columns(['person_id', 'name']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'risk_view',
    'risk_update',
    'risk_acceptance',
    'risk_action',
    'risk_assessment',
    'risk',
    'risk_method',
  ])
    await db.schema.dropTable(t).execute();
}
