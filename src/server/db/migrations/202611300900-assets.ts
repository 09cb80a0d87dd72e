import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Assets and access (A.5.9–5.18, A.8.2): the inventory with classification, links to risks and
// controls, access requests, accounts and entitlements imported from systems, toxic combinations,
// and access review campaigns with one item per entitlement reviewed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('asset')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('org_unit_id', 'text', (c) => c.references('org_unit.id'))
    .addColumn('parent_id', 'text', (c) => c.references('asset.id'))
    .addColumn('confidentiality', 'integer', (c) => c.notNull())
    .addColumn('integrity', 'integer', (c) => c.notNull())
    .addColumn('availability', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    // The identifier in the CMDB it was imported from; a re-import updates by it.
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('asset_name_idx').on('asset').columns(['name', 'number']).execute();
  await db.schema.createIndex('asset_type_idx').on('asset').columns(['type', 'number']).execute();
  await db.schema.createIndex('asset_status_idx').on('asset').columns(['status', 'number']).execute();
  await db.schema.createIndex('asset_label_idx').on('asset').columns(['label', 'number']).execute();
  await db.schema.createIndex('asset_unit_idx').on('asset').columns(['org_unit_id', 'number']).execute();
  await db.schema.createIndex('asset_parent_idx').on('asset').columns(['parent_id', 'number']).execute();

  // A link from an asset to a risk (by id) or an Annex A control (by its number, e.g. 8.2).
  await db.schema
    .createTable('asset_link')
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_ref', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('asset_link_pk', ['asset_id', 'object_type', 'object_ref'])
    .execute();
  await db.schema
    .createIndex('asset_link_object_idx')
    .on('asset_link')
    .columns(['object_type', 'object_ref'])
    .execute();

  await db.schema
    .createTable('access_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('beneficiary_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('entitlement', 'text', (c) => c.notNull())
    .addColumn('privileged', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_role_key', 'text')
    .addColumn('decided_assignment_id', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('provisioned_by', 'text')
    .addColumn('provisioned_at', 'text')
    .addColumn('entitlement_id', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoke_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('access_request_asset_idx')
    .on('access_request')
    .columns(['asset_id', 'status'])
    .execute();
  await db.schema.createIndex('access_request_status_idx').on('access_request').columns(['status', 'until']).execute();
  await db.schema
    .createIndex('access_request_requester_idx')
    .on('access_request')
    .columns(['requester_id', 'number'])
    .execute();
  await db.schema
    .createIndex('access_request_beneficiary_idx')
    .on('access_request')
    .columns(['beneficiary_id', 'number'])
    .execute();

  // Accounts on a system (an asset), matched to a person by email or employee id when possible.
  await db.schema
    .createTable('system_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('matched_by', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('system_account_name_uq', ['asset_id', 'name'])
    .execute();
  await db.schema.createIndex('system_account_person_idx').on('system_account').columns(['person_id']).execute();

  await db.schema
    .createTable('entitlement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('system_account.id'))
    // Copied from the account so reviews and toxic-combination checks join on one table.
    .addColumn('person_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('privileged', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    // When it appeared or its privileged flag changed: a differential review starts from this.
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('last_import_id', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('last_certified_at', 'text')
    .addUniqueConstraint('entitlement_account_name_uq', ['account_id', 'name'])
    .execute();
  await db.schema
    .createIndex('entitlement_asset_idx')
    .on('entitlement')
    .columns(['asset_id', 'name', 'person_id'])
    .execute();
  await db.schema.createIndex('entitlement_person_idx').on('entitlement').columns(['person_id', 'asset_id']).execute();

  await db.schema
    .createTable('entitlement_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accounts_unmatched', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('systems', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('started_by', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('entitlement_import_started_idx')
    .on('entitlement_import')
    .columns(['started_at'])
    .execute();

  // Two entitlements one person must not hold together; '*' at the end of a name matches a prefix.
  await db.schema
    .createTable('toxic_rule')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('left_asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('left_entitlement', 'text', (c) => c.notNull())
    .addColumn('right_asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('right_entitlement', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('access_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('differential', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_role_key', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('access_review_asset')
    .addColumn('review_id', 'text', (c) => c.notNull().references('access_review.id'))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addPrimaryKeyConstraint('access_review_asset_pk', ['review_id', 'asset_id'])
    .execute();

  // One row per entitlement under review; written in bulk from the entitlement table.
  await db.schema
    .createTable('access_review_item')
    .addColumn('review_id', 'text', (c) => c.notNull().references('access_review.id'))
    .addColumn('entitlement_id', 'text', (c) => c.notNull())
    .addColumn('asset_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('account_name', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('privileged', 'integer', (c) => c.notNull())
    .addColumn('reviewer_id', 'text')
    // Why the reviewer is not the asset owner: own_account (SOD-04), no_owner, reassigned.
    .addColumn('routed', 'text')
    .addColumn('toxic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decision', 'text')
    .addColumn('modify_to', 'text')
    .addColumn('comment', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoked_at', 'text')
    .addPrimaryKeyConstraint('access_review_item_pk', ['review_id', 'entitlement_id'])
    .execute();
  await db.schema
    .createIndex('access_review_item_reviewer_idx')
    .on('access_review_item')
    .columns(['review_id', 'reviewer_id', 'decision'])
    .execute();
  await db.schema
    .createIndex('access_review_item_decision_idx')
    .on('access_review_item')
    .columns(['review_id', 'decision', 'asset_id'])
    .execute();
  // "Campaigns I review in" and the inbox scan start from the reviewer.
  await db.schema
    .createIndex('access_review_item_by_reviewer_idx')
    .on('access_review_item')
    .columns(['reviewer_id', 'decision', 'review_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'access_review_item',
    'access_review_asset',
    'access_review',
    'toxic_rule',
    'entitlement_import',
    'entitlement',
    'system_account',
    'access_request',
    'asset_link',
    'asset',
  ])
    await db.schema.dropTable(t).execute();
}
