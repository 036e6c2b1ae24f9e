import type { Locale, User } from '../../core/goals/model.js';
import type { ServiceDeps } from './deps.js';

export interface Identity {
  /** Where the person comes from: `telegram`, `cli`, `web`. */
  provider: string;
  /** Their id there (a Telegram user id, an OS user name). */
  subject: string;
  locale: Locale;
  displayName?: string | null;
}

/** Finds the user behind an identity, creating them on first contact with the given locale. */
export async function ensureUser(
  deps: Pick<ServiceDeps, 'clock' | 'ids'> & { stores: Pick<ServiceDeps['stores'], 'users'> },
  identity: Identity,
): Promise<User> {
  const found = await deps.stores.users.byIdentity(identity.provider, identity.subject);
  if (found) return found;
  const user: User = {
    id: deps.ids.next(),
    locale: identity.locale,
    tone: 'friendly',
    displayName: identity.displayName ?? null,
    createdAt: deps.clock.now(),
  };
  return deps.stores.users.createWithIdentity(user, identity.provider, identity.subject);
}
