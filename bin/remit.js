#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npm start` needs no server build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/remit.ts');
