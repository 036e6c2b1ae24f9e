import { StepwiseError } from '../../../core/errors.js';
import type { UserId } from '../deps.js';
import { scheduleOf } from '../plan-day.js';
import type { BiometricDeps, ImportProgress } from './deps.js';
import { type RecordResult, recordReadings } from './record-readings.js';

export interface ImportResult extends RecordResult {
  format: string;
  records: number;
  skipped: Record<string, number>;
}

/**
 * Imports a device export. The whole file is read before anything is stored, and the readings go in
 * one transaction, so a broken file leaves nothing half-imported; its error names the line or record.
 */
export async function importFile(
  deps: BiometricDeps,
  userId: UserId,
  path: string,
  options: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal; now?: Date } = {},
): Promise<ImportResult> {
  if (!deps.parser) throw new StepwiseError('feature_disabled', 'imports are not set up here', {});
  const profile = await deps.health.store.profile(userId);
  let parsed;
  try {
    parsed = await deps.parser.parse(path, { zone: scheduleOf(profile).timeZone, ...options });
  } catch (error) {
    if (error instanceof StepwiseError) throw error;
    const where = (error as { where?: Record<string, unknown> }).where;
    if (!where) throw error;
    throw new StepwiseError('bad_import_file', (error as Error).message, { where });
  }
  const recorded = await recordReadings(deps, userId, parsed.readings, options.now ? { now: options.now } : {});
  return { ...recorded, format: parsed.format, records: parsed.records, skipped: parsed.skipped };
}
