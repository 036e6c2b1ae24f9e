import type { Coach } from '../core/goals/coach.port.js';
import type { Clock, Counters, IdSource, Log, Stores } from '../core/ports.js';
import type { SafetyCheck } from '../core/safety.port.js';

/** Every effect a use case may have, passed in (tests give a fixed clock and an in-process coach). */
export interface ServiceDeps {
  stores: Stores;
  coach: Coach;
  safety: SafetyCheck;
  clock: Clock;
  ids: IdSource;
  counters: Counters;
  log: Log;
}
