import type { User, UserId } from '../../core/goals/model.js';
import type { Preferences } from '../../core/goals/stores.port.js';
import type { ServiceDeps } from './deps.js';
import { requireUser } from './lookups.js';

/** Changes the user's language, the coach's tone and/or their time zone; returns the updated user. */
export async function setPreferences(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  prefs: Preferences,
): Promise<User> {
  await deps.stores.users.updatePreferences(userId, prefs, deps.clock.now());
  return requireUser(deps, userId);
}
