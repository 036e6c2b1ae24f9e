import type { Locale } from '../../../core/goals/model.js';
import type { PlanAdaptation } from '../../../core/health/biometrics/stores.port.js';
import type { Reading } from '../../../core/health/readings.js';
import type { UserId } from '../deps.js';
import { decideAdaptation, expireAdaptations, listAdaptations, presentAdaptation } from './adaptations.js';
import { type CheckinAnswers, checkin } from './checkin.js';
import type { BiometricDeps, ImportProgress, UploadAdmission } from './deps.js';
import { importFile } from './import-file.js';
import { judgeNow, judgeRecentReaders } from './judge-day.js';
import type { ReadyProfile } from '../plan-day.js';
import { readiness } from './readiness.js';
import { type FieldNamer, recordReadings } from './record-readings.js';

/** Readings, readiness and plan adaptations: what the API, the bot, the terminal and the jobs call. */
export function createBiometricServices(deps: BiometricDeps) {
  return {
    triggers: deps.triggers,
    /** `nameOf` names a refused field as the caller received it (the API's `readings.0.timestamp`). */
    record: (userId: UserId, readings: readonly Reading[], now?: Date, nameOf?: FieldNamer) =>
      recordReadings(deps, userId, readings, { ...(now && { now }), ...(nameOf && { nameOf }) }),
    checkin: (userId: UserId, answers: CheckinAnswers, now?: Date) => checkin(deps, userId, answers, now),
    /**
     * Imports a file at `path`, or one still arriving: `receive` stores it and gives its path. Either
     * way under the import gate, so receiving a large upload already holds the person's one place.
     */
    importFile: (
      userId: UserId,
      file: string | (() => Promise<string>),
      options?: { onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal },
    ) => {
      const work = async () => importFile(deps, userId, typeof file === 'string' ? file : await file(), options);
      return deps.importGate ? deps.importGate.run(userId, work) : work();
    },
    /** See `HealthFileParser.admit`; without one, any file is admitted to the server's upload limit. */
    admitUpload: (fileName: string, head: Uint8Array): UploadAdmission | undefined =>
      deps.parser?.admit ? deps.parser.admit(fileName, head) : { format: 'unknown', maxBytes: undefined, tooLarge: '' },
    readiness: (userId: UserId, options?: { now?: Date; locale?: Locale }) => readiness(deps, userId, options),
    baselines: (userId: UserId) => deps.store.baselines(userId),
    /** An adaptation just made (a record's result), in the API's and the bot's shape. */
    present: (adaptation: PlanAdaptation, locale: Locale) =>
      presentAdaptation(deps, adaptation, locale, deps.health.clock.now()),
    adaptations: (userId: UserId, options?: { now?: Date; locale?: Locale }) => listAdaptations(deps, userId, options),
    decide: (
      userId: UserId,
      id: string,
      decision: 'accepted' | 'kept',
      options?: { feedback?: string; now?: Date; locale?: Locale },
    ) => decideAdaptation(deps, userId, id, decision, options),
    expire: (now?: Date) => expireAdaptations(deps, now),
    /** The trigger job: everyone with readings of the last day judged against their plan day now. */
    judgeRecent: (now?: Date) => judgeRecentReaders(deps, now),
    /** Judges a day whose plan was just built (`HealthDeps.dayStarted`). */
    dayStarted: (profile: ReadyProfile, now: Date) => judgeNow(deps, profile, now),
    /**
     * Claims one adaptation's notice for a chat that shows it itself (the reply to a /checkin): true
     * when this caller is first, so the delivery job never sends it a second time.
     */
    claimNotice: (id: string) => deps.store.claimNotice(id, deps.health.clock.now()),
    /** Pending adaptations the bot has not announced yet, each claimed by one instance only. */
    async claimNotices(limit: number, locale: (userId: UserId) => Promise<Locale>) {
      const now = deps.health.clock.now();
      const due = await deps.store.unnotified(limit, now);
      const claimed = [];
      for (const adaptation of due)
        if (await deps.store.claimNotice(adaptation.id, now))
          claimed.push({
            userId: adaptation.userId,
            view: presentAdaptation(deps, adaptation, await locale(adaptation.userId), now),
          });
      return claimed;
    },
  };
}

export type BiometricServices = ReturnType<typeof createBiometricServices>;
