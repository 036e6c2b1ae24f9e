// The health setup's questions as choices: the buttons each step offers, and a typed answer read against them.
import type { Archetype } from '../../../../core/health/model.js';
import type { HealthServices } from '../../../../services/health/health-services.js';
import type { ReminderServices } from '../../../../services/reminders/reminders.js';
import { buttonLabel } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import type { Turn } from '../../turn.js';
import {
  DONE_WORDS,
  NONE_WORDS,
  parseWorkHours,
  pickedNumbers,
  pickOption,
  type SetupOption,
  typedTime,
  typedZone,
} from './setup-answers.js';
import type { HealthSetupState } from './setup-state.js';

/** A tapped answer of a setup question (the terminal lists them as numbers, like an exercise's options). */
export const ANSWER = 'ans:';

const WAKE_TIMES = ['06:00', '06:30', '07:00', '07:30', '08:00', '09:00'];
const BED_TIMES = ['22:00', '22:30', '23:00', '23:30', '00:00', '01:00'];
const WORK_HOURS = [
  ['09:00', '18:00'],
  ['08:00', '17:00'],
  ['10:00', '19:00'],
] as const;
/** Work hours given here are for Monday to Friday (the API takes any days). */
export const WORK_DAYS = [1, 2, 3, 4, 5];
const ZONE_CHOICES = {
  en: ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'],
  ru: ['Europe/Moscow', 'Europe/Kaliningrad', 'Asia/Yekaterinburg', 'Asia/Almaty'],
} as const;
export const NONE = 'none';
export const DONE = 'done';

export interface SetupDeps {
  health: HealthServices;
  /** The zone this server runs in (offered first: for a terminal user it is their own). */
  serverZone: string;
  /** The goal reminder's zone, when the person gave one: offered before any other. */
  reminders?: Pick<ReminderServices, 'get'>;
  /** What the person sees when the onboarding is done (today's plan). */
  finished(turn: Turn): Promise<Reply[]>;
}

/** Rows of `perRow` buttons, each an answer to the open question. */
export const rows = (options: readonly SetupOption[], perRow: number): Button[][] => {
  const buttons = options.map((option) => ({ label: buttonLabel(option.label), data: `${ANSWER}${option.value}` }));
  return Array.from({ length: Math.ceil(buttons.length / perRow) }, (_, i) =>
    buttons.slice(i * perRow, i * perRow + perRow),
  );
};

export const archetypeOf = (deps: SetupDeps, id: Archetype) =>
  deps.health.pack.archetypes.find((archetype) => archetype.id === id)!;
export const quizOf = (deps: SetupDeps, turn: Turn) => deps.health.quiz(turn.user.locale).questions;
export const openQuestion = (deps: SetupDeps, turn: Turn, state: HealthSetupState) =>
  quizOf(deps, turn).find((question) => state.answers[question.id] === undefined);

async function zoneOptions(deps: SetupDeps, turn: Turn): Promise<SetupOption[]> {
  const reminder = await deps.reminders?.get(turn.user.id);
  const zones = [reminder?.timeZone, deps.serverZone, ...ZONE_CHOICES[turn.user.locale]];
  return [...new Set(zones.filter((zone): zone is string => Boolean(zone)))].map((zone) => ({
    label: zone.replace(/_/g, ' '),
    value: zone,
  }));
}

/** The six archetypes, the suggested one first ("✅ Yes: …"). */
function archetypeOptions(deps: SetupDeps, turn: Turn, state: HealthSetupState): SetupOption[] {
  const locale = turn.user.locale;
  const ordered = [...deps.health.pack.archetypes].sort(
    (left, right) => Number(right.id === state.suggested) - Number(left.id === state.suggested),
  );
  return ordered.map((archetype) => ({
    label:
      archetype.id === state.suggested
        ? turn.m.healthButtonTakeSuggested(archetype.name[locale])
        : archetype.name[locale],
    value: archetype.id,
  }));
}

/** Every health note (ticked ones marked ✓), then "done" and "none". */
const noteOptions = (deps: SetupDeps, turn: Turn, state: HealthSetupState): SetupOption[] => [
  ...deps.health.pack.notes.map((note) => ({
    label: `${state.notes?.includes(note.id) ? '✓ ' : ''}${note.name[turn.user.locale]}`,
    value: note.id,
  })),
  { label: turn.m.healthButtonNotesDone(), value: DONE },
  { label: turn.m.healthButtonNotesNone(), value: NONE },
];

/** The choices of the open question. */
export async function options(deps: SetupDeps, turn: Turn, state: HealthSetupState): Promise<SetupOption[]> {
  const msg = turn.m;
  switch (state.step) {
    case 'quiz':
      return (openQuestion(deps, turn, state)?.choices ?? []).map((choice) => ({
        label: choice.label,
        value: choice.id,
      }));
    case 'archetype':
      return archetypeOptions(deps, turn, state);
    case 'wake':
      return WAKE_TIMES.map((time) => ({ label: time, value: time }));
    case 'sleep':
      return BED_TIMES.map((time) => ({ label: time, value: time }));
    case 'work':
      return [
        ...WORK_HOURS.map(([start, end]) => ({ label: msg.healthWorkRange(start, end), value: `${start}-${end}` })),
        { label: msg.healthButtonNoWorkHours(), value: NONE },
      ];
    case 'zone':
      return zoneOptions(deps, turn);
    case 'notes':
      return noteOptions(deps, turn, state);
  }
}

/** A typed answer read for the open question: a value, several (notes), or undefined when it is none. */
export function readTyped(
  state: HealthSetupState,
  choices: readonly SetupOption[],
  raw: string,
): string | string[] | undefined {
  const typed = raw.trim();
  switch (state.step) {
    case 'wake':
    case 'sleep':
      return typedTime(choices, typed);
    case 'work': {
      const hours = parseWorkHours(typed);
      if (hours === null) return NONE;
      return hours ? `${hours.start}-${hours.end}` : pickOption(choices, typed);
    }
    case 'zone':
      return typedZone(choices, typed);
    case 'notes':
      if (NONE_WORDS.test(typed)) return NONE;
      if (DONE_WORDS.test(typed)) return DONE;
      return pickedNumbers(choices, typed) ?? pickOption(choices, typed);
    default:
      return pickOption(choices, typed);
  }
}

/** "09:00-18:00" → the hours; "none" → no fixed hours. */
export const workOf = (value: string): HealthSetupState['work'] => {
  if (value === NONE) return null;
  const [start, end] = value.split('-');
  return { start: start!, end: end! };
};
