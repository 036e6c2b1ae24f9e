import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import type { CounterName, Counters } from '../../core/ports.js';

const HELP: Record<CounterName, [string, string, string[]]> = {
  coach_fallback: ['stepwise_coach_fallback_total', 'LLM answers replaced by the offline coach, by reason', ['reason']],
  crisis_detected: ['stepwise_crisis_detected_total', 'Messages answered with crisis resources, by category', ['category']],
  step_completed: ['stepwise_steps_completed_total', 'Steps marked done', []],
  step_generated: ['stepwise_steps_generated_total', 'Steps given, by the coach that wrote them', ['source']],
  goal_created: ['stepwise_goals_created_total', 'Goals created', []],
};

export interface Metrics extends Counters {
  registry: Registry;
  /** Current value of a counter (all label sets summed): for tests and the start-up banner. */
  total(name: CounterName): Promise<number>;
}

/** Prometheus counters behind the `Counters` port, served at `/metrics`. */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'stepwise_' });
  const counters = Object.fromEntries(
    Object.entries(HELP).map(([key, [name, help, labelNames]]) => [key, new Counter({ name, help, labelNames, registers: [registry] })]),
  ) as Record<CounterName, Counter>;
  return {
    registry,
    inc: (name, labels) => (labels ? counters[name].inc(labels) : counters[name].inc()),
    total: async (name) => (await counters[name].get()).values.reduce((sum, v) => sum + v.value, 0),
  };
}
