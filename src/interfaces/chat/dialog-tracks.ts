import { StepwiseError } from '../../core/errors.js';
import type { Locale } from '../../core/goals/model.js';
import { PHASE_STARTS, PHASES } from '../../core/tracks/model.js';
import { fillTemplate } from '../../core/tracks/suggest.js';
import type { ExerciseDef, ProgramPack, PromptDef } from '../../content/program-pack.schema.js';
import type { ActionResult } from '../../services/tracks/record-action.js';
import type { ProgressView } from '../../services/tracks/track-progress.js';
import { answerSchema } from '../../services/tracks/finish-exercise.js';
import type { TrackServices } from '../../services/tracks/track-services.js';
import { type ChatState, IDLE } from './chat-state.js';
import { feedbackRow, feedbackTapped } from './dialog-feedback.js';
import type { Turn } from './dialog-flows.js';
import { buttonLabel, nextActionButtons, trackEmoji } from './buttons.js';
import type { Button, Reply } from './reply.js';

/** What the bot does with a free-text message's intent (the intent router lives in the coach). */
export interface DetectedIntent {
  intent: string;
  track: string | null;
  confidence: number;
  exercise?: string;
  band: 'high' | 'medium' | 'low';
}

export interface TrackDialogDeps {
  tracks: TrackServices;
  /** Async: with an LLM configured, an unsure offline intent may be refined by the model. */
  detectIntent(programId: string, text: string): Promise<DetectedIntent>;
  /** A short personal reflection on a finished exercise (an LLM's); undefined leaves the closing alone. */
  reflect?(r: {
    locale: Locale;
    exercise: ExerciseDef;
    answers: Record<string, string | number>;
  }): Promise<string | undefined>;
}

type ExerciseState = Extract<ChatState, { name: 'exercise' }>;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The seed's bar: ten cells, one per 10 %. */
export const progressBar = (pct: number) => '█'.repeat(Math.floor(pct / 10)) + '░'.repeat(10 - Math.floor(pct / 10));

/** The recovery program in chat: onboarding, /progress, /switch_track, exercises and intent routing. */
export function createTrackFlows(deps: TrackDialogDeps) {
  const { tracks } = deps;
  const program = (id: string): ProgramPack => tracks.program(id)!;
  const trackName = (p: ProgramPack, id: string, t: Turn) =>
    p.tracks.find((x) => x.id === id)?.name[t.user.locale] ?? id;

  /** The first program with tracks the user is in; undefined when none or the system is off for them. */
  const enrolledProgram = async (t: Turn): Promise<ProgramPack | undefined> => {
    if (!tracks.enabledFor(t.user.id)) return undefined;
    const e = (await tracks.enrollments(t.user.id)).find((x) => tracks.program(x.programId));
    return e && program(e.programId);
  };

  const requireEnrolled = async (t: Turn): Promise<ProgramPack> => {
    const p = await enrolledProgram(t);
    if (!p)
      throw new StepwiseError(tracks.enabledFor(t.user.id) ? 'not_enrolled' : 'feature_disabled', 'not in a program');
    return p;
  };

  const renderProgress = (t: Turn, p: ProgramPack, view: ProgressView): Reply => {
    const { m } = t;
    const blocks = Object.values(view.tracks).map((tr) =>
      [
        m.trackLine(
          trackEmoji(p, tr.track),
          trackName(p, tr.track, t),
          progressBar(tr.completion_percentage),
          tr.completion_percentage,
        ),
        m.nextLine(tr.next_action.suggestion),
      ].join('\n'),
    );
    const primary = view.tracks[view.primary_track];
    const buttons: Button[][] = [];
    if (primary?.next_action.technique)
      buttons.push([
        {
          label: buttonLabel(m.startNext(primary.next_action.suggestion)),
          data: `ex:${primary.next_action.technique}`,
        },
      ]);
    // Only the focus track's next action (the one with the start button) asks for feedback.
    if (primary) buttons.push(...feedbackRow(m, p, primary.next_action));
    buttons.push([
      { label: m.buttonSwitchTrack(), data: 'cmd:switch_track' },
      { label: m.buttonAllExercises(), data: 'cmd:exercise' },
    ]);
    const focus = `${trackEmoji(p, view.primary_track)} ${trackName(p, view.primary_track, t)}`;
    return {
      text: [...blocks, m.progressFooter(focus, view.overall_progress, view.days_active)].join('\n\n'),
      buttons,
    };
  };

  const trackButtons = (t: Turn, p: ProgramPack, current: string | null): Button[][] =>
    p.tracks.map((tr) => [
      { label: t.m.primaryButton(tr.emoji, tr.name[t.user.locale], tr.id === current), data: `primary:${tr.id}` },
    ]);

  const progress = async (t: Turn): Promise<Reply[]> => {
    const view = await tracks.progress(t.user.id, { locale: t.user.locale });
    return [renderProgress(t, program(view.program), view)];
  };

  /** /recovery: joins the program (every track at 0 %), explains the tracks, asks for the focus. */
  const onboarding = async (t: Turn, programId = 'recovery'): Promise<Reply[]> => {
    if (!tracks.enabledFor(t.user.id)) throw new StepwiseError('feature_disabled', 'tracks are off');
    const p = tracks.program(programId);
    if (!p) throw new StepwiseError('unknown_program', 'no such program');
    await tracks.enroll(t.user.id, p.id);
    const l = t.user.locale;
    const current = (await tracks.enrollments(t.user.id)).find((e) => e.programId === p.id)?.primaryTrack ?? null;
    const list = p.tracks.map((tr) => `${tr.emoji} ${tr.name[l]} — ${tr.about[l]}`).join('\n\n');
    return [{ text: `${p.intro[l]}\n\n${list}` }, { text: p.askPrimary[l], buttons: trackButtons(t, p, current) }];
  };

  const switchTrack = async (t: Turn): Promise<Reply[]> => {
    const p = await requireEnrolled(t);
    const current = (await tracks.enrollments(t.user.id)).find((e) => e.programId === p.id)!.primaryTrack;
    return [{ text: t.m.askSwitchTrack(), buttons: trackButtons(t, p, current) }];
  };

  /** A track chosen (onboarding or /switch_track): the focus changes and its current phase and next action show. */
  const setPrimary = async (t: Turn, track: string): Promise<Reply[]> => {
    const result = await tracks.setPrimary(t.user.id, track);
    const p = program(result.programId);
    const view = await tracks.progress(t.user.id, { locale: t.user.locale });
    const tr = view.tracks[track]!;
    const def = p.tracks.find((x) => x.id === track)!;
    const phaseIndex = PHASES.indexOf(tr.phase);
    const end = PHASES[phaseIndex + 1] ? PHASE_STARTS[PHASES[phaseIndex + 1]!] : 100;
    const plan = `${def.emoji} ${def.name[t.user.locale]}\n${capitalise(t.m.phaseNames()[tr.phase])}: ${def.phases[tr.phase][t.user.locale]} (${PHASE_STARTS[tr.phase]}% → ${end}%)\n${t.m.nextLine(tr.next_action.suggestion).trim()}`;
    const buttons: Button[][] = tr.next_action.technique
      ? [[{ label: buttonLabel(t.m.startNext(tr.next_action.suggestion)), data: `ex:${tr.next_action.technique}` }]]
      : [];
    buttons.push(...feedbackRow(t.m, p, tr.next_action), [{ label: t.m.buttonProgress(), data: 'cmd:progress' }]);
    return [{ text: t.m.primarySet(def.name[t.user.locale]) }, { text: plan, buttons }];
  };

  const listExercises = async (t: Turn): Promise<Reply[]> => {
    const p = await requireEnrolled(t);
    const l = t.user.locale;
    return [
      {
        text: t.m.exercisesHeader(),
        buttons: p.exercises.map((e) => [
          { label: buttonLabel(t.m.exerciseButton(trackEmoji(p, e.track), e.title[l], e.minutes)), data: `ex:${e.id}` },
        ]),
      },
    ];
  };

  const ask = (t: Turn, exercise: ExerciseDef, index: number): Reply => {
    const prompt = exercise.prompts[index]!;
    const l = t.user.locale;
    const lines = [t.m.exerciseAsk(index + 1, exercise.prompts.length, prompt.ask[l])];
    let buttons: Button[][] | undefined;
    if (prompt.kind === 'scale') {
      lines.push(t.m.scaleHint(prompt.min, prompt.max));
      const values = Array.from({ length: prompt.max - prompt.min + 1 }, (_, i) => prompt.min + i);
      const half = Math.ceil(values.length / 2);
      buttons = [values.slice(0, half), values.slice(half)]
        .filter((r) => r.length)
        .map((row) => row.map((v) => ({ label: String(v), data: `ans:${v}` })));
    } else if (prompt.kind === 'choice') {
      lines.push(t.m.choiceHint());
      buttons = prompt.choices.map((c) => [{ label: buttonLabel(c.label[l]), data: `ans:${c.id}` }]);
    }
    if (prompt.optional) lines.push(t.m.optionalHint());
    return { text: lines.join('\n'), ...(buttons && { buttons }) };
  };

  const startExercise = async (t: Turn, exerciseId: string, note?: string): Promise<Reply[]> => {
    const p = await requireEnrolled(t);
    const exercise = p.exercises.find((e) => e.id === exerciseId);
    if (!exercise) throw new StepwiseError('unknown_exercise', 'no such exercise');
    t.setState({ name: 'exercise', programId: p.id, exerciseId, index: 0, answers: {} });
    const l = t.user.locale;
    const intro = t.m.exerciseStart(exercise.title[l], exercise.intro[l], exercise.minutes);
    return [{ text: note ? `${note}\n\n${intro}` : intro }, ask(t, exercise, 0)];
  };

  /** Progress lines, phase changes and milestone celebrations after an action. */
  const renderAction = (t: Turn, p: ProgramPack, result: ActionResult): string[] => {
    if (result.duplicate) return [t.m.alreadyCounted()];
    const l = t.user.locale;
    const lines = result.changes.map((c) =>
      t.m.progressChange(trackEmoji(p, c.track), trackName(p, c.track, t), c.oldPct, c.newPct),
    );
    for (const c of result.changes)
      if (c.newPhase !== c.oldPhase)
        lines.push(t.m.phaseReached(trackName(p, c.track, t), t.m.phaseNames()[c.newPhase]));
    for (const ms of result.milestones) lines.push('', t.m.milestoneReached(ms.def.name[l], ms.def.description[l]));
    return lines;
  };

  const finish = async (t: Turn, s: ExerciseState, exercise: ExerciseDef, channel: string): Promise<Reply[]> => {
    const done = await tracks.finishExercise(t.user.id, {
      exerciseId: exercise.id,
      answers: s.answers,
      source: channel === 'telegram' ? 'telegram' : 'cli',
      programId: s.programId,
    });
    t.setState(IDLE);
    // After a crisis in this exercise: saved, and nothing more — no reflection on a farewell letter,
    // no percentages, no next action to push.
    if (s.crisis) return [{ text: t.m.entrySavedAfterCrisis() }];
    const p = program(s.programId);
    // Asked once the answers are saved, so a slow model never costs the user their exercise.
    const reflecting = deps.reflect?.({ locale: t.user.locale, exercise, answers: s.answers }).catch(() => undefined);
    const view = await tracks.progress(t.user.id, { locale: t.user.locale, programId: p.id });
    const next = view.tracks[exercise.track]?.next_action;
    const reflection = await reflecting;
    const text = [
      t.m.exerciseSaved(exercise.closing[t.user.locale]),
      ...(reflection ? ['', reflection] : []),
      '',
      ...renderAction(t, p, done.action),
      ...(next ? ['', t.m.nextLine(next.suggestion).trim()] : []),
    ].join('\n');
    const feedback = next ? feedbackRow(t.m, p, next) : [];
    return [
      {
        text,
        buttons: [
          ...feedback,
          [
            { label: t.m.buttonProgress(), data: 'cmd:progress' },
            { label: t.m.buttonAllExercises(), data: 'cmd:exercise' },
          ],
        ],
      },
    ];
  };

  /** One answer to the exercise's current question (typed, tapped, or /skip when optional). */
  const answer = async (t: Turn, s: ExerciseState, raw: string | undefined, channel: string): Promise<Reply[]> => {
    const p = tracks.program(s.programId);
    const exercise = p?.exercises.find((e) => e.id === s.exerciseId);
    const prompt: PromptDef | undefined = exercise?.prompts[s.index];
    if (!exercise || !prompt) {
      t.setState(IDLE);
      return [{ text: t.m.exerciseCancelled() }];
    }
    const answers = { ...s.answers };
    if (raw === undefined) {
      if (!prompt.optional) return [{ text: t.m.exerciseSkipRequired() }, ask(t, exercise, s.index)];
    } else {
      const parsed = answerSchema(prompt).safeParse(prompt.kind === 'choice' ? choiceId(prompt, raw, t) : raw);
      if (!parsed.success)
        return [{ text: t.m.exerciseInvalid(parsed.error.issues[0]?.message ?? '') }, ask(t, exercise, s.index)];
      answers[prompt.id] = parsed.data;
    }
    const next: ExerciseState = { ...s, index: s.index + 1, answers };
    if (next.index >= exercise.prompts.length) return finish(t, next, exercise, channel);
    t.setState(next);
    return [ask(t, exercise, next.index)];
  };

  /** /resume: an exercise set aside by a crisis reply goes on where it stopped (or asks its question again). */
  const resume = async (t: Turn, s: ExerciseState, channel: string): Promise<Reply[]> => {
    const exercise = tracks.program(s.programId)?.exercises.find((e) => e.id === s.exerciseId);
    if (!exercise) {
      t.setState(IDLE);
      return [{ text: t.m.exerciseCancelled() }];
    }
    const going: ExerciseState = { ...s };
    delete going.paused;
    if (going.index >= exercise.prompts.length) return finish(t, going, exercise, channel);
    t.setState(going);
    return [ask(t, exercise, going.index)];
  };

  /** A typed choice is matched by its id, its label, or its number in the list. */
  const choiceId = (prompt: Extract<PromptDef, { kind: 'choice' }>, raw: string, t: Turn) => {
    const v = raw.trim().toLowerCase();
    const n = Number(v);
    if (Number.isInteger(n) && n >= 1 && n <= prompt.choices.length) return prompt.choices[n - 1]!.id;
    return prompt.choices.find((c) => c.id === v || c.label[t.user.locale].toLowerCase() === v)?.id ?? v;
  };

  const exerciseTitle = (t: Turn, s: ExerciseState) =>
    tracks.program(s.programId)?.exercises.find((e) => e.id === s.exerciseId)?.title[t.user.locale] ?? s.exerciseId;

  /**
   * Free text outside any flow, for a user in a program: the intent router decides. High confidence
   * starts the matching exercise (noting the cross-track benefit), medium asks to confirm, low asks
   * what would help, and greetings, thanks and off-topic get a short, warm answer.
   */
  const route = async (t: Turn, text: string): Promise<Reply[] | undefined> => {
    const p = await enrolledProgram(t);
    if (!p) return undefined;
    const d = await deps.detectIntent(p.id, text);
    const { m } = t;
    const l = t.user.locale;
    const menu: Button[][] = [
      [
        { label: m.buttonProgress(), data: 'cmd:progress' },
        { label: m.buttonAllExercises(), data: 'cmd:exercise' },
      ],
    ];
    if (d.track === null && d.band !== 'low') {
      if (d.intent === 'show_progress') return progress(t);
      if (d.intent === 'greeting') return [{ text: m.greetingReply(t.user.displayName), buttons: menu }];
      if (d.intent === 'thanks') return [{ text: m.thanksReply() }];
      return [{ text: m.offTopicReply(), buttons: menu }];
    }
    const exercise = d.exercise ? p.exercises.find((e) => e.id === d.exercise) : undefined;
    if (exercise && d.band === 'high') {
      const primary = (await tracks.enrollments(t.user.id)).find((e) => e.programId === p.id)?.primaryTrack;
      let note: string | undefined;
      if (primary && exercise.track !== primary) {
        // Conflicting priorities: say how this action also serves the other tracks.
        const impacts = p.actions.find((a) => a.id === exercise.action)?.impacts ?? [];
        const others = impacts.filter((i) => i.track !== exercise.track).map((i) => trackName(p, i.track, t));
        note = [
          m.trackContext(trackName(p, exercise.track, t)),
          others.length ? fillTemplate(p.crossTrack[l], { action: exercise.title[l], tracks: others.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' ');
      }
      return startExercise(t, exercise.id, note);
    }
    if (exercise && d.band === 'medium') {
      return [
        {
          text: m.intentConfirm(exercise.title[l]),
          buttons: [
            [{ label: m.buttonYesStart(), data: `ex:${exercise.id}` }],
            [{ label: m.buttonSomethingElse(), data: 'cmd:exercise' }],
          ],
        },
      ];
    }
    const view = await tracks.progress(t.user.id, { locale: l, programId: p.id });
    return [{ text: m.intentUnclear(), buttons: [...nextActionButtons(p, view), ...menu] }];
  };

  /** /log: actions done outside the chat (went to a meeting, shared a story) recorded with one tap. */
  const logAsk = async (t: Turn): Promise<Reply[]> => {
    const p = await requireEnrolled(t);
    const viaExercise = new Set(p.exercises.map((e) => e.action));
    const loggable = p.actions.filter((a) => !viaExercise.has(a.id) && a.id !== 'goal_step');
    return [
      {
        text: t.m.logAsk(),
        buttons: loggable.map((a) => [
          { label: buttonLabel(`${trackEmoji(p, a.impacts[0]!.track)} ${a.name[t.user.locale]}`), data: `act:${a.id}` },
        ]),
      },
    ];
  };

  const logAction = async (t: Turn, actionType: string): Promise<Reply[]> => {
    const p = await requireEnrolled(t);
    const result = await tracks.recordAction(t.user.id, {
      actionType,
      source: t.channel === 'telegram' ? 'telegram' : 'cli',
      programId: p.id,
    });
    return [
      {
        text: [t.m.logged(), '', ...renderAction(t, p, result)].join('\n'),
        buttons: [[{ label: t.m.buttonProgress(), data: 'cmd:progress' }]],
      },
    ];
  };

  const linkAsk = async (t: Turn, goalTitle: string): Promise<Reply[]> => {
    const p = await requireEnrolled(t);
    return [
      {
        text: t.m.linkAsk(goalTitle),
        buttons: p.tracks.map((tr) => [{ label: `${tr.emoji} ${tr.name[t.user.locale]}`, data: `goaltrack:${tr.id}` }]),
      },
    ];
  };

  const linked = (t: Turn, goalTitle: string, programId: string, track: string): Reply[] => [
    { text: t.m.linked(goalTitle, trackName(program(programId), track, t)) },
  ];

  /** A tap on 👍 / 👎 under a next action. */
  const feedback = async (t: Turn, data: string): Promise<Reply[]> =>
    feedbackTapped(tracks, t, await requireEnrolled(t), data);

  /** After a finished goal step that moved a track. */
  const stepMoved = (t: Turn, result: ActionResult | undefined): string[] =>
    result ? renderAction(t, program(result.programId), result) : [];

  return {
    logAsk,
    logAction,
    feedback,
    progress,
    onboarding,
    switchTrack,
    setPrimary,
    listExercises,
    startExercise,
    answer,
    resume,
    exerciseTitle,
    route,
    linkAsk,
    linked,
    stepMoved,
    enrolledProgram,
  };
}

export type TrackFlows = ReturnType<typeof createTrackFlows>;
