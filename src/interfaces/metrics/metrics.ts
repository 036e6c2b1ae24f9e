import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { ReflectionOutcome } from '../../coach/llm/exercise-reflection.js';
import type { RefinementOutcome } from '../../coach/llm/intent-refiner.js';
import type { ReviewOutcome } from '../../coach/llm/safety-review.js';
import type { CounterName, Counters } from '../../core/ports.js';
import type { EventBus } from '../../core/tracks/events.js';

const HELP: Record<CounterName, [string, string, string[]]> = {
  coach_fallback: ['stepwise_coach_fallback_total', 'LLM answers replaced by the offline coach, by reason', ['reason']],
  crisis_detected: [
    'stepwise_crisis_detected_total',
    'Texts answered with crisis resources, by category, level (imminent/child/concern) and source (pattern/model/llm)',
    ['category', 'level', 'source'],
  ],
  step_completed: ['stepwise_steps_completed_total', 'Steps marked done', []],
  step_generated: ['stepwise_steps_generated_total', 'Steps given, by the coach that wrote them', ['source']],
  goal_created: ['stepwise_goals_created_total', 'Goals created', []],
};

export interface Metrics extends Counters {
  registry: Registry;
  /** Current value of a counter (all label sets summed): for tests and the start-up banner. */
  total(name: CounterName): Promise<number>;
  /** The seed's track metrics, fed by the event bus. */
  watchTracks(
    bus: EventBus,
    read: { averages: () => Promise<Record<string, number>>; stuckUsers: () => Promise<number> },
  ): void;
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

  // The seed's names, unprefixed, so its dashboards and alerts apply as written.
  const progressUpdates = new Counter({
    name: 'track_progress_updates_total',
    help: 'Track progress updates, by track',
    labelNames: ['track'],
    registers: [registry],
  });
  const milestones = new Counter({
    name: 'milestones_achieved_total',
    help: 'Milestones achieved, by milestone type',
    labelNames: ['milestone_type'],
    registers: [registry],
  });
  const switches = new Counter({
    name: 'primary_track_switches_total',
    help: 'Primary track switches',
    registers: [registry],
  });
  const aiGenerated = new Counter({
    name: 'ai_suggestions_generated_total',
    help: 'Next-action suggestion sets written by the LLM',
    registers: [registry],
  });
  const aiFailed = new Counter({
    name: 'ai_suggestions_failed_total',
    help: 'LLM suggestion requests that failed (the rules answered instead)',
    registers: [registry],
  });
  const aiLimited = new Counter({
    name: 'ai_suggestions_rate_limited_total',
    help: 'LLM suggestion requests refused by the per-user rate limit',
    registers: [registry],
  });
  // The seed's rollback condition ">50 % negative feedback" is alerted on from this (deploy/prometheus-alerts.yml).
  const feedback = new Counter({
    name: 'ai_suggestion_feedback_total',
    help: 'Verdicts on shown next actions, by why they were shown (reason) and verdict (helpful/not_helpful)',
    labelNames: ['reason', 'verdict'],
    registers: [registry],
  });
  const refinements = new Counter({
    name: 'stepwise_intent_refinements_total',
    help: 'Unsure intents the LLM was asked about, by outcome (changed/confirmed; otherwise the offline intent stood)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const reflections = new Counter({
    name: 'stepwise_exercise_reflections_total',
    help: 'LLM reflections after a finished exercise, by outcome (written; otherwise the offline closing alone)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const safetyReviews = new Counter({
    name: 'stepwise_safety_reviews_total',
    help: 'Unsure texts the LLM gave a crisis second opinion on, by outcome (raised; otherwise the offline verdict stood)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  let reads: { averages: () => Promise<Record<string, number>>; stuckUsers: () => Promise<number> } | undefined;
  new Gauge({
    name: 'average_track_completion_percentage',
    help: 'Average completion over enrolled users, by track (computed at scrape time)',
    labelNames: ['track'],
    registers: [registry],
    async collect() {
      if (!reads) return;
      this.reset();
      for (const [track, value] of Object.entries(await reads.averages())) this.set({ track }, value);
    },
  });
  new Gauge({
    name: 'track_users_stuck',
    help: 'Enrolled users with no progress on any track for over 30 days (the seed alert "users stuck")',
    registers: [registry],
    async collect() {
      if (reads) this.set(await reads.stuckUsers());
    },
  });

  return {
    registry,
    inc: (name, labels) => (labels ? counters[name].inc(labels) : counters[name].inc()),
    total: async (name) => (await counters[name].get()).values.reduce((sum, metricValue) => sum + metricValue.value, 0),
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
