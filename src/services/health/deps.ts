import type { UserId } from '../../core/goals/model.js';
import type { HealthPack } from '../../core/health/pack.js';
import type { TriggerDef } from '../../core/health/biometrics/triggers.js';
import type { BiometricStore } from '../../core/health/biometrics/stores.port.js';
import type { HealthProfile, HealthStore } from '../../core/health/stores.port.js';
import type { Archetype } from '../../core/health/model.js';
import type { Clock, IdSource, Log, UserStore } from '../../core/ports.js';
import type { TrackServices } from '../tracks/track-services.js';

/** Every effect a health use case may have, passed in (tests give a fixed clock and secrets). */
export interface HealthDeps {
  store: HealthStore;
  users: Pick<UserStore, 'byId'>;
  /** The validated content of `content/health/`. */
  pack: HealthPack;
  /**
   * The track engine: taking the quiz or choosing an archetype enrols the person in the `health`
   * program, and a marked habit moves its `health` track.
   */
  tracks?: Pick<TrackServices, 'enabledFor' | 'enroll' | 'enrollments' | 'program' | 'recordAction'>;
  clock: Clock;
  /** Calendar secrets: unguessable strings (random bytes in production). */
  secrets: IdSource;
  /** Ids for claims on a digest's send (see `SendOnceDeps`). */
  ids: IdSource;
  log: Log;
  /** How long one attempt may hold a digest's send (see `SendOnceDeps`). */
  sendLeaseMs: number;
  /** Plan adaptations (issue 12): today's view shows an accepted one and offers a pending one. */
  adaptations?: Pick<BiometricStore, 'adaptations'>;
  /**
   * Called once when a day's plan is first built: the biometric triggers are checked against the new
   * day (wired in `main/app.ts`), so readings synced before waking still adapt the day they are for.
   */
  /**
   * `content/health/triggers.yaml`: each task lists the trigger conditions that could change it
   * (`adaptation_triggers`); without them it lists none.
   */
  triggers?: readonly TriggerDef[];
  dayStarted?: (profile: HealthProfile & { archetype: Archetype }, now: Date) => Promise<unknown>;
}

export type { UserId };
