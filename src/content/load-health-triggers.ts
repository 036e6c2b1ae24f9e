import { join } from 'node:path';
import { z } from 'zod';
import { ADAPTATION_ACTIONS, SIGNALS, type TriggerDef } from '../core/health/biometrics/triggers.js';
import { Localized } from './health-pack.schema.js';
import { contentDir } from './load-coach-pack.js';
import { readYamlFile } from './read-yaml.js';

const Condition = z.strictObject({
  signal: z.enum(SIGNALS),
  op: z.enum(['lt', 'gt']),
  value: z.number(),
  nights: z.number().int().min(1).max(14).optional(),
});

const Trigger = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  priority: z.number().int().min(1),
  action: z.enum(ADAPTATION_ACTIONS),
  keepShare: z.number().gt(0).lt(1).optional(),
  conditions: z.array(Condition).min(1),
  confidence: z.number().min(0).max(1),
  cooldownHours: z.number().min(0),
  expiresHours: z.number().gt(0),
  reason: Localized,
});

const TriggersFile = z.array(Trigger).min(1);

export type TriggersLoad = { ok: true; triggers: TriggerDef[] } | { ok: false; problems: string[] };

/**
 * `content/health/triggers.yaml`: thresholds and priorities are content, so changing one is an edit
 * and a review, not a release. Every problem names its place.
 */
export function loadHealthTriggers(root = join(contentDir(), 'health')): TriggersLoad {
  const file = 'triggers.yaml';
  const problems: string[] = [];
  const triggers = readYamlFile(join(root, file), TriggersFile, problems, file);
  if (!triggers) return { ok: false, problems };
  const seen = new Set<string>();
  for (const trigger of triggers) {
    if (seen.has(trigger.id)) problems.push(`${file}: ${trigger.id}: id used twice`);
    seen.add(trigger.id);
    for (const condition of trigger.conditions)
      if (condition.nights !== undefined && condition.signal !== 'sleep_quality')
        problems.push(`${file}: ${trigger.id}: only sleep_quality counts nights`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, triggers };
}
