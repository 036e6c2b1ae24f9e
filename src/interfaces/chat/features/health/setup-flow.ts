import { isStepwiseError } from '../../../../core/errors.js';
import type { Archetype } from '../../../../core/health/model.js';
import type { HealthServices } from '../../../../services/health/health-services.js';
import type { ReminderServices } from '../../../../services/reminders/reminders.js';
import { buttonLabel } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
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
import { type HealthSetupState, newSetup, type SetupFlow, stepAfter } from './setup-state.js';

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
const WORK_DAYS = [1, 2, 3, 4, 5];
const ZONE_CHOICES = {
  en: ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles'],
  ru: ['Europe/Moscow', 'Europe/Kaliningrad', 'Asia/Yekaterinburg', 'Asia/Almaty'],
} as const;
const NONE = 'none';
const DONE = 'done';

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
const rows = (options: readonly SetupOption[], perRow: number): Button[][] => {
  const buttons = options.map((option) => ({ label: buttonLabel(option.label), data: `${ANSWER}${option.value}` }));
  return Array.from({ length: Math.ceil(buttons.length / perRow) }, (_, i) =>
    buttons.slice(i * perRow, i * perRow + perRow),
  );
};

const archetypeOf = (deps: SetupDeps, id: Archetype) =>
  deps.health.pack.archetypes.find((archetype) => archetype.id === id)!;
const quizOf = (deps: SetupDeps, turn: Turn) => deps.health.quiz(turn.user.locale).questions;
const openQuestion = (deps: SetupDeps, turn: Turn, state: HealthSetupState) =>
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
async function options(deps: SetupDeps, turn: Turn, state: HealthSetupState): Promise<SetupOption[]> {
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

/** The question the setup waits on, with its buttons. */
export async function askSetup(deps: SetupDeps, turn: Turn, state: HealthSetupState): Promise<Reply> {
  const msg = turn.m;
  const locale = turn.user.locale;
  const choices = await options(deps, turn, state);
  switch (state.step) {
    case 'quiz': {
      const questions = quizOf(deps, turn);
      const question = openQuestion(deps, turn, state)!;
      const position = questions.findIndex((candidate) => candidate.id === question.id) + 1;
      const text = msg.healthQuizAsk(position, questions.length, question.ask);
      return { text, buttons: rows(choices, 1) };
    }
    case 'archetype': {
      const all = deps.health.pack.archetypes;
      const suggested = state.suggested && archetypeOf(deps, state.suggested);
      const text = suggested
        ? msg.healthSuggested(suggested.name[locale], suggested.about[locale], state.because ?? [])
        : msg.healthPickArchetype(all.map((archetype) => `• ${archetype.name[locale]} — ${archetype.about[locale]}`));
      return { text, buttons: rows(choices, 1) };
    }
    case 'wake':
      return { text: msg.healthAskWake(), buttons: rows(choices, 3) };
    case 'sleep':
      return { text: msg.healthAskSleep(), buttons: rows(choices, 3) };
    case 'work':
      return { text: msg.healthAskWork(), buttons: rows(choices, 1) };
    case 'zone':
      return { text: msg.healthAskZone(), buttons: rows(choices, 1) };
    case 'notes':
      return { text: msg.healthAskNotes(), buttons: [...rows(choices.slice(0, -2), 2), ...rows(choices.slice(-2), 2)] };
  }
}

/** Moves the setup on to its next step (or finishes its flow) and asks what comes next. */
async function advance(deps: SetupDeps, turn: Turn, state: HealthSetupState, said: Reply[] = []): Promise<Reply[]> {
  const next = stepAfter(state.flow, state.step);
  if (!next) return [...said, ...(await finish(deps, turn, state))];
  const moved: HealthSetupState = { ...state, step: next };
  turn.setState(moved);
  return [...said, await askSetup(deps, turn, moved)];
}

async function finish(deps: SetupDeps, turn: Turn, state: HealthSetupState): Promise<Reply[]> {
  turn.setState(IDLE);
  const msg = turn.m;
  const today = [[{ label: msg.healthButtonToday(), data: 'cmd:today' }]];
  if (state.flow === 'onboarding')
    return [
      { text: msg.healthAllSet(), buttons: [[{ label: msg.healthButtonDigestOn(), data: 'cmd:digest on' }]] },
      ...(await deps.finished(turn)),
    ];
  if (state.flow === 'notes') return [{ text: msg.healthNotesSaved((state.notes ?? []).length), buttons: today }];
  if (state.flow === 'schedule') return [{ text: msg.healthScheduleSaved(), buttons: today }];
  return [{ text: msg.healthReplanned(), buttons: today }];
}

/** A quiz answer: the next question, or the suggestion with why once every question is answered. */
async function answerQuiz(deps: SetupDeps, turn: Turn, state: HealthSetupState, choice: string): Promise<Reply[]> {
  const question = openQuestion(deps, turn, state)!;
  const answered: HealthSetupState = { ...state, answers: { ...state.answers, [question.id]: choice } };
  if (openQuestion(deps, turn, answered)) {
    turn.setState(answered);
    return [await askSetup(deps, turn, answered)];
  }
  const suggestion = await deps.health.submitQuiz(turn.user.id, answered.answers, turn.user.locale);
  const next: HealthSetupState = {
    ...answered,
    step: 'archetype',
    suggested: suggestion.suggested,
    because: suggestion.because,
  };
  turn.setState(next);
  return [await askSetup(deps, turn, next)];
}

async function chooseArchetype(deps: SetupDeps, turn: Turn, state: HealthSetupState, id: string): Promise<Reply[]> {
  const chosen = await deps.health.chooseArchetype(turn.user.id, id as Archetype);
  const archetype = archetypeOf(deps, chosen.archetype!);
  const locale = turn.user.locale;
  const said = { text: turn.m.healthArchetypeChosen(archetype.name[locale], archetype.about[locale]) };
  return advance(deps, turn, { ...state, suggested: undefined, because: undefined }, [said]);
}

/** The zone completes the schedule: it is saved now (or, if it does not hold together, asked again). */
async function saveSchedule(deps: SetupDeps, turn: Turn, state: HealthSetupState, zone: string): Promise<Reply[]> {
  const work = state.work ? { ...state.work, days: WORK_DAYS } : null;
  try {
    await deps.health.setSchedule(turn.user.id, { timeZone: zone, wake: state.wake!, sleep: state.sleep!, work });
  } catch (error) {
    if (!isStepwiseError(error) || error.code !== 'invalid_input') throw error;
    const again: HealthSetupState = { ...state, step: 'wake', wake: undefined, sleep: undefined, work: undefined };
    turn.setState(again);
    return [{ text: turn.m.healthScheduleInvalid() }, await askSetup(deps, turn, again)];
  }
  const set = turn.m.healthScheduleSet(state.wake!, state.sleep!, state.work ?? null, zone);
  return advance(deps, turn, state, [{ text: set }]);
}

/** A tick or an untick of a note, "done" or "none" (the notes are saved then). */
async function answerNotes(
  deps: SetupDeps,
  turn: Turn,
  state: HealthSetupState,
  picked: readonly string[],
): Promise<Reply[]> {
  let notes = [...(state.notes ?? [])];
  for (const value of picked) {
    if (value === NONE || value === DONE) {
      const saved = value === NONE ? [] : notes;
      await deps.health.setNotes(turn.user.id, saved);
      return finish(deps, turn, { ...state, notes: saved });
    }
    notes = notes.includes(value) ? notes.filter((note) => note !== value) : [...notes, value];
  }
  const next = { ...state, notes };
  turn.setState(next);
  return [await askSetup(deps, turn, next)];
}

/** One answer, tapped (`raw` is an option's value) or typed (read against the open question). */
export async function answerSetup(
  deps: SetupDeps,
  turn: Turn,
  state: HealthSetupState,
  raw: string,
  typed: boolean,
): Promise<Reply[]> {
  const choices = await options(deps, turn, state);
  const tapped = choices.some((choice) => choice.value === raw) ? raw : undefined;
  const value = typed ? readTyped(state, choices, raw) : tapped;
  if (value === undefined) return [{ text: turn.m.healthNotAnAnswer(state.step) }, await askSetup(deps, turn, state)];
  const one = Array.isArray(value) ? value[0]! : value;
  switch (state.step) {
    case 'quiz':
      return answerQuiz(deps, turn, state, one);
    case 'archetype':
      return chooseArchetype(deps, turn, state, one);
    case 'wake':
      return advance(deps, turn, { ...state, wake: one });
    case 'sleep':
      return advance(deps, turn, { ...state, sleep: one });
    case 'work':
      return advance(deps, turn, { ...state, work: workOf(one) });
    case 'zone':
      return saveSchedule(deps, turn, state, one);
    case 'notes':
      return answerNotes(deps, turn, state, Array.isArray(value) ? value : [value]);
  }
}

/** Starts a flow (the whole onboarding, or one part) at its first question. */
export async function startSetup(deps: SetupDeps, turn: Turn, flow: SetupFlow): Promise<Reply[]> {
  const state = newSetup(flow);
  if (flow === 'notes') state.notes = [...(await deps.health.profile(turn.user.id)).notes];
  turn.setState(state);
  return [await askSetup(deps, turn, state)];
}

/** A typed answer read for the open question: a value, several (notes), or undefined when it is none. */
function readTyped(
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
const workOf = (value: string): HealthSetupState['work'] => {
  if (value === NONE) return null;
  const [start, end] = value.split('-');
  return { start: start!, end: end! };
};
