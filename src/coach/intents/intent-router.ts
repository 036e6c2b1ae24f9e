import type { ProgramPack } from '../../content/program-pack.schema.js';
import { type LabelledText, normaliseText, type TrainOptions, trainIntentModel } from './classifier.js';

/**
 * Confidence bands for what the bot does with a detected intent: at or above `high` it starts the
 * intent's exercise, at or above `medium` it asks "did you mean …?", below it asks what the user
 * wants. Calibrated on a 5-fold cross-validation of the recovery examples (see
 * test/intents/cross-validation.test.ts, which reports each band's precision): …
 */
export const INTENT_CONFIDENCE = { high: 0.6, medium: 0.35 } as const;

export type ConfidenceBand = 'high' | 'medium' | 'low';

export const confidenceBand = (confidence: number): ConfidenceBand =>
  confidence >= INTENT_CONFIDENCE.high ? 'high' : confidence >= INTENT_CONFIDENCE.medium ? 'medium' : 'low';

export interface DetectedIntent {
  intent: string;
  /** `null` for greetings, thanks, off-topic and the like. */
  track: string | null;
  /** The probability of `intent`, 0–1. */
  confidence: number;
  /** The exercise the intent starts, when it has one. */
  exercise?: string;
}

export interface IntentRouter {
  detect(text: string): DetectedIntent;
}

/** Every example of every intent, both languages together: one model serves both. */
export const intentExamples = (program: Pick<ProgramPack, 'intents'>): (LabelledText & { lang: 'en' | 'ru' })[] =>
  program.intents.flatMap((i) => (['en', 'ru'] as const).flatMap((lang) => i.examples[lang].map((text) => ({ text, label: i.id, lang }))));

/** Text with fewer letters and digits than this says nothing an intent can be read from. */
const MIN_CHARS = 2;

/**
 * Trains a classifier on the program's intent examples and routes free text to an intent. The
 * track is decided first, by summing the probabilities of its intents (a message that is clearly
 * about the child but split between "letter" and "quest" still lands on the child's track); the
 * intent is then the most probable one on that track.
 */
export function createIntentRouter(program: Pick<ProgramPack, 'intents'>, options: Partial<TrainOptions> = {}): IntentRouter {
  const byId = new Map(program.intents.map((i) => [i.id, i]));
  const fallbackDef = byId.get('off_topic') ?? program.intents.find((i) => i.track === null);
  const fallback: DetectedIntent = { intent: fallbackDef?.id ?? 'off_topic', track: null, confidence: 0 };
  const examples = intentExamples(program);
  const model = examples.length ? trainIntentModel(examples, options) : undefined;

  return {
    detect(text) {
      if (!model || normaliseText(text).replace(/ /g, '').length < MIN_CHARS) return { ...fallback };
      const { ranked } = model.predict(text);
      const trackOf = (label: string) => byId.get(label)!.track;
      const tracks = new Map<string | null, number>();
      for (const r of ranked) tracks.set(trackOf(r.label), (tracks.get(trackOf(r.label)) ?? 0) + r.p);
      const track = [...tracks].reduce((best, t) => (t[1] > best[1] ? t : best))[0];
      const top = ranked.find((r) => trackOf(r.label) === track)!;
      const exercise = byId.get(top.label)!.exercise;
      return { intent: top.label, track, confidence: top.p, ...(exercise ? { exercise } : {}) };
    },
  };
}
