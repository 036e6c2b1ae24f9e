import type { Locale, Tone, User, UserId } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';
import { requireUser } from './lookups.js';

/** Changes the user's language and/or the coach's tone; returns the updated user. */
export async function setPreferences(
  deps: Pick<ServiceDeps, 'stores'>,
  userId: UserId,
  prefs: { locale?: Locale; tone?: Tone },
): Promise<User> {
  await deps.stores.users.updatePreferences(userId, prefs);
  return requireUser(deps, userId);
}
