#!/usr/bin/env node
// `npx stepwise …`: runs the TypeScript sources through tsx (a runtime dependency), no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
