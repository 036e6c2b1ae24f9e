import type { Config } from '../config/env.js';
import type { CoachPack } from '../content/load-coach-pack.js';
import type { Coach } from '../core/goals/coach.port.js';
import type { Counters, Log } from '../core/ports.js';
import type { IntentModel } from './intents/classifier.js';
import { createLlmCoach } from './llm/llm-coach.js';
import { createDangerLead } from './offline/danger-lead.js';
import { createOfflineCoach } from './offline/offline-coach.js';
import { createReasonReader } from './reasons/reason-reader.js';

interface CoachDeps {
  config: Config;
  pack: CoachPack;
  /** The offline coach's trained goal classifier (trained here when absent). */
  goalModel?: IntentModel;
  /** The offline coach over `pack` and `goalModel`, when already built (apps over the same content share one). */
  offline?: Coach;
  counters: Counters;
  log: Log;
}

/** One factory per provider; the offline coach is the default and every other coach's fallback. */
const COACHES = {
  offline: ({ pack, goalModel, offline }: CoachDeps) => offline ?? createOfflineCoach(pack, goalModel),
  openai: ({ config, pack, goalModel, offline, counters, log }: CoachDeps) =>
    createLlmCoach({
      baseUrl: config.llm.baseUrl!,
      model: config.llm.model!,
      apiKey: config.llm.apiKey,
      timeoutMs: config.llm.timeoutMs,
      fallback: offline ?? createOfflineCoach(pack, goalModel),
      dangers: createDangerLead(pack),
      // The offline coach's reader of reasons and answers: a reason rules out the same for the model's steps.
      constraints: createReasonReader(pack.rephrase).constraints,
      counters,
      log,
    }),
} satisfies Record<Config['llm']['provider'], (deps: CoachDeps) => Coach>;

/** The coach of the configured LLM provider. */
export const createCoach = (deps: CoachDeps): Coach => COACHES[deps.config.llm.provider](deps);
