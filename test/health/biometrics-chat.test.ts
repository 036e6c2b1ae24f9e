import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { type ChatInput, parseInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { renderReply } from '../../src/interfaces/cli/terminal-chat.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

const data = (reply: Reply | undefined) => (reply?.buttons ?? []).flat().map((button) => button.data);

const WORDS = {
  en: {
    energy: '⚡ (1/3) How is your energy right now?',
    stress: '🌀 (2/3)',
    sleep: '🌙 (3/3)',
    label: '5 · full of energy',
    readiness: /^✅ Check-in saved\.\n\n🔋 Readiness today: \d+\/100\n• /,
    disclaimer: 'not medical advice',
    change: '🔄 A change to the rest of today: Lighter rest of the day',
    // A short task keeps its minutes (lighter never means longer); a longer one shows "30 → 15".
    task: /\n• .+: (\d+ → )?\d+ min, low-energy version/,
    footer: /Confidence 90 % · open until \d\d:\d\d \(Europe\/Moscow\)/,
    accepted: '✅ Accepted: Lighter rest of the day.',
    closed: 'That plan change was already answered or has expired.',
    sleepDebt: '😴 Sleep debt',
  },
  ru: {
    energy: '⚡ (1/3) Сколько у тебя сейчас энергии?',
    stress: '🌀 (2/3)',
    sleep: '🌙 (3/3)',
    label: '5 · полно сил',
    readiness: /^✅ Самочувствие записано\.\n\n🔋 Готовность сегодня: \d+\/100\n• /,
    disclaimer: 'не медицинский совет',
    change: '🔄 Изменение на остаток дня: Остаток дня полегче',
    task: /\n• .+: (\d+ → )?\d+ мин, лёгкая версия/,
    footer: /Уверенность 90 % · действует до \d\d:\d\d \(Europe\/Moscow\)/,
    accepted: '✅ Принято: Остаток дня полегче.',
    closed: 'На это изменение плана уже ответили, или его срок истёк.',
    sleepDebt: '😴 Недосып',
  },
} as const;

describe.each(DIALECTS)('/checkin, /readiness and plan changes in chat (%s)', (dialect) => {
  let app: TestApp;
  let subject = 0;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    // 10:00 in Moscow on a Monday: most of the day's blocks are still ahead.
    app.clock.advance(new Date('2026-03-02T07:00:00Z').getTime() - app.clock.now().getTime());
  }, 180_000);
  afterAll(() => app?.dispose());

  const talk = async (locale: 'en' | 'ru', channel = 'telegram') => {
    const user: User = await app.goals.ensureUser({ provider: 'test', subject: `bio-chat-${++subject}`, locale });
    await app.health.chooseArchetype(user.id, 'foundation_builder');
    await app.health.setSchedule(user.id, { timeZone: 'Europe/Moscow', wake: '07:00', sleep: '23:00', work: null });
    const send = async (input: ChatInput) => app.dialog.handle(await app.goals.user(user.id), channel, input);
    return {
      user,
      say: (line: string) => send(parseInput(line)),
      tap: (value: string) => send({ kind: 'button', data: value }),
    };
  };
  type Person = Awaited<ReturnType<typeof talk>>;
  /** Whether today's plan has a task ahead that "half the time, one step easier" changes. */
  const lighterAhead = async (userId: string) => {
    const view = await app.health.today(userId);
    const ahead = new Set(
      view.blocks.filter((block) => new Date(block.start) > app.clock.now()).flatMap((block) => block.task_ids),
    );
    return view.tasks.some(
      (task) =>
        ahead.has(task.task_id) &&
        (task.duration_minutes > 5 ||
          task.intensity_hint !== 'easy' ||
          task.progression_context.skill_level !== 'beginner'),
    );
  };
  const checkin = async (person: Person, energy: number, stress: number, sleep: number) => {
    await person.say('/checkin');
    await person.tap(`ans:${energy}`);
    await person.tap(`ans:${stress}`);
    return person.tap(`ans:${sleep}`);
  };

  for (const locale of ['en', 'ru'] as const) {
    const words = WORDS[locale];

    it(`${locale}: three taps give today's readiness with its reasons and the wellness note`, async () => {
      const ann = await talk(locale);
      const [energy] = await ann.say('/checkin');
      expect(energy!.text).toBe(words.energy);
      expect(data(energy)).toEqual(['ans:1', 'ans:2', 'ans:3', 'ans:4', 'ans:5']);
      expect(energy!.buttons!.at(-1)![0]!.label).toBe(words.label);
      expect((await ann.tap('ans:4'))[0]!.text).toContain(words.stress);
      expect((await ann.tap('ans:2'))[0]!.text).toContain(words.sleep);
      const replies = await ann.tap('ans:4');
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toMatch(words.readiness);
      expect(replies[0]!.text).toContain(words.disclaimer);
      expect(data(replies[0])).toEqual(['cmd:today']);
      const bullets = replies[0]!.text.split('\n').filter((line) => line.startsWith('• '));
      expect(bullets.length).toBeGreaterThanOrEqual(2);
      expect(bullets.length).toBeLessThanOrEqual(3);

      const [readiness] = await ann.say('/readiness');
      expect(readiness!.text).toMatch(/\/100/);
      expect(readiness!.text).toContain(words.sleepDebt);
      expect(readiness!.text).toContain(words.disclaimer);
    });

    it(`${locale}: energy 5, then 1 a minute later: the change with Accept / Keep; accepted once, then refused politely`, async () => {
      // Someone with a task ahead that a lighter version really changes (plans rotate per person; a
      // day of 5-minute easy tasks ahead gets the gentle recovery session instead, tested on its own).
      let bo = await talk(locale);
      for (let tries = 0; tries < 20 && !(await lighterAhead(bo.user.id)); tries += 1) bo = await talk(locale);
      // Stressed and short of sleep: full energy alone is no surge, so this check-in changes nothing.
      const first = await checkin(bo, 5, 4, 2);
      expect(first).toHaveLength(1);
      app.clock.advance(60_000);
      const drop = await checkin(bo, 1, 2, 4);
      expect(drop).toHaveLength(2);
      const change = drop[1]!;
      expect(change.text.startsWith(words.change)).toBe(true);
      expect(change.text).toMatch(words.task);
      expect(change.text).toMatch(words.footer);
      const [adaptation] = await app.biometrics.adaptations(bo.user.id);
      expect(data(change)).toEqual([
        `adapt:accept:${adaptation!.adaptation_id}`,
        `adapt:keep:${adaptation!.adaptation_id}`,
      ]);
      // The chat showed it: the delivery job has nothing left to send for Bo.
      const notices = await app.biometrics.claimNotices(100, async () => locale);
      expect(notices.filter((notice) => notice.userId === bo.user.id)).toEqual([]);

      const [accepted] = await bo.tap(data(change)[0]!);
      expect(accepted!.text.startsWith(words.accepted)).toBe(true);
      expect(data(accepted)).toEqual(['cmd:today']);
      const changed = adaptation!.changes[0]!;
      const today = await app.health.today(bo.user.id);
      const task = today.tasks.find((candidate) => candidate.task_id === changed.original.task_id)!;
      expect(task.duration_minutes).toBe(changed.adapted.duration_minutes);

      const [again] = await bo.tap(data(change)[1]!);
      expect(again!.text).toContain(words.closed);
    });
  }

  it('keeps a check-in with an answer as a draft: set aside, then resumed where it stopped', async () => {
    const cy = await talk('en');
    await cy.say('/checkin');
    await cy.tap('ans:3');
    const reminder = await cy.say('/readiness');
    expect(reminder.at(-1)!.text).toContain('«Quick check-in» is still open');
    const [asked] = await cy.say('/setaside');
    expect(asked!.text).toContain('«Quick check-in» is set aside with your 1 answer');
    const resumed = await cy.say('/resume');
    expect(resumed.map((reply) => reply.text).join('\n')).toContain('🌀 (2/3)');
    const [wrong] = await cy.say('seven');
    expect(wrong!.text).toBe('Tap one of the buttons, or type a number from 1 to 5.');
  });

  it('in the terminal: numbered options, typed answers, and the change answered by typing', async () => {
    const dee = await talk('en', 'cli');
    const typed = app.dialog.typedFor;
    await checkin(dee, 5, 1, 5);
    app.clock.advance(60_000);
    const [asked] = await dee.say('/checkin');
    expect(renderReply(asked!, typed)).toContain('  1) drained\n  2) low');
    await dee.say('1');
    await dee.say('a little');
    const drop = await dee.say('4');
    const shown = renderReply(drop[1]!, typed);
    const [adaptation] = await app.biometrics.adaptations(dee.user.id);
    expect(shown).toContain(`/adapt accept ${adaptation!.adaptation_id}  ·  /adapt keep ${adaptation!.adaptation_id}`);
    const [listed] = await dee.say('/adapt');
    expect(listed!.text).toContain('🔄 A change to the rest of today');
    const [kept] = await dee.say(`/adapt keep ${adaptation!.adaptation_id}`);
    expect(kept!.text).toBe('👍 Your plan stays as it was.');
    expect((await dee.say('/adapt'))[0]!.text).toContain('No plan change is waiting for you.');
  });
});
