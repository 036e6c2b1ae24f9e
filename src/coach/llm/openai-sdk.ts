import { createRequire } from 'node:module';
import type OpenAI from 'openai';

/**
 * The OpenAI SDK, loaded when an endpoint is configured and a client is made: the offline coach (the default) never
 * pays its code and heap (docs/benchmarks.md). Every caller gets the one cached module, so `instanceof` checks on its
 * error classes hold across files.
 */
export const openAiSdk = (): typeof OpenAI =>
  (createRequire(import.meta.url)('openai') as { OpenAI: typeof OpenAI }).OpenAI;
