#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npm start` needs no server build step.
import { register } from 'tsx/esm/api';

// Every command that opens the database loads kysely and zod, some 360 ES modules. Loaded before
// tsx registers its hooks, they skip the hooks' cost per module (about half a second per command).
// Help loads neither: commands load their implementation only when they run (src/cli/lazy.ts).
const args = process.argv.slice(2);
const help = args.length === 0 || args[0] === 'help' || args.includes('--help') || args.includes('-h');
if (!help) await Promise.all([import('kysely'), import('zod')]);

register();
await import('../src/cli/remit.ts');
