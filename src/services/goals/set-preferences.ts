import type { Locale, Tone, User, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';
import { requireUser } from './lookups.js';

/** Changes the user's language and/or the coach's tone; returns the updated user. */
export async function setPreferences(
  deps: Pick<ServiceDeps, 'stores' | 'clock'>,
  userId: UserId,
  prefs: { locale?: Locale; tone?: Tone },
): Promise<User> {
  await deps.stores.users.updatePreferences(userId, prefs, deps.clock.now());
  return requireUser(deps, userId);
}
