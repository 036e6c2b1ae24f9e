import { randomBytes } from 'node:crypto';
import type { SettingStore } from '../../core/ports.js';

/**
 * The HS256 key API tokens are signed with: `JWT_SECRET` when set, otherwise 32 random bytes
 * generated on first use and kept in the database, so the server and `stepwise token` agree —
 * across restarts and between processes (`putIfAbsent` lets the first writer win).
 */
export async function apiSecret(deps: { configured?: string; settings: SettingStore }): Promise<string> {
  if (deps.configured) return deps.configured;
  return deps.settings.putIfAbsent('jwt_secret', randomBytes(32).toString('hex'));
}
