import type { Clock, TrackStatsStore } from '../../core/ports.js';
import { IDLE_DAYS } from '../../core/tracks/suggest.js';

const DAY_MS = 24 * 3600 * 1000;

/** The figures the track gauges show at /metrics, read when Prometheus scrapes. */
export function trackGauges(deps: { stats: TrackStatsStore; clock: Clock }) {
  return {
    averages: () => deps.stats.averageCompletion(),
    /** Users with a track idle past the nudge threshold (the seed's "stuck users"). */
    stuckUsers: () => deps.stats.stuckUsers(new Date(deps.clock.now().getTime() - IDLE_DAYS * DAY_MS)),
  };
}
