import type { Coach } from '../../core/goals/coach.port.js';
import type { Clock, Counters, IdSource, Log, Stores } from '../../core/ports.js';
import type { CrisisScreen } from '../../core/safety.port.js';

/** Every effect a use case may have, passed in (tests give a fixed clock and an in-process coach). */
export interface ServiceDeps {
  stores: Stores;
  coach: Coach;
  /** Every free text passes it before any coaching happens. */
  screen: CrisisScreen;
  clock: Clock;
  ids: IdSource;
  counters: Counters;
  log: Log;
}
