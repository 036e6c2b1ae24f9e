import type { Tone } from '../core/goals/model.js';
import { plural } from './plural.js';

const steps = (n: number) => plural('en', n, { one: 'step', other: 'steps' });

/** English texts. The Russian catalog must have exactly these keys (checked by the compiler). */
export const en = {
  welcome: (name: string | null) =>
    `Hi${name ? `, ${name}` : ''}! I'm Stepwise, your coach for reaching a goal one small step at a time.\n` +
    `You won't see the whole plan — just one concrete step. The next one comes when this one is done.\n` +
    `I'm a coach, not a therapist or a doctor.`,
  help: () =>
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
      '/language — English / Русский',
      '/tone — friendly, serious or motivational',
      '/cancel — stop what we were doing',
      '/help — this list',
    ].join('\n'),
  menuGoals: () => '📋 My goals',
  menuNewGoal: () => '➕ New goal',
  buttonDone: () => '✅ Done',
  buttonRephrase: () => '🔄 Rephrase',
  buttonNext: () => '👣 Next step',

  askTitle: () => 'What is your goal? Describe it in a few words (for example: “Learn to play guitar”).',
  askDescription: () => 'Add a little context: why it matters, where you are now. Or send /skip.',
  goalCreated: (title: string) => `🎯 New goal: «${title}». Let’s begin.`,
  step: (text: string, minutes: number | null) => `👣 ${text}${minutes ? `\n⏱ about ${minutes} min` : ''}`,
  stepHint: () => 'When it’s done, send /done. If it doesn’t fit, send /rephrase.',
  question: (q: string) => `❓ ${q}`,
  questionHint: () => 'Just reply with your answer.',
  stepDone: (n: number, title: string, tone: Tone) =>
    ({
      friendly: `✅ Well done! That’s ${steps(n)} done on «${title}».\nTake a breath; send /next when you’re ready for the next one.`,
      serious: `✅ Step completed. «${title}»: ${steps(n)} done.\nSend /next for the next step.`,
      motivational: `🔥 Yes! ${steps(n)} done on «${title}» — you’re building real momentum!\nHit /next when you’re ready to keep going.`,
    })[tone],
  between: (title: string) => `🎯 «${title}»: the last step is done. Send /next for the next one.`,
  askRephrase: () => 'What’s wrong with this step? (too big, unclear, no time, not my thing…)',
  rephrased: () => 'Here is another way to go:',
  noGoals: () => 'You have no goals yet. Create one with /newgoal.',
  goalsHeader: () => 'Your goals:',
  goalLine: (i: number, title: string, done: number, status: string) => `${i}. 🎯 ${title} — ${steps(done)} done${status}`,
  statusActive: () => ' (active)',
  statusPaused: () => '',
  statusCompleted: () => ' (achieved)',
  statusArchived: () => ' (archived)',
  askSwitch: () => 'Which goal? Send its number.',
  switched: (title: string) => `🎯 Now working on «${title}».`,
  status: (title: string, done: number, since: string) => `🎯 ${title}\n✅ ${steps(done)} done\n📅 since ${since}`,
  goalClosedCompleted: (title: string) => `🏁 «${title}» is achieved. Proud of you! Start a new one with /newgoal or pick one with /goals.`,
  goalClosedArchived: (title: string) => `🗄 «${title}» is archived. Your steps are kept. /goals shows the others.`,
  cancelled: () => 'OK, cancelled.',
  skipOnlyForDescription: () => '/skip works only when I ask for a description.',
  languageSet: () => 'Language: English.',
  languageUnknown: () => 'I speak English and Russian: send /language en or /language ru.',
  askTone: () => 'How should I sound? Send: friendly, serious or motivational.',
  toneSet: (tone: string) => `Tone: ${tone}.`,
  toneNames: () => ({ friendly: 'friendly', serious: 'serious', motivational: 'motivational' }),
  notUnderstood: () => 'I didn’t catch that. /help lists what I can do.',
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
    language: 'English / Русский',
    tone: 'How the coach sounds',
    help: 'What I can do',
  }),
  unsupportedMessage: () => 'I can only read text. Please write in words — /help lists what I can do.',
  unknownCommand: (cmd: string) => `I don’t know ${cmd}. /help lists what I can do.`,
  rateLimited: () => 'You’re writing faster than I can think. Give me a few seconds, then try again.',
  crisis: (resources: string) =>
    `I hear that things are really hard right now, and I’m glad you wrote. I’m a coaching tool, not a crisis service, so I won’t suggest a step now.\n\n${resources}\n\nYou don’t have to go through this alone. When you feel ready, I’ll be here.`,
  errors: {
    no_active_goal: () => 'You have no active goal. Create one with /newgoal or pick one with /goals.',
    goal_not_found: () => 'I can’t find that goal. /goals shows yours.',
    goal_closed: () => 'That goal is closed. Start a new one with /newgoal.',
    step_not_done: () => 'First finish the current step — the next one comes after it. Send /done when it’s done, or /rephrase if it doesn’t fit.',
    no_open_step: () => 'There’s no open step right now. Send /next to get one.',
    awaiting_clarification: () => 'First answer my question, then we’ll go on.',
    no_pending_clarification: () => 'There’s no question waiting for an answer.',
    invalid_input: () => 'That input doesn’t look right. Please try again.',
    rate_limited: () => 'Too many messages at once. Give me a few seconds.',
  },
  tooLong: (field: string, max: number, length: number) => `That ${field} is too long (${plural('en', length, { one: 'character', other: 'characters' })}; the limit is ${max}). Please shorten it and send it again.`,
  empty: (field: string) => `The ${field} is empty. Please write a few words.`,
  fields: () => ({ title: 'title', description: 'description', comment: 'comment', answer: 'answer' }),
  somethingWrong: () => 'Something went wrong on my side. Nothing you sent was lost — please try again in a moment.',
};

export type Messages = typeof en;
