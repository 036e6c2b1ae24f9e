import { StepwiseError } from '../../../../core/errors.js';
import type { Exercise, Prompt } from '../../../../core/programs/program.js';
import { answerSchema } from '../../../../services/tracks/finish-exercise.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { buttonLabel } from '../../buttons.js';
import type { Button, Reply } from '../../reply.js';
import { actionSource, IDLE, type Turn } from '../../turn.js';
import { feedbackRow } from '../feedback/feedback-buttons.js';
import { requireEnrolled } from '../tracks/enrolled.js';
import { actionLines, progressAndExercisesRow, startButtons } from '../tracks/render-progress.js';
import type { ExerciseState } from './exercise-state.js';

/** Scale answers as two rows of number buttons. */
function scaleButtons(prompt: Extract<Prompt, { kind: 'scale' }>): Button[][] {
  const values = Array.from({ length: prompt.max - prompt.min + 1 }, (_, i) => prompt.min + i);
  const half = Math.ceil(values.length / 2);
  return [values.slice(0, half), values.slice(half)]
    .filter((row) => row.length)
    .map((row) => row.map((value) => ({ label: String(value), data: `ans:${value}` })));
}

/** One question of an exercise, with its hint and, for scales and choices, its buttons. */
export function ask(turn: Turn, exercise: Exercise, index: number): Reply {
  const prompt = exercise.prompts[index]!;
  const locale = turn.user.locale;
  const lines = [turn.m.exerciseAsk(index + 1, exercise.prompts.length, prompt.ask[locale])];
  let buttons: Button[][] | undefined;
  if (prompt.kind === 'scale') {
    lines.push(turn.m.scaleHint(prompt.min, prompt.max));
    buttons = scaleButtons(prompt);
  } else if (prompt.kind === 'choice') {
    lines.push(turn.m.choiceHint());
    buttons = prompt.choices.map((choice) => [{ label: buttonLabel(choice.label[locale]), data: `ans:${choice.id}` }]);
  }
  if (prompt.optional) lines.push(turn.m.optionalHint());
  return { text: lines.join('\n'), ...(buttons && { buttons }) };
}

/** A typed choice is matched by its id, its label, or its number in the list. */
function choiceId(prompt: Extract<Prompt, { kind: 'choice' }>, raw: string, turn: Turn) {
  const typed = raw.trim().toLowerCase();
  const number = Number(typed);
  if (Number.isInteger(number) && number >= 1 && number <= prompt.choices.length) return prompt.choices[number - 1]!.id;
  const locale = turn.user.locale;
  const exact = prompt.choices.find((choice) => choice.id === typed || choice.label[locale].toLowerCase() === typed);
  if (exact) return exact.id;
  // A person types the word they see («повестка» for «Повестка или извещение о заседании»): the one
  // option whose words start with it counts; two or none, and the question is asked again.
  const words = (label: string) => label.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const starts =
    typed.length >= 3
      ? prompt.choices.filter((choice) => words(choice.label[locale]).some((word) => word.startsWith(typed)))
      : [];
  return starts.length === 1 ? starts[0]!.id : typed;
}

/** Why an answer doesn't fit, in the person's words (the schema's own messages name internal ids). */
function invalidAnswer(turn: Turn, prompt: Prompt, raw: string): string {
  switch (prompt.kind) {
    case 'text':
      return raw.trim() ? turn.m.answerTooLong(prompt.maxLength) : turn.m.answerEmpty();
    case 'scale':
      return turn.m.answerScale(prompt.min, prompt.max);
    case 'choice':
      return turn.m.answerChoice(prompt.choices.length);
  }
}

/** The last answer given: the entry is saved and progress, a reflection and the next action follow. */
async function finishExercise(
  tracks: TrackServices,
  turn: Turn,
  state: ExerciseState,
  exercise: Exercise,
): Promise<Reply[]> {
  const done = await tracks.finishExercise(turn.user.id, {
    exerciseId: exercise.id,
    answers: state.answers,
    source: actionSource(turn),
    programId: state.programId,
  });
  turn.setState(IDLE);
  // After a crisis in this exercise: saved, and nothing more — no reflection on a farewell letter,
  // no percentages, no next action to push.
  if (state.crisis) return [{ text: turn.m.entrySavedAfterCrisis() }];
  const program = tracks.program(state.programId)!;
  const locale = turn.user.locale;
  // Asked once the answers are saved, so a slow model never costs the user their exercise.
  const reflecting = tracks.reflect({ locale, exercise, answers: state.answers });
  const view = await tracks.progress(turn.user.id, { locale, programId: program.id });
  const next = view.tracks[exercise.track]?.next_action;
  const reflection = await reflecting;
  const text = [
    turn.m.exerciseSaved(exercise.closing[locale]),
    ...(reflection ? ['', reflection] : []),
    '',
    ...actionLines(turn, program, done.action),
    ...(next ? ['', turn.m.nextLine(next.suggestion).trim()] : []),
  ].join('\n');
  // The next action shown can be started (or recorded) right here, like everywhere it is shown.
  const act = next ? [...startButtons(turn, program, next), ...feedbackRow(turn.m, program, next)] : [];
  return [{ text, buttons: [...act, progressAndExercisesRow(turn)] }];
}

/** The guided exercises in chat: start, one answer at a time, resume, finish. */
export function createExerciseFlow(tracks: TrackServices) {
  const exerciseOf = (state: ExerciseState) =>
    tracks.program(state.programId)?.exercises.find((exercise) => exercise.id === state.exerciseId);

  const start = async (turn: Turn, exerciseId: string, note?: string): Promise<Reply[]> => {
    const program = await requireEnrolled(tracks, turn);
    const exercise = program.exercises.find((candidate) => candidate.id === exerciseId);
    if (!exercise) throw new StepwiseError('unknown_exercise', 'no such exercise');
    turn.setState({ name: 'exercise', programId: program.id, exerciseId, index: 0, answers: {} });
    const locale = turn.user.locale;
    const intro = turn.m.exerciseStart(exercise.title[locale], exercise.intro[locale], exercise.minutes);
    return [{ text: note ? `${note}\n\n${intro}` : intro }, ask(turn, exercise, 0)];
  };

  const finish = (turn: Turn, state: ExerciseState, exercise: Exercise) =>
    finishExercise(tracks, turn, state, exercise);

  /** One answer to the exercise's current question (typed, tapped, or /skip when optional). */
  const answer = async (turn: Turn, state: ExerciseState, raw: string | undefined): Promise<Reply[]> => {
    const exercise = exerciseOf(state);
    const prompt = exercise?.prompts[state.index];
    if (!exercise || !prompt) {
      turn.setState(IDLE);
      return [{ text: turn.m.exerciseCancelled() }];
    }
    const answers = { ...state.answers };
    if (raw === undefined) {
      if (!prompt.optional) return [{ text: turn.m.exerciseSkipRequired() }, ask(turn, exercise, state.index)];
    } else {
      const parsed = answerSchema(prompt).safeParse(prompt.kind === 'choice' ? choiceId(prompt, raw, turn) : raw);
      if (!parsed.success) {
        const problem = turn.m.exerciseInvalid(invalidAnswer(turn, prompt, raw));
        return [{ text: problem }, ask(turn, exercise, state.index)];
      }
      answers[prompt.id] = parsed.data;
    }
    const next: ExerciseState = { ...state, index: state.index + 1, answers };
    if (next.index >= exercise.prompts.length) return finish(turn, next, exercise);
    turn.setState(next);
    return [ask(turn, exercise, next.index)];
  };

  /** /resume: an exercise set aside by a crisis reply goes on where it stopped (or asks its question again). */
  const resume = async (turn: Turn, state: ExerciseState): Promise<Reply[]> => {
    const exercise = exerciseOf(state);
    if (!exercise) {
      turn.setState(IDLE);
      return [{ text: turn.m.exerciseCancelled() }];
    }
    const going: ExerciseState = { ...state };
    delete going.paused;
    if (going.index >= exercise.prompts.length) return finish(turn, going, exercise);
    turn.setState(going);
    return [ask(turn, exercise, going.index)];
  };

  const title = (turn: Turn, state: ExerciseState) => exerciseOf(state)?.title[turn.user.locale] ?? state.exerciseId;

  /**
   * A crisis during an exercise: a text typed as the answer is kept (a letter is the person's own
   * words) and the exercise waits, paused, until /resume.
   */
  const pauseForCrisis = (state: ExerciseState, typed: string | undefined) => {
    const prompt = exerciseOf(state)?.prompts[state.index];
    const kept =
      typed !== undefined && !state.paused && prompt?.kind === 'text' && answerSchema(prompt).safeParse(typed).success;
    const next: ExerciseState = kept
      ? { ...state, index: state.index + 1, answers: { ...state.answers, [prompt.id]: typed.trim() } }
      : { ...state };
    return { next: { ...next, paused: true, crisis: true }, draftKept: kept };
  };

  return { start, answer, resume, title, pauseForCrisis };
}
