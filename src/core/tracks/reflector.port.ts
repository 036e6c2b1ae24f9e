import type { Locale } from '../goals/model.js';
import type { Exercise } from '../programs/program.js';

export interface ReflectionRequest {
  locale: Locale;
  exercise: Exercise;
  answers: Record<string, string | number>;
}

/** A short personal reflection on a finished exercise (a model's); undefined leaves the closing alone. */
export type Reflector = (request: ReflectionRequest) => Promise<string | undefined>;

/** What came of asking a model for a reflection (`stepwise_exercise_reflections_total{outcome}`). */
export type ReflectionOutcome = 'written' | 'invalid' | 'wrong_language' | 'off_limits' | 'timeout' | 'http';
