import { z } from 'zod';
import { ARCHETYPES } from '../../../../core/health/model.js';

/**
 * Where the health setup stands: the whole onboarding (quiz → archetype → schedule → notes), or one
 * part of it changed later (`/health quiz`, `/archetype`, `/schedule`, `/notes`). What was answered
 * lives here until each part is saved, so a setup set aside or interrupted loses nothing.
 */
export const SETUP_FLOWS = ['onboarding', 'quiz', 'archetype', 'schedule', 'notes'] as const;
export type SetupFlow = (typeof SETUP_FLOWS)[number];

export const SETUP_STEPS = ['quiz', 'archetype', 'wake', 'sleep', 'work', 'zone', 'notes'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

const Time = z.string().regex(/^\d{2}:\d{2}$/);

export const HealthSetupState = z.object({
  name: z.literal('health_setup'),
  flow: z.enum(SETUP_FLOWS),
  step: z.enum(SETUP_STEPS),
  /** Quiz answers so far: question id → choice id. */
  answers: z.record(z.string().max(64), z.string().max(64)),
  /** The archetype the quiz suggested, and why (in the person's words), until one is chosen. */
  suggested: z.enum(ARCHETYPES).optional(),
  because: z.array(z.string().max(300)).max(12).optional(),
  wake: Time.optional(),
  sleep: Time.optional(),
  /** null: no fixed work hours. */
  work: z.object({ start: Time, end: Time }).nullable().optional(),
  /** Health notes ticked so far (ids), while the notes question is open. */
  notes: z.array(z.string().max(64)).max(40).optional(),
  /** Set by a crisis reply: nothing typed is taken as an answer until /resume. */
  paused: z.boolean().optional(),
});
export type HealthSetupState = z.infer<typeof HealthSetupState>;

/** The step each flow starts at, and the one after each step (undefined: the flow is done). */
export const FIRST_STEP: Readonly<Record<SetupFlow, SetupStep>> = {
  onboarding: 'quiz',
  quiz: 'quiz',
  archetype: 'archetype',
  schedule: 'wake',
  notes: 'notes',
};

const ORDER: Readonly<Record<SetupFlow, readonly SetupStep[]>> = {
  onboarding: ['quiz', 'archetype', 'wake', 'sleep', 'work', 'zone', 'notes'],
  quiz: ['quiz', 'archetype'],
  archetype: ['archetype'],
  schedule: ['wake', 'sleep', 'work', 'zone'],
  notes: ['notes'],
};

export const stepAfter = (flow: SetupFlow, step: SetupStep): SetupStep | undefined => {
  const steps = ORDER[flow];
  return steps[steps.indexOf(step) + 1];
};

/** How many answers the setup holds (a draft with none is replaced without asking). */
export const answeredIn = (state: HealthSetupState): number =>
  Object.keys(state.answers).length +
  [state.wake, state.sleep, state.work].filter((value) => value !== undefined).length;

export const newSetup = (flow: SetupFlow): HealthSetupState => ({
  name: 'health_setup',
  flow,
  step: FIRST_STEP[flow],
  answers: {},
});
