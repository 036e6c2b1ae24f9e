import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { RefinementOutcome } from '../../core/intents/intent.port.js';
import type { CounterName, Counters } from '../../core/ports.js';
import type { ReviewOutcome } from '../../core/safety.port.js';
import type { ReflectionOutcome } from '../../core/tracks/reflector.port.js';
import type { EventBus } from '../../core/tracks/events.js';

const HELP: Record<CounterName, [string, string, string[]]> = {
  coach_fallback: ['stepwise_coach_fallback_total', 'LLM answers replaced by the offline coach, by reason', ['reason']],
  crisis_detected: [
    'stepwise_crisis_detected_total',
    'Texts answered with crisis resources, by category, level (imminent/child/concern) and source (pattern/model/llm)',
    ['category', 'level', 'source'],
  ],
  crisis_set_aside: [
    'stepwise_crisis_set_aside_total',
    'Answers to crisis findings on the person\'s own words, by category, level, field and step: not_a_crisis ("not about my safety": the words go on, or for an imminent finding the help is shown once more) and confirm_safe ("I am safe, this is about something else": an imminent finding\'s words go on)',
    ['category', 'level', 'field', 'step'],
  ],
  step_completed: ['stepwise_steps_completed_total', 'Steps marked done', []],
  step_generated: ['stepwise_steps_generated_total', 'Steps given, by the coach that wrote them', ['source']],
  goal_created: ['stepwise_goals_created_total', 'Goals created', []],
};

// The seed's names, unprefixed, so its dashboards and alerts apply as written.
const SEED_COUNTERS = {
  progressUpdates: ['track_progress_updates_total', 'Track progress updates, by track', ['track']],
  milestones: ['milestones_achieved_total', 'Milestones achieved, by milestone type', ['milestone_type']],
  switches: ['primary_track_switches_total', 'Primary track switches', []],
  aiGenerated: ['ai_suggestions_generated_total', 'Next-action suggestion sets written by the LLM', []],
  aiFailed: ['ai_suggestions_failed_total', 'LLM suggestion requests that failed (the rules answered instead)', []],
  aiLimited: ['ai_suggestions_rate_limited_total', 'LLM suggestion requests refused by the per-user rate limit', []],
  // The seed's rollback condition ">50 % negative feedback" is alerted on from this (deploy/prometheus-alerts.yml).
  feedback: [
    'ai_suggestion_feedback_total',
    'Verdicts on shown next actions, by why they were shown (reason) and verdict (helpful/not_helpful)',
    ['reason', 'verdict'],
  ],
  refinements: [
    'stepwise_intent_refinements_total',
    'Unsure intents the LLM was asked about, by outcome (changed/confirmed; otherwise the offline intent stood)',
    ['outcome'],
  ],
  reflections: [
    'stepwise_exercise_reflections_total',
    'LLM reflections after a finished exercise, by outcome (written; otherwise the offline closing alone)',
    ['outcome'],
  ],
  safetyReviews: [
    'stepwise_safety_reviews_total',
    'Unsure texts the LLM gave a crisis second opinion on, by outcome (raised; otherwise the offline verdict stood)',
    ['outcome'],
  ],
} satisfies Record<string, [string, string, string[]]>;

/** Where the track gauges read their figures at scrape time. */
interface TrackReads {
  averages: () => Promise<Record<string, number>>;
  stuckUsers: () => Promise<number>;
}

/** What a memory cache reports (the HTTP API's token, user and view caches). */
export interface CacheFigures {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/** The memory caches' figures, read when Prometheus scrapes (nothing until `watchCaches`). */
function registerCacheGauges(registry: Registry, caches: () => Record<string, () => CacheFigures>): void {
  const each = (read: (figures: CacheFigures) => number) =>
    function (this: Gauge) {
      this.reset();
      for (const [cache, figures] of Object.entries(caches())) this.set({ cache }, read(figures()));
    };
  const gauge = (name: string, help: string, read: (figures: CacheFigures) => number) =>
    new Gauge({ name, help, labelNames: ['cache'], registers: [registry], collect: each(read) });
  gauge('stepwise_cache_hits', 'Reads a memory cache answered since the start, by cache', (figures) => figures.hits);
  gauge(
    'stepwise_cache_misses',
    'Reads a memory cache had to compute since the start, by cache',
    (figures) => figures.misses,
  );
  gauge('stepwise_cache_hit_ratio', 'Hits over all reads since the start (0 before any), by cache', (figures) =>
    figures.hits + figures.misses === 0 ? 0 : figures.hits / (figures.hits + figures.misses),
  );
  gauge('stepwise_cache_entries', 'Entries a memory cache holds now, by cache', (figures) => figures.entries);
  gauge(
    'stepwise_cache_bytes',
    'Estimated bytes a memory cache holds now (bounded), by cache',
    (figures) => figures.bytes,
  );
}

/** The seed's track gauges, computed when Prometheus scrapes (nothing until `watchTracks`). */
function registerTrackGauges(registry: Registry, reads: () => TrackReads | undefined): void {
  new Gauge({
    name: 'average_track_completion_percentage',
    help: 'Average completion over enrolled users, by track (computed at scrape time)',
    labelNames: ['track'],
    registers: [registry],
    async collect() {
      const read = reads();
      if (!read) return;
      this.reset();
      for (const [track, value] of Object.entries(await read.averages())) this.set({ track }, value);
    },
  });
  new Gauge({
    name: 'track_users_stuck',
    help: 'Enrolled users with no progress on any track for over 30 days (the seed alert "users stuck")',
    registers: [registry],
    async collect() {
      const read = reads();
      if (read) this.set(await read.stuckUsers());
    },
  });
}

export interface Metrics extends Counters {
  registry: Registry;
  /** Current value of a counter (all label sets summed): for tests and the start-up banner. */
  total(name: CounterName): Promise<number>;
  /** The seed's track metrics, fed by the event bus. */
  watchTracks(bus: EventBus, read: TrackReads): void;
  /** The memory caches to report at `/metrics` (the latest call wins). */
  watchCaches(caches: Record<string, () => CacheFigures>): void;
  aiSuggestion(outcome: 'generated' | 'failed' | 'limited'): void;
  /** A user's verdict on a next action, by why it was shown (rule/idle/stuck/llm). */
  suggestionFeedback(reason: string, verdict: 'helpful' | 'not_helpful'): void;
  /** A low- or medium-confidence intent the LLM was asked about, by what came of it. */
  intentRefinement(outcome: RefinementOutcome): void;
  /** An LLM reflection after a finished exercise, by what came of it. */
  exerciseReflection(outcome: ReflectionOutcome): void;
  /** An unsure text the LLM was asked about for crisis, by what came of it. */
  safetyReview(outcome: ReviewOutcome): void;
}

/** Prometheus counters behind the `Counters` port, served at `/metrics`. */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'stepwise_' });
  const counters = Object.fromEntries(
    Object.entries(HELP).map(([key, [name, help, labelNames]]) => [
      key,
      new Counter({ name, help, labelNames, registers: [registry] }),
    ]),
  ) as Record<CounterName, Counter>;

  const extra = Object.fromEntries(
    Object.entries(SEED_COUNTERS).map(([key, [name, help, labelNames]]) => [
      key,
      new Counter({ name, help, labelNames, registers: [registry] }),
    ]),
  ) as Record<keyof typeof SEED_COUNTERS, Counter>;
  const { progressUpdates, milestones, switches, aiGenerated, aiFailed, aiLimited, feedback } = extra;
  const { refinements, reflections, safetyReviews } = extra;
  let reads: TrackReads | undefined;
  registerTrackGauges(registry, () => reads);
  let caches: Record<string, () => CacheFigures> = {};
  registerCacheGauges(registry, () => caches);

  return {
    registry,
    inc: (name, labels) => (labels ? counters[name].inc(labels) : counters[name].inc()),
    total: async (name) => (await counters[name].get()).values.reduce((sum, value) => sum + value.value, 0),
    watchCaches: (watched) => void (caches = watched),
    watchTracks(bus, read) {
      reads = read;
      bus.subscribe((trackEvent) => {
        if (trackEvent.type === 'progress_updated') progressUpdates.inc({ track: trackEvent.track });
        else if (trackEvent.type === 'milestone_achieved') milestones.inc({ milestone_type: trackEvent.milestone });
        else if (trackEvent.type === 'track_switched') switches.inc();
      });
    },
    aiSuggestion: (outcome) =>
      outcome === 'generated' ? aiGenerated.inc() : outcome === 'failed' ? aiFailed.inc() : aiLimited.inc(),
    suggestionFeedback: (reason, verdict) => feedback.inc({ reason, verdict }),
    intentRefinement: (outcome) => refinements.inc({ outcome }),
    exerciseReflection: (outcome) => reflections.inc({ outcome }),
    safetyReview: (outcome) => safetyReviews.inc({ outcome }),
  };
}
