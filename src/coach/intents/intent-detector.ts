import type { DetectedIntent, IntentDetector } from '../../core/intents/intent.port.js';
import type { Program } from '../../core/programs/program.js';
import type { IntentRefiner } from '../llm/intent-refiner.js';
import { confidenceBand, createIntentRouter, type IntentRouter } from './intent-router.js';

/**
 * The `IntentDetector` port: each program's offline router, trained on first use (a fraction of a
 * second) and kept; with a model configured, an unsure result is refined by it.
 */
export function createIntentDetector(programs: readonly Program[], refine?: IntentRefiner): IntentDetector {
  const routers = new Map<string, IntentRouter>();
  const routerFor = (program: Program): IntentRouter => {
    let router = routers.get(program.id);
    if (!router) routers.set(program.id, (router = createIntentRouter(program)));
    return router;
  };
  return {
    async detect(programId, text): Promise<DetectedIntent> {
      const program = programs.find((candidate) => candidate.id === programId);
      if (!program) throw new Error(`unknown program ${programId}`);
      const found = routerFor(program).detect(text);
      const offline: DetectedIntent = { ...found, band: confidenceBand(found.confidence) };
      return refine ? refine(program, text, offline) : offline;
    },
  };
}
