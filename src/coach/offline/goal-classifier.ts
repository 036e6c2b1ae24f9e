import type { Locale } from '../../core/goals/model.js';
import type { GoalTypePack, PathStep } from '../../content/coach-pack.schema.js';
import type { LabelledGoal } from '../../content/load-goal-corpus.js';
import {
  type IntentModel,
  type LabelledText,
  normaliseText,
  type RankedLabel,
  modelFromWeights,
  quantiseWeights,
  type TrainOptions,
  trainIntentModel,
} from '../intents/classifier.js';

/** The label of goals too vague to place; it has no path of its own. */
export const GENERIC = 'generic';

/**
 * At or above `high` (and `margin` ahead of the runner-up) a kind goes straight to its path; below,
 * the coach asks one question with the likeliest kinds as buttons. Chosen on the cross-validated
 * training set so that confident answers are right ≥ 97 % of the time (docs/notes/goal-classifier.md).
 */
export const GOAL_CONFIDENCE = { high: 0.45, margin: 0.15 } as const;

/** How much an answer to the coach's question counts against the title and description. */
export const ANSWER_WEIGHT = 0.35;

export const GOAL_TRAIN_OPTIONS: Partial<TrainOptions> = { epochs: 10 };

export interface GoalReading {
  kind: string;
  confidence: number;
  /** True when the kind is clear enough to act on without asking. */
  sure: boolean;
  /** Every kind, most probable first. */
  ranked: RankedLabel[];
}

export interface GoalClassifier {
  readonly model: IntentModel;
  /** Reads a goal; `answers` (to the coach's questions) count less than the title and description. */
  classify(title: string, description: string, answers: string[]): GoalReading;
}

/** A goal as one text: the title twice, so a long description cannot outweigh it. */
export const goalText = (title: string, description: string) => `${title}. ${title}. ${description}`.trim();

/** What the classifier learns about a kind besides its labelled goals: its names and its steps. */
export type KindText = Pick<GoalTypePack, 'id' | 'name'> & { steps: Pick<PathStep, 'text'>[] };

/** A kind's own steps count this much against a labelled goal: background vocabulary, not examples. */
const STEP_WEIGHT = 0.3;

/**
 * The training set: each goal as title + description and as its title alone (people often give
 * only a title); each kind's names, so a typed kind name is understood; and each kind's step texts
 * as light background, which brings words the goals lack ("drill", «скалодром»): +1.7 points of
 * cross-validated accuracy (docs/notes/goal-classifier.md).
 */
export function goalTrainingSet(goals: readonly LabelledGoal[], kinds: readonly KindText[]): LabelledText[] {
  const examples: LabelledText[] = goals.flatMap((goal) =>
    goal.description
      ? [
          { text: goalText(goal.title, goal.description), label: goal.kind },
          { text: goal.title, label: goal.kind, weight: 0.5 },
        ]
      : [{ text: goal.title, label: goal.kind }],
  );
  for (const kind of kinds) {
    for (const text of [kind.name.en, kind.name.ru]) examples.push({ text, label: kind.id, weight: 0.5 });
    for (const step of kind.steps)
      for (const text of [step.text.en, step.text.ru])
        examples.push({ text: text.replace(/\{[a-z_]+\}/g, ' '), label: kind.id, weight: STEP_WEIGHT });
  }
  return examples;
}

const mix = (main: RankedLabel[], answer: RankedLabel[], weight: number): RankedLabel[] => {
  const answerP = new Map(answer.map((entry) => [entry.label, entry.p]));
  return main
    .map((entry) => ({ label: entry.label, p: (1 - weight) * entry.p + weight * (answerP.get(entry.label) ?? 0) }))
    .sort((left, right) => right.p - left.p || left.label.localeCompare(right.label));
};

/**
 * The goal classifier: the intent router's softmax over character n-grams, trained on labelled goals.
 * An answer that is exactly a kind's name (a tapped button) decides the kind outright; any other
 * answer is mixed in at `ANSWER_WEIGHT`, so one weak word in it cannot flip a clear title.
 */
export function createGoalClassifier(
  model: IntentModel,
  names: Record<string, { en: string; ru: string }>,
): GoalClassifier {
  const byName = new Map<string, string>();
  for (const [kind, name] of Object.entries(names))
    for (const lang of ['en', 'ru'] as Locale[]) byName.set(normaliseText(name[lang]), kind);

  return {
    model,
    classify(title, description, answers) {
      const picked = answers.map((answer) => byName.get(normaliseText(answer))).findLast(Boolean);
      let ranked = model.predict(goalText(title, description)).ranked;
      if (picked) return { kind: picked, confidence: 1, sure: true, ranked };
      const said = answers.join('. ').trim();
      if (said) ranked = mix(ranked, model.predict(said).ranked, ANSWER_WEIGHT);
      const [first, second] = ranked;
      const sure = first!.p >= GOAL_CONFIDENCE.high && first!.p - (second?.p ?? 0) >= GOAL_CONFIDENCE.margin;
      return { kind: first!.label, confidence: first!.p, sure, ranked };
    },
  };
}

/**
 * Trains the goal model (deterministic: the same goals give the same numbers), kept as int8: 27 labels over about
 * 200,000 rows are 22 MB as float and 5.4 MB so, read at every start; the blind goals are placed as before.
 */
export const trainGoalModel = (goals: readonly LabelledGoal[], kinds: readonly KindText[]) =>
  modelFromWeights(quantiseWeights(trainIntentModel(goalTrainingSet(goals, kinds), GOAL_TRAIN_OPTIONS).weights()));
