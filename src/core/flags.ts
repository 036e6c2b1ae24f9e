/** The seed's feature flags. Each is on for a share of users, picked by a stable hash of the user id. */
export const FLAGS = ['multi_track_system_enabled', 'ai_suggestions_enabled', 'strict_milestones'] as const;
export type Flag = (typeof FLAGS)[number];

/** 0 = off for everyone, 100 = on for everyone, 20 = on for a stable 20 % of users (alpha → beta → GA). */
export type FlagRollout = Record<Flag, number>;

/** FNV-1a, 32 bits: the same user lands in the same bucket on every instance and every restart. */
function bucket(flag: string, userId: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${flag}:${userId}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export const flagOn = (rollout: FlagRollout, flag: Flag, userId: string): boolean => {
  const percent = rollout[flag];
  return percent >= 100 || (percent > 0 && bucket(flag, userId) < percent);
};
