import type { Migration } from 'kysely';
import * as m202611281400 from './202611281400-foundation.js';
import * as m202611291000 from './202611291000-responsibilities.js';
import * as m202611291300 from './202611291300-inbox.js';
import * as m202611291500 from './202611291500-policies.js';
import * as m202611291700 from './202611291700-risks.js';
import * as m202611300900 from './202611300900-assets.js';
import * as m202612010900 from './202612010900-controls.js';
import * as m202612021000 from './202612021000-audits.js';
import * as m202612031000 from './202612031000-incidents.js';

/** Every migration in order; names are their file names so history reads like the folder. */
export const migrations: Record<string, Migration> = {
  '202611281400-foundation': m202611281400,
  '202611291000-responsibilities': m202611291000,
  '202611291300-inbox': m202611291300,
  '202611291500-policies': m202611291500,
  '202611291700-risks': m202611291700,
  '202611300900-assets': m202611300900,
  '202612010900-controls': m202612010900,
  '202612021000-audits': m202612021000,
  '202612031000-incidents': m202612031000,
};
