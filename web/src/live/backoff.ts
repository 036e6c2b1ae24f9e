const FIRST_MS = 1_000;
const MAX_MS = 30_000;

/** The wait before reconnect number `attempt` (0-based): 1 s, 2 s, 4 s … at most 30 s. */
export const backoffMs = (attempt: number): number => Math.min(MAX_MS, FIRST_MS * 2 ** attempt);
