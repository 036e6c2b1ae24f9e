import type { Tone } from '../core/goals/model.js';
import { plural } from './plural.js';

const steps = (count: number) => plural('en', count, { one: 'step', other: 'steps' });
const answers = (count: number) => plural('en', count, { one: 'answer', other: 'answers' });

/** What would start instead of an open exercise: named by its title, or by its command. */
export type NextFlow = { title: string } | { command: string } | null;

/** English texts. The Russian catalog must have exactly these keys (checked by the compiler). */
/** The tables of an erasure, as a person reads them (/forget_me lists what will go). */
const DATA_TABLES_EN: Record<string, string> = {
  users: 'your account',
  user_identities: 'linked accounts',
  goals: 'goals',
  steps: 'steps',
  clarifications: 'answers to my questions',
  chat_states: 'conversation state',
  enrollments: 'programs joined',
  track_states: 'track progress',
  actions: 'things you did',
  progress_events: 'progress history',
  track_milestones: 'milestones',
  exercise_entries: 'letters, check-ins and exercises',
  suggestion_feedback: 'your feedback on suggestions',
  goal_reminders: 'reminders',
  health_profiles: 'health profile',
  health_day_plans: 'daily health plans',
  health_habit_logs: 'habit marks',
  biometric_readings: 'health readings',
  user_baselines: 'your usual levels',
  plan_adaptations: 'plan changes',
  login_links: 'sign-in links',
  web_sessions: 'signed-in browsers',
};

export const en = {
  welcome: (name: string | null) =>
    `Hi${name ? `, ${name}` : ''}! I'm Stepwise, a coach for what matters to you, one small step at a time. Here is what we can do together:`,
  welcomeGoals: () =>
    '🎯 The goals coach takes any goal you name and gives you one small, concrete step at a time, never the whole plan at once. When a step is done the next one comes, and if one doesn’t fit, I’ll find another.',
  /** Each program's offer on /start (two sentences) and its button; a program without one is not offered there. */
  programWelcome: (): Record<string, { text: string; button: string; command: string }> => ({
    recovery: {
      text: '🌱 The recovery program is for parents whose bond with their child is tested by separation or alienation: you work on four tracks side by side — yourself, your child, negotiation and community. Guided exercises, letters and check-ins move them forward, and progress is never taken away.',
      button: '🌱 Recovery program',
      command: 'recovery',
    },
    health: {
      text: '🌿 The health program starts with a short quiz about how you like to work, then plans your day in flexible time blocks around your wake time, work and sleep. Each block holds one or two small habits sized to your level, and they grow as the habits get stronger.',
      button: '🌿 Health program',
      command: 'health',
    },
  }),
  welcomeFooter: () => 'I’m a coach, not a therapist or a doctor. /help lists everything I can do.',
  help: (can: { tracks: boolean; health?: 'offer' | 'joined'; terminal?: boolean }) =>
    [
      'What I can do:',
      '/newgoal — set a new goal',
      '/goals — your goals (pick one to work on)',
      '/switch — change the active goal',
      '/step — show the current step',
      '/done — mark the step as done',
      '/next — get the next step',
      '/rephrase — this step doesn’t fit? Tell me why and get another',
      '/status — the active goal and your progress',
      '/complete — mark the active goal as achieved',
      '/archive — put the active goal away',
      '/history — the steps you’ve finished (/history 2: those of goal 2)',
      '/undo — take back a /done you just sent',
      '/reopen — bring back an achieved or archived goal',
      '/remind — a daily reminder of your open step, at a time you pick',
      '/language — English / Русский',
      '/tone — friendly, serious or motivational',
      ...(can.tracks
        ? [
            '',
            'Recovery program (for parents facing alienation):',
            '/recovery — join it or choose your focus',
            '/progress — all four tracks and what’s next',
            '/switch_track — change your focus track',
            '/exercise — guided exercises (check-in, letters, a quest…)',
            '/resume — continue an exercise you set aside',
            '/setaside — set the open exercise aside as a draft, with your answers',
            '/log — count something you did outside the chat (a meeting, sharing your story)',
            '/linktrack — let the active goal move a track',
            '/entries — read back your letters, check-ins and quests',
          ]
        : []),
      ...(can.health === 'offer'
        ? ['', '/health — the health program: a daily plan of small habits in your style']
        : []),
      ...(can.health === 'joined'
        ? [
            '',
            'Health program:',
            '/health — your style, schedule and settings',
            '/today — today’s plan: mark what you’ve done',
            '/level — your level, what you’ve mastered, what’s next',
            '/schedule — change your wake time, bedtime, work hours or time zone',
            '/archetype — choose another style',
            '/notes — private health notes (they leave out habits that might not suit you)',
            '/digest — a morning message with the day’s blocks (on / off)',
            '/calendar — your plan in a calendar app (a private link)',
            '/checkin — how you feel: energy, stress and sleep in three taps',
            '/readiness — today’s readiness against your own usual',
          ]
        : []),
      '',
      '/sos — help right now: emergency numbers and someone to talk to',
      '/cancel — stop what we were doing',
      '/help — this list',
      ...(can.terminal ? ['/quit — end this chat (Ctrl-C too)'] : []),
    ].join('\n'),
  menuGoals: () => '📋 My goals',
  menuNewGoal: () => '➕ New goal',
  buttonDone: () => '✅ Done',
  buttonRephrase: () => '🔄 Rephrase',
  buttonNext: () => '👣 Next step',

  askTitle: () => 'What is your goal? Describe it in a few words (for example: “Learn to play guitar”).',
  askDescription: () => 'Add a little context: why it matters, where you are now. Or send /skip.',
  newGoalDraft: (title: string) => `New goal: ${title}`,
  descriptionStillOpen: (title: string) =>
    `(Your new goal «${title}» is waiting for a few words of context: send them, or /skip to start without, or /cancel.)`,
  newGoalCancelled: () => 'Okay, that goal is not created. /newgoal starts again whenever you like.',
  goalKept: (title: string) =>
    `I’ve kept your goal «${title}»: nothing you wrote is lost. If what you wrote isn’t about your safety, send /resume (or tap “Not about my safety”) and we’ll go on with it; /cancel drops it.`,
  buttonGoalNotCrisis: () => '▶️ Not about my safety: go on with my goal',
  wordsKept: (kind: 'answer' | 'comment'): string =>
    kind === 'answer'
      ? 'I’ve kept your answer: nothing you wrote is lost. If it isn’t about your safety, send /resume (or tap “Not about my safety”) and I’ll take it as your answer; /cancel drops it.'
      : 'I’ve kept what you said about the step. If it isn’t about your safety, send /resume (or tap “Not about my safety”) and I’ll change the step; /cancel drops it.',
  buttonWordsNotCrisis: (kind: 'answer' | 'comment'): string =>
    kind === 'answer' ? '▶️ Not about my safety: send my answer' : '▶️ Not about my safety: change the step',
  wordsDropped: () => 'Okay, I’ve let those words go. Your goal is where it was: /step shows it.',
  // — Words kept behind a crisis reply: every other command works meanwhile, and an imminent finding asks twice —
  heldMeanwhile: () =>
    'Everything else works as usual meanwhile: /newgoal starts another goal, /goals and /help too, and what I kept waits for you.',
  goalKeptReminder: (title: string) =>
    `(Your goal «${title}» is still kept: /resume goes on with it, /cancel drops it.)`,
  wordsKeptReminder: (kind: 'answer' | 'comment'): string =>
    kind === 'answer'
      ? '(Your answer is still kept: /resume sends it, /cancel drops it.)'
      : '(What you said about the step is still kept: /resume changes the step, /cancel drops it.)',
  heldWordsDraft: (kind: 'answer' | 'comment'): string =>
    kind === 'answer' ? 'Your answer to my question' : 'What you said about the step',
  heldSetAside: (title: string) => `📥 «${title}» waits for you, as it was: /resume brings it back whenever you like.`,
  confirmSafeAsk: (what: 'goal' | 'answer' | 'comment'): string =>
    `I’m asking once more, because words like these can mean danger right now. If you are safe and what you wrote is about something else, tap “I am safe, this is about something else”, and ${
      { goal: 'we’ll go on with your goal', answer: 'I’ll take it as your answer', comment: 'I’ll change the step' }[
        what
      ]
    }. If you are not safe, please use the help above now; /cancel drops what I kept.`,
  buttonConfirmSafe: () => '✅ I am safe, this is about something else',
  // — Said right after a crisis reply, under the check-in: quietly, without cheering —
  goalCreatedQuiet: (title: string) => `New goal: «${title}». We’ll go at your pace.`,
  stepDoneQuiet: (count: number, title: string) =>
    `Saved: «${title}», ${steps(count)} done. No hurry with the next one: /next whenever you want it.`,
  loggedQuiet: () => 'Counted.',
  goalNotStarted: () =>
    'I won’t start a goal from these words: they need a person to talk to more than steps. If you meant something else, /newgoal lets you write it in other words.',
  goalCreated: (title: string) => `🎯 New goal: «${title}». Let’s begin.`,
  step: (text: string, minutes: number | null) => `👣 ${text}${minutes ? `\n⏱ about ${minutes} min` : ''}`,
  stepHint: () => 'When it’s done, send /done. If it doesn’t fit, send /rephrase.',
  question: (text: string) => `❓ ${text}`,
  questionHint: () => 'Just reply with your answer.',
  stepDone: (count: number, title: string, tone: Tone) =>
    ({
      friendly: `✅ Well done! That’s ${steps(count)} done on «${title}».\nTake a breath; send /next when you’re ready for the next one.`,
      serious: `✅ Step completed. «${title}»: ${steps(count)} done.\nSend /next for the next step.`,
      motivational: `🔥 Yes! ${steps(count)} done on «${title}» — you’re building real momentum!\nHit /next when you’re ready to keep going.`,
    })[tone],
  between: (title: string) => `🎯 «${title}»: the last step is done. Send /next for the next one.`,
  noStepYet: (title: string) => `🎯 «${title}» has no step yet. Send /next for the first one.`,
  askRephrase: () => 'What’s wrong with this step? (too big, unclear, no time, not my thing…)',
  rephrased: () => 'Here is another way to go:',
  noGoals: () => 'You have no goals yet. Create one with /newgoal.',
  goalsHeader: () => 'Your goals:',
  goalLine: (position: number, title: string, done: number, status: string) =>
    `${position}. 🎯 ${title} — ${steps(done)} done${status}`,
  statusActive: () => ' (active)',
  statusPaused: () => '',
  statusCompleted: () => ' (achieved)',
  statusArchived: () => ' (archived)',
  askSwitch: () => 'Which goal? Send its number.',
  switched: (title: string) => `🎯 Now working on «${title}».`,
  status: (title: string, done: number, since: string) => `🎯 ${title}\n✅ ${steps(done)} done\n📅 since ${since}`,
  goalClosedCompleted: (title: string) =>
    `🏁 «${title}» is achieved. Proud of you! Start a new one with /newgoal or pick one with /goals.`,
  goalClosedArchived: (title: string) => `🗄 «${title}» is archived. Your steps are kept. /goals shows the others.`,
  goalsClosedHeader: () => 'Closed:',
  reopenHint: () => 'To bring one back, send /reopen and its number.',
  buttonReopen: (title: string) => `🔓 Reopen: ${title}`,
  closedGoalPicked: (title: string, number: number) =>
    `«${title}» is closed, so I can’t switch to it. Want it back? /reopen ${number} makes it your active goal again, with all its steps.`,
  noClosedGoals: () => 'You have no closed goals. /goals shows the others.',
  askReopen: () => 'Which goal should come back? Send /reopen and its number.',
  reopened: (title: string) => `🔓 «${title}» is open again, with all its steps. It’s your active goal now.`,
  notClosed: (title: string, number: number) => `«${title}» isn’t closed. /switch ${number} makes it the active goal.`,
  confirmComplete: (title: string) =>
    `Mark «${title}» as achieved? It won’t get new steps (/reopen brings it back). Yes or no?`,
  confirmArchive: (title: string) =>
    `Put «${title}» in the archive? Your steps are kept, and /reopen brings it back. Yes or no?`,
  buttonYes: () => '✅ Yes',
  buttonNo: () => '✖️ No',
  closeKept: (title: string) => `OK, «${title}» stays as it is.`,
  nothingToConfirm: () => 'There’s nothing waiting for a yes or no right now.',
  buttonUndo: () => '↩️ Undo',
  undone: (discarded: boolean) =>
    `↩️ Undone: this step is your current one again.${discarded ? ' The next step I gave you is set aside; a fresh one comes after this one.' : ''}`,
  undoNothing: (title: string) => `There’s nothing to undo: no step of «${title}» is finished yet.`,
  undoTooLate: (minutes: number) =>
    `That step was finished more than ${plural('en', minutes, { one: 'minute', other: 'minutes' })} ago, so it stays done (/history keeps it). Just carry on from here.`,
  undoNotLast: () => 'Only the last step you finished can be undone.',
  undoMovedOn: () =>
    'You’ve already moved on from that step (you asked for another wording or answered my question), so it stays done.',
  undoTrackMoved: (track: string) =>
    `That step already moved your ${track} track, and progress there never goes back, so the step stays done. If it wasn’t quite finished, just carry on: the next step will meet you where you are.`,
  historyHeader: (title: string, total: number) => `📜 «${title}»: ${steps(total)} finished.`,
  historyLine: (position: number, date: string, text: string) => `${position}. ${date} — ${text}`,
  historyRange: (from: number, to: number) => `Steps ${from}–${to}:`,
  historyEmpty: (title: string) => `No step of «${title}» is finished yet. The ones you finish will show up here.`,
  buttonEarlier: () => '⬅️ Earlier',
  buttonLater: () => 'Later ➡️',
  cancelled: () => 'OK, cancelled.',
  skipOnlyForDescription: () => '/skip works only when I ask for a description.',
  languageSet: () => 'Language: English.',
  languageUnknown: () => 'I speak English and Russian: send /language en or /language ru.',
  languageName: () => 'English',
  languageAsk: (name: string) => `Switch to ${name}?`,
  buttonSwitchLanguage: (name: string) => `✅ Yes, ${name}`,
  buttonKeepLanguage: () => 'No, keep English',
  languageKept: () => 'OK, staying with English.',
  askTone: () => 'How should I sound? Send: friendly, serious or motivational.',
  toneSet: (tone: string) => `Tone: ${tone}.`,
  toneNames: () => ({ friendly: 'friendly', serious: 'serious', motivational: 'motivational' }),
  notUnderstood: () => 'I didn’t catch that. /help lists what I can do.',
  webLink: (minutes: number) =>
    `Your dashboard: progress, goals and history, updated live. This link signs you in once and works for ${minutes} minutes; don’t share it.`,
  buttonOpenDashboard: () => 'Open the dashboard',
  buttonOpenApp: () => 'Stepwise',
  exportSent: () =>
    'Everything Stepwise keeps about you: the JSON file holds every record, the .md file is the same as a page to read. Keep them somewhere private.',
  forgetAsk: (listed: string) =>
    `This erases everything I keep about you, for good: goals, steps, letters and entries, progress, health data, settings.\n\n${listed}\n\nIf you want a copy, send /export first. Erase it all now?`,
  buttonForgetYes: () => 'Yes, erase everything',
  buttonForgetNo: () => 'No, keep it',
  forgetKept: () => 'Nothing was erased.',
  forgetDone: () => 'Done: everything about you is erased. If you write to me again, we start from the beginning.',
  dataTable: (table: string) => DATA_TABLES_EN[table] ?? table,
  editedIgnored: () => 'I only read new messages. If you meant to change something, send it again as a new message.',
  commands: () => ({
    start: 'Start and see the menu',
    newgoal: 'Set a new goal',
    goals: 'Your goals',
    step: 'Show the current step',
    done: 'Mark the step as done',
    next: 'Get the next step',
    rephrase: 'Ask for a different step',
    switch: 'Change the active goal',
    status: 'Active goal and progress',
    history: 'Steps you’ve finished',
    undo: 'Take back the last /done',
    reopen: 'Bring back a finished goal',
    remind: 'A daily reminder of your step',
    language: 'English / Русский',
    tone: 'How the coach sounds',
    recovery: 'Recovery program for parents',
    progress: 'Progress on all tracks',
    switch_track: 'Change your focus track',
    exercise: 'Guided exercises',
    resume: 'Continue an exercise you set aside',
    entries: 'Your letters, check-ins and quests',
    log: 'Count something you did',
    health: 'Health program: habits in your style',
    today: 'Today’s health plan',
    level: 'Your health level and what’s next',
    checkin: 'Energy, stress and sleep in three taps',
    readiness: 'Today’s readiness',
    web: 'Open your dashboard in a browser',
    export: 'Everything I keep about you, as files',
    forget_me: 'Erase everything about you',
    sos: 'Help right now',
    help: 'What I can do',
  }),
  unsupportedMessage: () => 'I can only read text. Please write in words — /help lists what I can do.',
  unknownCommand: (cmd: string) => `I don’t know ${cmd}. /help lists what I can do.`,
  floodTexts: () =>
    'You’re writing faster than I can answer, so I skipped your last message. Please send it again in a few seconds.',
  floodTaps: () => 'That was faster than I can answer, so I skipped your last tap. Please tap again in a few seconds.',
  nothingToResume: () => 'There’s no exercise waiting to be continued. /exercise lists them.',
  // — Drafts: an exercise with answers is never replaced silently —
  /** `next`: the new thing by its title («Court document review») or by the command that asks for it (/newgoal). */
  setAsideAsk: (title: string, answered: number, next: NextFlow) =>
    `You’re in the middle of «${title}» (${answers(answered)} so far). Shall we continue it, or set it aside as a draft${next ? ` and ${'title' in next ? `start «${next.title}»` : `go on to ${next.command}`}` : ''}? Nothing you wrote is lost either way.`,
  buttonContinueDraft: (title: string) => `▶ Continue «${title}»`,
  buttonSetAside: (next: NextFlow) =>
    `📥 Set it aside${next ? `, ${'title' in next ? `start «${next.title}»` : `go on to ${next.command}`}` : ''}`,
  setAsideDone: (title: string, answered: number) =>
    `📥 «${title}» is set aside with your ${answers(answered)}. /resume brings it back.`,
  nothingToSetAside: () => 'There’s nothing with answers open to set aside right now.',
  draftsFull: (max: number) =>
    `You already have ${max} exercises set aside. /resume one of them and finish or /cancel it first.`,
  draftsList: (lines: string[]) =>
    [
      'Set aside, with your answers:',
      ...lines,
      '',
      'Which one shall we continue? Tap it, or send /resume and its number.',
    ].join('\n'),
  draftLine: (position: number, title: string, answered: number) => `${position}. «${title}» — ${answers(answered)}`,
  buttonResumeDraft: (title: string, answered: number) => `▶ «${title}» · ${answers(answered)}`,
  draftResumed: (title: string) => `▶ Back to «${title}», right where you stopped.`,
  draftsWaiting: (titles: string[]) =>
    `📥 Set aside: ${titles.map((title) => `«${title}»`).join(', ')}. /resume continues ${titles.length === 1 ? 'it' : 'one of them'}.`,
  welcomeBack: (name: string | null) => `Welcome back${name ? `, ${name}` : ''}! Here’s where we stopped:`,
  stillOpen: () => 'We were in the middle of something. Carry on where we stopped, or send /cancel to start afresh.',
  goodbye: () => 'Bye for now. Everything you wrote is saved — come back any time.',
  errors: {
    no_active_goal: () => 'You have no active goal. Create one with /newgoal or pick one with /goals.',
    goal_not_found: () => 'I can’t find that goal. /goals shows yours.',
    goal_closed: () => 'That goal is closed. /reopen brings it back; /newgoal starts a new one.',
    step_not_done: () =>
      'First finish the current step — the next one comes after it. Send /done when it’s done, or /rephrase if it doesn’t fit.',
    no_open_step: () => 'There’s no open step right now. Send /next to get one.',
    awaiting_clarification: () => 'First answer my question, then we’ll go on.',
    no_pending_clarification: () => 'There’s no question waiting for an answer.',
    invalid_input: () => 'That input doesn’t look right. Please try again.',
    rate_limited: () => 'Too many messages at once. Give me a few seconds.',
    unknown_program: () => 'I don’t know that program. /programs lists them.',
    not_enrolled: () => 'You haven’t joined the recovery program yet. Send /recovery to start — it takes a minute.',
    unknown_track: () => 'I don’t know that track. /progress shows yours.',
    unknown_action: () => 'I don’t know that action.',
    unknown_exercise: () => 'I don’t know that exercise. /exercise lists them.',
    entry_not_found: () => 'I can’t find that entry.',
    feature_disabled: () =>
      'Tracks aren’t available right now. Your progress is safe; meanwhile your goals work as usual — /goals.',
    no_health_profile: () => 'First choose your health archetype: the short quiz suggests one.',
    unknown_task: () => 'That task isn’t in today’s plan.',
    task_not_today: () => 'That task was from another day’s plan. Here’s today’s: /today.',
    adaptation_not_found: () => 'That plan change is no longer here. Today’s plan: /today.',
    education_not_found: () => 'There is no such article. Each task’s ℹ️ lists the ones for it.',
    adaptation_closed: () => 'That plan change was already answered or has expired. Today’s plan: /today.',
    bad_import_file: () => 'That file could not be read, so nothing from it was saved.',
    storage_full: () =>
      'I couldn’t save that right now — there’s a problem with storage on my side. Please try again later.',
    already_running: () => 'Your last request of this kind is still being prepared. Try again in a few seconds.',
    server_busy: () => 'I’m busy with other people’s files right now. Please try again in a minute.',
    database_unavailable: () =>
      'I couldn’t do that just now — my database didn’t answer. Please try again in a moment.',
  },
  tooLong: (field: string, max: number, length: number) =>
    `That ${field} is too long (${plural('en', length, { one: 'character', other: 'characters' })}; the limit is ${max}). Please shorten it and send it again.`,
  empty: (field: string) => `The ${field} is empty. Please write a few words.`,
  fields: () => ({ title: 'title', description: 'description', comment: 'comment', answer: 'answer' }),
  // — Entries (/entries): what a person wrote in the exercises, read back —
  entriesHeader: () => '📔 Your entries, newest first:',
  entriesMoreHeader: () => '📔 Older entries:',
  entryLine: (position: number, date: string, title: string, preview: string) =>
    `${position}. ${date} · ${title}${preview ? ` — “${preview}”` : ''}`,
  entriesPick: () => 'Send a number (or tap one) to read it in full.',
  entriesNone: () =>
    'Nothing saved yet. The letters, check-ins and quests you finish in /exercise are kept here, only for you.',
  entriesNoMore: () => 'There are no older entries.',
  moodTrend: (bars: string, count: number, range: string) =>
    `Mood over your last ${plural('en', count, { one: 'check-in', other: 'check-ins' })} (${range}): ${bars}`,
  buttonMoreEntries: () => 'Older ▸',
  scaleAnswer: (value: number, min: number, max: number) => `${value} (${min}–${max})`,
  buttonEditEntry: () => '✏️ Edit',
  buttonDeleteEntry: () => '🗑 Delete',
  buttonAllEntries: () => '📔 All entries',
  buttonReadEntry: () => '📖 Read it',
  entryNotEditable: () => 'This entry has no written answers to change.',
  entryEditPick: () => 'Which answer do you want to change?',
  entryEditAsk: (ask: string) =>
    `Send the new text for this question:\n«${ask}»\n\nIt replaces the old one; /cancel keeps everything as it is.`,
  entryEdited: () => '✏️ Saved. Your progress and milestones stay as they were.',
  entryDeleteAsk: (title: string, date: string) =>
    `Delete «${title}» from ${date}? What you wrote will be gone for good; your progress and milestones stay.`,
  buttonDeleteEntryYes: () => '🗑 Yes, delete',
  buttonKeepEntry: () => 'No, keep it',
  entryDeleted: () => 'Deleted. Your progress and milestones stay.',
  entryKept: () => 'OK, the entry stays.',
  // — Tracks (the recovery program) —
  programsHeader: () => 'Programs:',
  programLine: (name: string, enrolled: boolean) => `• ${name}${enrolled ? ' ✓' : ''}`,
  joinProgram: (name: string) => `Join: ${name}`,
  trackLine: (emoji: string, name: string, bar: string, pct: number) => `${emoji} ${name}: ${bar} ${pct}%`,
  nextLine: (text: string) => `   Next: ${text}`,
  progressFooter: (focus: string, overall: number, days: number) =>
    `⭐ Your focus: ${focus} (/switch_track to change)\nOverall: ${overall}% · ${plural('en', days, { one: 'day', other: 'days' })} active`,
  progressFooterNoFocus: (overall: number, days: number) =>
    `⭐ No focus track chosen yet — /switch_track to choose one\nOverall: ${overall}% · ${plural('en', days, { one: 'day', other: 'days' })} active`,
  recordNext: (name: string) => `✔ Did it: ${name}`,
  primaryButton: (emoji: string, name: string, current: boolean) => `${current ? '✓ ' : ''}${emoji} ${name}`,
  askSwitchTrack: () => 'Which track do you want to focus on now? Progress on the others stays.',
  primarySet: (name: string) => `⭐ Your focus is now ${name}. Everything you did on other tracks stays.`,
  startNext: (text: string) => `▶ ${text}`,
  buttonProgress: () => '📊 Progress',
  buttonSwitchTrack: () => '🔀 Switch track',
  buttonAllExercises: () => '🧩 All exercises',
  buttonHelpful: () => '👍 Helpful',
  buttonNotHelpful: () => '👎 Not for me',
  feedbackThanks: () => 'Thanks — noted.',
  feedbackOther: () => 'Thanks — noted. Maybe one of these fits better right now:',
  feedbackNoneLeft: () =>
    'Thanks — noted. That was the last idea for today, and that’s fine: the exercises are always there, and tomorrow brings fresh suggestions.',
  exercisesHeader: () => 'Guided exercises — pick one:',
  exerciseButton: (emoji: string, title: string, minutes: number) => `${emoji} ${title} · ${minutes} min`,
  exerciseStart: (title: string, intro: string, minutes: number) => `🧩 ${title} (about ${minutes} min)\n\n${intro}`,
  exerciseAsk: (count: number, total: number, ask: string) => `(${count}/${total}) ${ask}`,
  scaleHint: (min: number, max: number) => `Tap a number or send one from ${min} to ${max}.`,
  choiceHint: () => 'Tap one of the options.',
  optionalHint: () => 'You can /skip this one.',
  exerciseInvalid: (problem: string) => `That answer doesn’t fit: ${problem}. Please try again.`,
  answerEmpty: () => 'it needs at least a few words',
  answerTooLong: (max: number) => `please keep it under ${max} characters`,
  answerScale: (min: number, max: number) => `please send a whole number from ${min} to ${max}`,
  answerChoice: (count: number) => `please tap an option, or send its number (1–${count}) or the first word of it`,
  exerciseSkipRequired: () => 'This question needs an answer — or send /cancel to stop the exercise.',
  exerciseCancelled: () => 'Exercise stopped. Nothing was recorded; you can start again any time with /exercise.',
  exerciseStillOpen: (title: string) =>
    `(We’re still in «${title}»: answer the question above to go on, or send /cancel.)`,
  exercisePaused: (title: string) =>
    `Your exercise «${title}» is waiting, with everything you wrote. When you feel ready, /resume goes on; /cancel ends it without saving.`,
  entrySavedAfterCrisis: () =>
    '✅ Saved. What you wrote is kept for you, and only you can see it. If things feel heavy again, /sos shows the help at once.',
  exerciseSaved: (closing: string) => `✅ ${closing}`,
  progressChange: (emoji: string, name: string, from: number, to: number) => `${emoji} ${name}: ${from}% → ${to}%`,
  phaseReached: (name: string, phase: string) => `${name} is now in the ${phase} phase.`,
  phaseNames: () => ({ awareness: 'awareness', expression: 'expression', action: 'action', mastery: 'mastery' }),
  milestoneReached: (name: string, description: string) => `🏆 Milestone: ${name}\n${description}`,
  alreadyCounted: () => 'This was already counted — nothing changed.',
  creditTooSoon: () =>
    'Saved — but it came only seconds after the last one, so it doesn’t add progress this time. No rush: give the next one the time it needs.',
  creditDailyCap: (count: number) =>
    `Saved. You’ve already done this ${plural('en', count, { one: 'time', other: 'times' })} today, so it doesn’t add more progress today — tomorrow it counts again. Rest is part of recovery too.`,
  creditRepeat: (percent: number) =>
    `Repeats on the same day count for a little less (this one: ${percent}%) — tomorrow it counts in full again.`,
  creditTrackCap: (names: string[]) =>
    `${names.join(' and ')} moved as far as ${names.length === 1 ? 'it' : 'they'} can in one day — tomorrow there’s room again. What you did still matters.`,
  logNeedsExercise: (action: string, minutes: number) =>
    `«${action}» counts when you actually make it, here in its exercise (about ${minutes} min) — and what you write stays yours. Shall we start?`,
  logNeedsGoalStep: () =>
    'A step toward your goal counts when you finish it: send /done once your open step is done (/linktrack lets the goal count for a track).',
  logNotByHand: () => 'That one can’t be counted by hand.',
  buttonLogList: () => '📝 What I can log',
  intentConfirm: (title: string) => `It sounds like you’d like to do «${title}». Shall we start?`,
  buttonYesStart: () => '✅ Yes, let’s start',
  buttonSomethingElse: () => '🤔 Something else',
  remindAskTime: () =>
    'At what time each day should I remind you of your open step? Pick one, or type a time like 19:30.',
  remindAskZone: () =>
    'And which time zone are you in? Pick one, or type it the way computers name it, like Europe/Moscow or America/Chicago.',
  remindBadTime: () => 'I need a time of day, like 08:00 or 19:30.',
  remindBadZone: () => 'I don’t know that time zone. Pick one, or type it like Europe/Moscow or America/Chicago.',
  remindSet: (time: string, zone: string) =>
    `Done: every day at ${time} (${zone}) I’ll send your open step — one message, and only when a step is waiting.`,
  remindStatus: (time: string, zone: string) => `Your daily reminder is on: ${time} (${zone}).`,
  remindOff: () => 'Reminders are off. /remind turns them back on whenever you like.',
  buttonRemindersOff: () => 'Turn off reminders',
  buttonChangeTime: () => 'Change the time',
  reminderMessage: (goal: string, step: string, minutes: number | null) =>
    `⏰ A gentle reminder for «${goal}». Your step${minutes ? `, about ${minutes} min` : ''}:\n\n${step}\n\nNo pressure — if today is not the day, that’s fine too.`,
  distressReply: () =>
    'That sounds frightening, and it makes sense to feel this way before something this big. ' +
    'Let’s take one slow minute first: feet on the floor, breathe in for four, out for six, three times. ' +
    'Then, if you want, we can do a short check-in together — or I can show you where to get help right now.',
  buttonCheckinNow: () => 'Do a short check-in',
  buttonHelpNow: () => 'Help right now',
  intentUnclear: () => 'I want to make sure I understand. What would help most right now?',
  greetingReply: (name: string | null) =>
    `Hello${name ? `, ${name}` : ''}. I’m here. How are you feeling today? You can tell me in your own words, or pick something below.`,
  thanksReply: () => 'You’re welcome. I’m here whenever you want to take the next small step.',
  offTopicReply: () =>
    'I may not be much help with that — I’m here for your recovery journey and your goals. What’s on your mind about it?',
  goalOffer: (title: string) =>
    `That sounds like a goal of your own: «${title}». Shall I make it a goal? I’ll suggest one small step at a time.`,
  buttonMakeGoal: () => '🎯 Make it a goal',
  buttonStartExercise: (title: string) => `▶ ${title}`,
  acknowledgePain: () => 'I’m sorry — that sounds really painful. Thank you for telling me.',
  acknowledgeChildPain: () =>
    'I’m so sorry — that really hurts. Moments like this with your child stay with you, and it makes sense that it aches: it shows how much they matter to you.',
  trackContext: (name: string) => `This is part of ${name}.`,
  nudge: (note: string, suggestion: string) => `🌱 ${note}\n\nIf you feel like it: ${suggestion}`,
  linkAsk: (title: string) => `Which track should «${title}» count for? Each finished step will move it.`,
  linked: (title: string, name: string) => `🔗 «${title}» now counts for ${name}.`,
  logAsk: () => 'What did you do? Tap it and I’ll count it.',
  logged: () => '✅ Counted. Well done.',
  recoveryHint: () => 'The recovery program for parents: /recovery',
  somethingWrong: () => 'Something went wrong on my side. Nothing you sent was lost — please try again in a moment.',
  // — Health program (issue 11): /health, /today, /level, /schedule, /archetype, /notes, /digest, /calendar —
  healthIntro: () =>
    'The health program builds a daily plan of small habits around your day, in your own style, and the habits grow as you master them.',
  healthQuizIntro: (questions: number) =>
    `First, a short quiz (${questions} questions, about a minute) to find the style that suits you. There are no wrong answers, and you can pick another style at the end.`,
  healthQuizAsk: (position: number, total: number, ask: string) => `(${position}/${total}) ${ask}`,
  healthSuggested: (name: string, about: string, because: string[]) =>
    [
      `Your style looks like: ${name}.`,
      about,
      ...(because.length ? [`Why: ${because.join('; ')}.`] : []),
      'Take it, or pick any other: you can change it later with /archetype.',
    ].join('\n\n'),
  healthPickArchetype: (list: string[]) =>
    ['Which style suits you best? Your plan, its wording and how much detail you get follow it.', '', ...list].join(
      '\n',
    ),
  healthButtonTakeSuggested: (name: string) => `✅ Yes: ${name}`,
  healthArchetypeChosen: (name: string, about: string) => `Your style: ${name}. ${about}`,
  healthAskWake: () => 'Now your day. When do you usually get up? Pick one, or type a time like 6:45.',
  healthAskSleep: () => 'And when do you usually go to bed? Pick one, or type a time like 23:15.',
  healthAskWork: () =>
    'Your work hours, Monday to Friday? Nothing is planned inside them. Pick one, type them like 9-18, or say you have no fixed hours.',
  healthWorkRange: (start: string, end: string) => `${start}–${end}`,
  healthButtonNoWorkHours: () => 'No fixed hours',
  healthAskZone: () =>
    'Which time zone are you in? Pick one, or type it the way computers name it, like Europe/Moscow or America/Chicago.',
  healthScheduleSet: (wake: string, sleep: string, work: { start: string; end: string } | null, zone: string) =>
    `🗓 Up at ${wake}, bed at ${sleep}, ${work ? `work ${work.start}–${work.end} on weekdays` : 'no fixed work hours'} (${zone}).`,
  healthScheduleInvalid: () =>
    'Those times don’t fit together (getting up and going to bed can’t be at the same time). Let’s go through them again.',
  healthAskNotes: () =>
    [
      'Last, anything about your health I should keep in mind? Tap what applies (tap again to remove it), then ✅ Done, or tap “Nothing”.',
      'These notes are private: they are used only to leave out habits that might not suit you, and nobody else sees them. This isn’t medical advice; if you’re unsure about a habit, ask your doctor.',
    ].join('\n\n'),
  healthButtonNotesDone: () => '✅ Done',
  healthButtonNotesNone: () => 'Nothing to note',
  healthNotAnAnswer: (step: string) =>
    ({
      quiz: 'Please tap one of the answers, or send its number.',
      archetype: 'Please tap a style, or send its number.',
      wake: 'I need a time of day, like 07:00 or 6:45.',
      sleep: 'I need a time of day, like 23:00 or 22:30.',
      work: 'Type your hours like 9-18 or 09:00-17:30, or tap “No fixed hours”.',
      zone: 'I don’t know that time zone. Pick one, or type it like Europe/Moscow or America/Chicago.',
      notes: 'Tap the notes that apply, or send their numbers (like 1 3), then ✅ Done.',
    })[step] ?? 'Please pick one of the options.',
  healthAllSet: () =>
    '✅ All set. Here is today’s plan. Mark each task when you’ve done it; partly done counts too, and a skipped day never breaks anything. Want a short message with the day’s blocks each morning when you get up?',
  healthNotesSaved: (count: number) =>
    count
      ? `🩺 Saved (${count}). Habits that might not suit you are left out of your plan from now on.`
      : '🩺 Saved: no health notes.',
  healthScheduleSaved: () => '🗓 Saved. Today’s plan is rebuilt around your day.',
  healthReplanned: () => 'Saved. Your plan follows your new style from now on.',
  healthSetupTitle: (flow: string) =>
    ({
      onboarding: 'Health setup',
      quiz: 'Health quiz',
      archetype: 'Your style',
      schedule: 'Your schedule',
      notes: 'Health notes',
    })[flow] ?? 'Health setup',
  healthSetupStillOpen: (title: string) =>
    `(«${title}» is waiting for your answer to the question above; /cancel stops it.)`,
  healthSetupPaused: (title: string) =>
    `«${title}» is waiting, with your answers. When you’re ready, /resume goes on; /cancel ends it.`,
  healthSetupCancelled: () => 'OK, stopped. Whatever was already saved stays; /health picks up again any time.',
  healthNeedsSetup: () => 'First let’s find your style: a short quiz, then your day. It takes about two minutes.',
  healthButtonStart: () => '🧭 Start the health program',
  healthOverview: (about: {
    archetype: string;
    wake: string;
    sleep: string;
    work: { start: string; end: string } | null;
    zone: string;
    scheduleSet: boolean;
    notes: number;
    digest: boolean;
  }) =>
    [
      `🌿 Health program · your style: ${about.archetype}`,
      `🗓 Up at ${about.wake}, bed at ${about.sleep}, ${about.work ? `work ${about.work.start}–${about.work.end}` : 'no fixed work hours'} (${about.zone})${about.scheduleSet ? '' : ' — assumed until you set yours with /schedule'}`,
      `🩺 Health notes: ${about.notes || 'none'} (private)`,
      `🔔 Morning message: ${about.digest ? 'on' : 'off'}`,
    ].join('\n'),
  healthButtonToday: () => '📅 Today’s plan',
  healthButtonLevel: () => '📈 My level',
  healthButtonSchedule: () => '🗓 Schedule',
  healthButtonArchetype: () => '🧭 Style',
  healthButtonNotes: () => '🩺 Health notes',
  healthButtonDigestOn: () => '🔔 Morning message',
  healthButtonDigestOff: () => '🔕 No morning message',
  healthButtonCalendar: () => '📆 Calendar link',
  healthButtonRetakeQuiz: () => '🔁 Retake the quiz',
  healthTodayHeader: (day: string, archetype: string, level: string) => `📅 ${day}\n${archetype} · level: ${level}`,
  healthBlockLine: (range: string, title: string) => `🕒 ${range} · ${title}`,
  healthTaskLine: (position: number, title: string, minutes: number, intensity: string, mark: string) =>
    `  ${position}. ${title} — ${minutes} min · ${intensity}${mark ? ` ${mark}` : ''}`,
  healthBlockEmpty: (why: string) => `  (nothing here today: ${why})`,
  healthUnfitHeader: () => 'Not in today’s plan:',
  healthUnfitLine: (title: string, why: string) => `• ${title}: ${why}`,
  healthTodayHint: () => 'When you’ve done one: ✅ done · ◐ partly · ⏭ skip · ℹ️ how and why.',
  healthNoTasks: () =>
    'Nothing to do today: rest is part of the plan too. /schedule or /notes change what fits, and /level shows what opens next.',
  healthTodayUsage: () =>
    'To mark a task, send /today done 2 (or partly, skip, info, with the task’s number), /today rest or /today sick.',
  healthButtonRestDay: () => '🛌 Rest day',
  healthButtonSickDay: () => '🤒 Sick day',
  healthMinutes: (minutes: number) => `${minutes} min`,
  healthMarked: (outcome: string, name: string) =>
    ({
      done: `✅ Done: ${name}. Well done.`,
      partial: `◐ Partly done: ${name}. It counts, in part.`,
      skipped: `⏭ Skipped: ${name}. No harm done: your streak and strength stay as they were.`,
      rest: '🛌 Rest day. Today’s tasks are set aside, your streaks and strength stay as they are, and tomorrow starts gently.',
      sick: '🤒 Sick day. Rest and get well: nothing today counts against you, and tomorrow’s plan starts gently.',
    })[outcome] ?? `${name}: saved.`,
  healthStreak: (days: number, strength: number) =>
    `🔥 Streak: ${plural('en', days, { one: 'day', other: 'days' })} · habit strength ${strength}%`,
  healthStreakBonus: (days: number, text: string) => `🎁 ${days} days in a row! ${text}`,
  healthBonusOpens: (name: string) => `“${name}” is open to you now and can appear in your coming plans.`,
  healthEducationLabels: () => ({
    benefits: 'Why it helps:',
    steps: 'How:',
    equipment: 'You need:',
    timing: 'When:',
    modifications: 'Make it fit:',
    lowEnergy: 'Low on energy:',
    shortOnTime: 'Short on time:',
    highEnergy: 'Full of energy:',
    travel: 'Travelling:',
    season: 'Season and weather:',
    doneWhen: 'It counts as done when:',
    troubleshooting: 'If it doesn’t go well:',
    preparation: 'Get ready:',
    environment: 'Where and in what conditions:',
    triggers: 'What could change it today:',
    read: 'Read more:',
    sources: 'Sources:',
  }),
  healthLevelHeader: (level: string, week: number) => `📈 Level: ${level} · week ${week}`,
  healthMastered: (names: string[]) =>
    `✅ Mastered: ${names.length ? names.join(', ') : 'none yet — mastery comes with weeks of practice'}`,
  healthInProgress: (names: string[]) => `🌱 Taking root: ${names.length ? names.join(', ') : 'none yet'}`,
  healthReadyToAdvance: (names: string[]) => `⬆️ Ready for a harder version: ${names.join(', ')}`,
  healthNextRecommended: (names: string[]) =>
    `👉 Next to try: ${names.length ? names.join(', ') : 'keep going with today’s plan'}`,
  healthRequiredSkills: (skills: Array<{ name: string; mastered: boolean }>) =>
    `🎯 To reach the next level, master: ${skills.map((skill) => `${skill.name}${skill.mastered ? ' ✓' : ''}`).join(', ')}`,
  healthOpenedByStreaks: (names: string[]) => `🎁 Opened by your streaks: ${names.join(', ')}`,
  healthVelocity: (perWeek: number) => `⚡ Pace: ${perWeek} ${perWeek === 1 ? 'habit' : 'habits'} mastered a week`,
  healthLadderHeader: () => 'Your levels:',
  healthLadderLine: (position: number, name: string, current: boolean) =>
    `${position}. ${name}${current ? ' ← you are here' : ''}`,
  healthDigestStatus: (on: boolean, wake: string, zone: string, scheduleSet: boolean) =>
    on
      ? `🔔 Morning message on: each day at ${wake} (${zone}) I’ll send the day’s blocks.${scheduleSet ? '' : ' That’s the assumed time: /schedule sets yours.'}`
      : '🔕 Morning message off. /digest on brings it back.',
  healthDigestHeader: (day: string) => `🌅 Good morning! Your plan for ${day}:`,
  healthDigestBlock: (range: string, title: string, tasks: string[]) =>
    `🕒 ${range} · ${title}${tasks.length ? `\n   ${tasks.join(', ')}` : ''}`,
  healthDigestUnfit: (titles: string[]) => `No room today: ${titles.join(', ')}.`,
  healthDigestFooter: () => 'One small step at a time. Open the plan to mark what you’ve done.',
  healthCalendarLink: (url: string) =>
    `📆 Your private calendar link, with the blocks of the coming 7 days:\n${url}\n\nAdd it to your calendar app as a subscription (“add calendar from URL”). Anyone with the link can see your plan’s blocks, so keep it to yourself; if it leaks, make a new one and the old one stops working.`,
  healthCalendarRotated: (url: string) => `📆 Here is your new calendar link; the old one no longer works:\n${url}`,
  healthButtonNewCalendarLink: () => '🔄 New link',
  healthLogNeedsPlanTask: (name: string) =>
    `«${name}» counts when you mark its task in today’s plan: open it and tap ✅.`,
  healthLogPlanOnly: () => 'Your habits count when you mark them in today’s plan: open it and tap ✅ under a task.',
  // — end of the health program —
  // — Biometrics (issue 12): /checkin, /readiness, plan adaptations —
  checkinTitle: () => 'Quick check-in',
  checkinAsk: (step: 'energy' | 'stress' | 'sleep') =>
    ({
      energy: '⚡ (1/3) How is your energy right now?',
      stress: '🌀 (2/3) How stressed do you feel?',
      sleep: '🌙 (3/3) How did you sleep last night?',
    })[step],
  /** The words of 1 to 5 on each scale (button labels; a typed word counts too). */
  checkinScale: (step: 'energy' | 'stress' | 'sleep'): string[] =>
    ({
      energy: ['drained', 'low', 'okay', 'good', 'full of energy'],
      stress: ['calm', 'a little', 'some', 'a lot', 'overwhelmed'],
      sleep: ['very badly', 'badly', 'so-so', 'well', 'very well'],
    })[step],
  checkinNotAnAnswer: () => 'Tap one of the buttons, or type a number from 1 to 5.',
  checkinStillOpen: (title: string) => `(«${title}» is still open: answer the question above, 1 to 5, or /cancel.)`,
  checkinCancelled: () => 'OK, check-in stopped; nothing from it was saved. /checkin starts again.',
  checkinSaved: () => '✅ Check-in saved.',
  readinessHeader: (score: number | null) =>
    score === null ? '🔋 Readiness today: no score yet.' : `🔋 Readiness today: ${score}/100`,
  readinessSleepDebt: (minutes: number, nights: number, needMinutes: number) =>
    nights === 0
      ? '😴 Sleep debt: no nights recorded in the last 14 days.'
      : minutes === 0
        ? `😴 No sleep debt over the last 14 nights (${nights} recorded, need ${needMinutes / 60} h a night).`
        : `😴 Sleep debt over the last 14 nights: ${Math.floor(minutes / 60)} h ${minutes % 60} min (${nights} recorded, need ${needMinutes / 60} h a night).`,
  adaptHeader: (action: string) => `🔄 A change to the rest of today: ${action}`,
  adaptWhy: (reason: string) => `Why: ${reason}`,
  adaptSameTask: (name: string, from: number, to: number, version: string) =>
    `• ${name}: ${from === to ? to : `${from} → ${to}`} min, ${version}`,
  adaptInstead: (name: string, instead: string, minutes: number) => `• ${name} → instead: ${instead}, ${minutes} min`,
  adaptAdded: (name: string, minutes: number) => `• Added: ${name}, ${minutes} min`,
  adaptFooter: (confidence: number, until: string, zone: string) =>
    `Confidence ${confidence} % · open until ${until} (${zone}). Accept it, or keep your plan as it is.`,
  adaptButtonAccept: () => '✅ Accept',
  adaptButtonKeep: () => '↩️ Keep my plan',
  adaptAccepted: (action: string) => `✅ Accepted: ${action}. Today’s plan shows the change.`,
  adaptKept: () => '👍 Your plan stays as it was.',
  adaptButtonToday: () => '📅 See the adapted plan',
  adaptNoneOpen: () => 'No plan change is waiting for you. /readiness shows how today looks.',
  // — end of biometrics —
};

export type Messages = typeof en;
