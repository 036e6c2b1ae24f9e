// The health setup's dialog: asks the open question, takes an answer, saves what is complete and moves on.
import { isStepwiseError } from '../../../../core/errors.js';
import type { Archetype } from '../../../../core/health/model.js';
import type { Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';
import { type HealthSetupState, newSetup, type SetupFlow, stepAfter } from './setup-state.js';
import {
  DONE,
  NONE,
  type SetupDeps,
  WORK_DAYS,
  archetypeOf,
  openQuestion,
  options,
  quizOf,
  readTyped,
  rows,
  workOf,
} from './setup-options.js';

export { ANSWER, type SetupDeps } from './setup-options.js';

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
