import { isStepwiseError } from '../../../../core/errors.js';
import type { HealthServices, ProfileState } from '../../../../services/health/health-services.js';
import type { ReminderServices } from '../../../../services/reminders/reminders.js';
import type { TrackServices } from '../../../../services/tracks/track-services.js';
import { type ChatFeature, defineState } from '../../feature.js';
import type { Button, Reply } from '../../reply.js';
import { actionSource, IDLE, type Turn } from '../../turn.js';
import { renderLevel } from './level-view.js';
import { ANSWER, answerSetup, askSetup, type SetupDeps, startSetup } from './setup-flow.js';
import { answeredIn, HealthSetupState } from './setup-state.js';
import {
  habitOfTask,
  renderEducation,
  renderMark,
  renderToday,
  TASK_ACTIONS,
  TASK_PREFIX,
  type TaskAction,
  TYPED_ACTIONS,
  typedTaskCommand,
} from './today-view.js';

/** The program of the track engine the health habits move. */
export const HEALTH_PROGRAM = 'health';

export interface HealthFeatureDeps {
  health: HealthServices;
  /** The track engine: /health enrols the person, and marked habits move the health tracks. */
  tracks?: TrackServices;
  /** The goal reminder's zone is offered first when the schedule asks for one. */
  reminders?: Pick<ReminderServices, 'get'>;
  /** Where the API is reached from outside (`https://stepwise.example`), for the calendar link. */
  publicUrl?: string;
  /** The zone this server runs in (tests fix it). */
  serverZone?: string;
}

/** The health program in chat: setup, today's plan and its marks, progression, and the settings. */
export function healthFeature(deps: HealthFeatureDeps): ChatFeature {
  const { health } = deps;
  const setup: SetupDeps = {
    health,
    reminders: deps.reminders,
    serverZone: deps.serverZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    finished: (turn) => showToday(deps, turn),
  };
  const settings = createSettings(deps);
  return {
    name: 'health',
    commands: {
      health: (turn, args) => join(deps, setup, turn, args),
      today: (turn, args) => needsProfile(turn, () => today(deps, turn, args)),
      level: (turn) =>
        needsProfile(turn, async () => [
          renderLevel(turn, await health.progression(turn.user.id, { locale: turn.user.locale })),
        ]),
      schedule: (turn) => startSetup(setup, turn, 'schedule'),
      archetype: (turn) => startSetup(setup, turn, 'archetype'),
      notes: (turn) => startSetup(setup, turn, 'notes'),
      digest: settings.digest,
      calendar: settings.calendar,
    },
    callbacks: {
      [TASK_PREFIX]: {
        run: (turn, value) => needsProfile(turn, () => tapped(deps, turn, value)),
        typed: typedTaskCommand,
      },
    },
    states: { health_setup: setupState(setup) },
  };
}

/** The setup waits through other commands (its reminder follows them) and is kept as a draft. */
function setupState(setup: SetupDeps) {
  const title = (turn: Turn, state: HealthSetupState) => turn.m.healthSetupTitle(state.flow);
  return defineState<HealthSetupState>({
    schema: HealthSetupState,
    text: async (turn, state, raw) =>
      state.paused
        ? [{ text: turn.m.healthSetupPaused(title(turn, state)) }]
        : answerSetup(setup, turn, state, raw, true),
    async command(turn, state, name, args) {
      // /resume after a crisis reply, or /health again: the open question, asked again.
      if ((name === 'resume' || name === 'health') && !args) {
        const going = { ...state, paused: undefined };
        turn.setState(going);
        return [await askSetup(setup, turn, going)];
      }
      if (name === 'skip' && state.step === 'notes' && !state.paused)
        return answerSetup(setup, turn, state, 'none', false);
      if (name !== 'cancel') return undefined;
      turn.setState(IDLE);
      return [{ text: turn.m.healthSetupCancelled() }];
    },
    button: async (turn, state, data) =>
      data.startsWith(ANSWER) && !state.paused
        ? answerSetup(setup, turn, state, data.slice(ANSWER.length), false)
        : undefined,
    reminder: (turn, state) => ({
      text: state.paused
        ? turn.m.healthSetupPaused(title(turn, state))
        : turn.m.healthSetupStillOpen(title(turn, state)),
    }),
    draft: (turn, state) => ({ title: title(turn, state), answered: answeredIn(state) }),
    // A crisis pauses the setup with its answers; /resume (offered by the check-in) goes on.
    onCrisis: (_turn, state) => ({ next: { ...state, paused: true }, draftKept: false }),
    resumable: (state) => state.paused === true,
  });
}

/** "Choose your archetype first", with the button that starts the setup, instead of a bare refusal. */
async function needsProfile(turn: Turn, run: () => Promise<Reply[]>): Promise<Reply[]> {
  try {
    return await run();
  } catch (error) {
    if (!isStepwiseError(error) || error.code !== 'no_health_profile') throw error;
    return [setupFirst(turn)];
  }
}

const setupFirst = (turn: Turn): Reply => ({
  text: turn.m.healthNeedsSetup(),
  buttons: [[{ label: turn.m.healthButtonStart(), data: 'cmd:health' }]],
});

/**
 * `/health`: joins the program on the track engine (when it is on for the person) and, without an
 * archetype yet, explains the program and starts the quiz; otherwise shows where things stand.
 * `/health quiz` takes the quiz again.
 */
async function join(deps: HealthFeatureDeps, setup: SetupDeps, turn: Turn, args: string): Promise<Reply[]> {
  const { tracks } = deps;
  const userId = turn.user.id;
  // Joining is the one write before the setup may open: it changes nothing when repeated, so it is
  // harmless even when the dialog then asks to set an open exercise aside first.
  if (tracks?.enabledFor(userId) && tracks.program(HEALTH_PROGRAM)) await tracks.enroll(userId, HEALTH_PROGRAM);
  if (/^(quiz|тест)$/i.test(args.trim())) return startSetup(setup, turn, 'quiz');
  const profile = await deps.health.profile(userId);
  if (profile.archetype) return [overview(deps, turn, profile)];
  const intro = tracks?.program(HEALTH_PROGRAM)?.intro[turn.user.locale] ?? turn.m.healthIntro();
  const questions = deps.health.quiz(turn.user.locale).questions.length;
  const start = await startSetup(setup, turn, 'onboarding');
  return [{ text: `${intro}\n\n${turn.m.healthQuizIntro(questions)}` }, ...start];
}

/** Where the person stands in the program, with a button for everything they can change. */
function overview(deps: HealthFeatureDeps, turn: Turn, profile: ProfileState): Reply {
  const msg = turn.m;
  const locale = turn.user.locale;
  const archetype = deps.health.pack.archetypes.find((candidate) => candidate.id === profile.archetype)!;
  const { schedule } = profile;
  const text = msg.healthOverview({
    archetype: archetype.name[locale],
    wake: schedule.wake,
    sleep: schedule.sleep,
    work: schedule.work ? { start: schedule.work.start, end: schedule.work.end } : null,
    zone: schedule.timeZone,
    scheduleSet: profile.scheduleSet,
    notes: profile.notes.length,
    digest: profile.digestEnabled,
  });
  const buttons: Button[][] = [
    [
      { label: msg.healthButtonToday(), data: 'cmd:today' },
      { label: msg.healthButtonLevel(), data: 'cmd:level' },
    ],
    [
      { label: msg.healthButtonSchedule(), data: 'cmd:schedule' },
      { label: msg.healthButtonArchetype(), data: 'cmd:archetype' },
    ],
    [
      { label: msg.healthButtonNotes(), data: 'cmd:notes' },
      profile.digestEnabled
        ? { label: msg.healthButtonDigestOff(), data: 'cmd:digest off' }
        : { label: msg.healthButtonDigestOn(), data: 'cmd:digest on' },
    ],
    [
      { label: msg.healthButtonCalendar(), data: 'cmd:calendar' },
      { label: msg.healthButtonRetakeQuiz(), data: 'cmd:health quiz' },
    ],
  ];
  return { text, buttons };
}

const showToday = async (deps: HealthFeatureDeps, turn: Turn): Promise<Reply[]> => [
  renderToday(turn, await deps.health.today(turn.user.id, { locale: turn.user.locale })),
];

/** `/today`, or `/today done 2` (`partly`, `skip`, `info`, `rest`, `sick`): a task by number or habit id. */
async function today(deps: HealthFeatureDeps, turn: Turn, args: string): Promise<Reply[]> {
  const [word = '', ref = ''] = args.trim().toLowerCase().split(/\s+/);
  if (!word) return showToday(deps, turn);
  const action = TYPED_ACTIONS[word];
  const view = await deps.health.today(turn.user.id, { locale: turn.user.locale });
  const byNumber = /^\d+$/.test(ref) ? view.tasks[Number(ref) - 1] : undefined;
  const task =
    action === 'rest' || action === 'sick'
      ? view.tasks[0]
      : (byNumber ??
        view.tasks.find((candidate) => candidate.task_id === ref || habitOfTask(candidate.task_id) === ref));
  if (!action || !task) return [{ text: turn.m.healthTodayUsage() }, renderToday(turn, view)];
  return act(deps, turn, action, task.task_id);
}

/** A task button: its action on the task it names. */
function tapped(deps: HealthFeatureDeps, turn: Turn, value: string): Promise<Reply[]> {
  const action = TASK_ACTIONS[value.slice(0, 1) as keyof typeof TASK_ACTIONS];
  if (!action || value[1] !== ':') return Promise.resolve([{ text: turn.m.notUnderstood() }]);
  return act(deps, turn, action, value.slice(2));
}

/** Marks a task (or the day, for rest and sick) and answers with the streak and the track's move; ℹ️ teaches. */
async function act(deps: HealthFeatureDeps, turn: Turn, action: TaskAction, taskId: string): Promise<Reply[]> {
  const { health } = deps;
  const locale = turn.user.locale;
  if (action === 'info') {
    const view = await health.today(turn.user.id, { locale });
    const task = view.tasks.find((candidate) => candidate.task_id === taskId);
    return task ? [renderEducation(turn, task)] : [{ text: turn.m.errors.task_not_today() }];
  }
  const result = await health.markTask(turn.user.id, taskId, action, { source: actionSource(turn), locale });
  const habit = health.pack.habits.find((candidate) => candidate.id === habitOfTask(taskId));
  const program = deps.tracks?.program(HEALTH_PROGRAM);
  return [renderMark(turn, result, habit?.name[locale] ?? habitOfTask(taskId), program)];
}

/** `/digest on|off` and `/calendar` (`/calendar new` makes a new private link). */
function createSettings(deps: HealthFeatureDeps) {
  const { health } = deps;
  const digest = async (turn: Turn, args: string): Promise<Reply[]> => {
    const msg = turn.m;
    const wanted = args.trim().toLowerCase();
    const on = /^(on|вкл|да|yes)/.test(wanted) ? true : /^(off|выкл|нет|no)/.test(wanted) ? false : undefined;
    // Nothing to send before there is a plan: the setup comes first (and no profile is made for the switch).
    const before = await health.profile(turn.user.id);
    if (!before.archetype) return [setupFirst(turn)];
    const profile = on === undefined ? before : await health.setDigest(turn.user.id, on);
    const { wake, timeZone } = profile.schedule;
    const toggle = profile.digestEnabled
      ? { label: msg.healthButtonDigestOff(), data: 'cmd:digest off' }
      : { label: msg.healthButtonDigestOn(), data: 'cmd:digest on' };
    return [
      {
        text: msg.healthDigestStatus(profile.digestEnabled, wake, timeZone, profile.scheduleSet),
        buttons: [[toggle]],
      },
    ];
  };
  const calendar = async (turn: Turn, args: string): Promise<Reply[]> => {
    const fresh = /^(new|rotate|новая|новую|заново)/i.test(args.trim());
    const known = fresh ? null : (await health.profile(turn.user.id)).calendarKey;
    const key = known ?? (await health.rotateCalendarSecret(turn.user.id));
    const base = (deps.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
    const url = `${base}/api/health/plan.ics?key=${encodeURIComponent(key)}`;
    return [
      {
        text: fresh ? turn.m.healthCalendarRotated(url) : turn.m.healthCalendarLink(url),
        buttons: [[{ label: turn.m.healthButtonNewCalendarLink(), data: 'cmd:calendar new' }]],
      },
    ];
  };
  return { digest, calendar };
}
