import type { ConfidenceBand, DetectedIntent } from '../../core/intents/intent.port.js';
import type { Program } from '../../core/programs/program.js';
import { type LabelledText, normaliseText, type TrainOptions, trainIntentModel } from './classifier.js';

/**
 * Confidence bands for what the bot does with a detected intent: at or above `high` it starts the
 * intent's exercise, at or above `medium` it asks "did you mean …?", below it asks an open question.
 * The cut-offs are where the cross-validated accuracy makes each answer safe (docs/notes/intent-router.md).
 */
export const INTENT_CONFIDENCE = { high: 0.5, medium: 0.25 } as const;

export const confidenceBand = (confidence: number): ConfidenceBand =>
  confidence >= INTENT_CONFIDENCE.high ? 'high' : confidence >= INTENT_CONFIDENCE.medium ? 'medium' : 'low';

/** What the offline router reads from a message; the band is added by `confidenceBand`. */
export type OfflineIntent = Omit<DetectedIntent, 'band' | 'source'>;

export interface IntentRouter {
  detect(text: string): OfflineIntent;
}

export type RouterProgram = Pick<Program, 'intents' | 'exercises' | 'suggestions' | 'actions'>;

/** Background text counts half as much as an intent's own examples. */
const BACKGROUND_WEIGHT = 0.5;

/**
 * The training set: every example of every intent in both languages (one model serves both), plus
 * background text the program already has about each intent's exercise — its title, intro
 * sentences, questions and choices, its action's name and the suggestions that offer it. That
 * background brings words the examples lack ("hearing", "заседание"), so it is worth ~1 point of
 * cross-validated accuracy.
 */
export function trainingExamples(program: RouterProgram): LabelledText[] {
  const own = program.intents.flatMap((i) =>
    [...i.examples.en, ...i.examples.ru].map((text) => ({ text, label: i.id })),
  );
  const intentOf = new Map(program.intents.filter((i) => i.exercise).map((i) => [i.exercise!, i.id]));
  const background: LabelledText[] = [];
  const add = (label: string | undefined, ...texts: { en: string; ru: string }[]) => {
    if (!label) return;
    for (const localized of texts)
      for (const sentence of [localized.en, localized.ru].flatMap((text) => text.split(/(?<=[.!?…])\s+/)))
        background.push({ text: sentence, label, weight: BACKGROUND_WEIGHT });
  };
  for (const exercise of program.exercises) {
    const label = intentOf.get(exercise.id);
    add(
      label,
      exercise.title,
      exercise.intro,
      ...exercise.prompts.flatMap((prompt) => [
        prompt.ask,
        ...(prompt.kind === 'choice' ? prompt.choices.map((choice) => choice.label) : []),
      ]),
    );
    add(label, ...program.actions.filter((action) => action.id === exercise.action).map((action) => action.name));
  }
  for (const suggestion of program.suggestions)
    if (suggestion.exercise) add(intentOf.get(suggestion.exercise), suggestion.text);
  return [...own, ...background];
}

/** Text with fewer letters and digits than this says nothing an intent can be read from. */
const MIN_CHARS = 2;

/**
 * Trains a classifier on the program and routes free text to an intent; the track is the intent's.
 * (Deciding the track first by summing its intents' probabilities was tried: it favours the track
 * with the most intents — the four null-track ones — whenever the model is unsure.)
 */
export function createIntentRouter(program: RouterProgram, options: Partial<TrainOptions> = {}): IntentRouter {
  const byId = new Map(program.intents.map((i) => [i.id, i]));
  const fallbackDef = byId.get('off_topic') ?? program.intents.find((i) => i.track === null);
  const fallback: OfflineIntent = { intent: fallbackDef?.id ?? 'off_topic', track: null, confidence: 0 };
  const examples = trainingExamples(program);
  const model = examples.length ? trainIntentModel(examples, options) : undefined;

  return {
    detect(text) {
      if (!model || normaliseText(text).replace(/ /g, '').length < MIN_CHARS) return { ...fallback };
      const { label, confidence } = model.predict(text);
      const { track, exercise } = byId.get(label)!;
      return { intent: label, track, confidence, ...(exercise ? { exercise } : {}) };
    },
  };
}
