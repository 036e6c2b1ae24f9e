import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/core/goals/model.js';
import { type ChatInput, parseInput, type Reply } from '../../src/interfaces/chat/reply.js';
import { renderReply } from '../../src/interfaces/cli/terminal-chat.js';
import { createTestApp, type TestApp } from '../factories/app.js';
import { DIALECTS } from '../factories/databases.js';

const text = (replies: Reply[]) => replies.map((reply) => reply.text).join('\n---\n');
const data = (reply: Reply) => (reply.buttons ?? []).flat().map((button) => button.data);

const WORDS = {
  en: {
    why: 'Why:',
    chosen: 'Your style: Systematic Improver.',
    bedtime: 'go to bed',
    work: 'work hours',
    zone: 'time zone',
    set: '🗓 Up at 07:00, bed at 23:00, work 09:00–18:00 on weekdays (Europe/Berlin).',
    private: 'These notes are private',
    allSet: '✅ All set.',
    today: '📅 Sunday, March 1',
    done: '✅ Done:',
    movement: '🏃 Movement: 0% → 4%',
    streak: '🔥 Streak: 1 day',
    none: 'nothing',
  },
  ru: {
    why: 'Почему:',
    chosen: 'Твой стиль — «Методичный практик».',
    bedtime: 'ложишься спать',
    work: 'рабочие часы',
    zone: 'часовом поясе',
    set: '🗓 Подъём в 07:00, сон в 23:00, работа 09:00–18:00 по будням (Europe/Berlin).',
    private: 'Эти заметки личные',
    allSet: '✅ Всё готово.',
    today: '📅 воскресенье, 1 марта',
    done: '✅ Готово:',
    movement: '🏃 Движение: 0% → 4%',
    streak: '🔥 Серия: 1 день',
    none: 'нет',
  },
} as const;

describe.each(DIALECTS)('the health program in chat (%s)', (dialect) => {
  let app: TestApp;
  let subject = 0;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  }, 180_000);
  afterAll(() => app?.dispose());

  const talk = async (locale: 'en' | 'ru', channel = 'telegram') => {
    const user: User = await app.goals.ensureUser({ provider: 'test', subject: `health-chat-${++subject}`, locale });
    const send = async (input: ChatInput) => app.dialog.handle(await app.goals.user(user.id), channel, input);
    return {
      user,
      say: (line: string) => send(parseInput(line)),
      tap: (value: string) => send({ kind: 'button', data: value }),
    };
  };

  /** Answers every quiz question with its first choice (tapped), and returns the suggestion. */
  const takeQuiz = async (person: Awaited<ReturnType<typeof talk>>, first: Reply) => {
    let asked = first;
    for (let i = 0; /^\(\d+\/\d+\)/.test(asked.text) && i < 12; i++)
      asked = (await person.tap(data(asked)[0]!)).at(-1)!;
    return asked;
  };

  for (const locale of ['en', 'ru'] as const) {
    const words = WORDS[locale];
    it(`${locale}: /health → quiz → archetype → schedule → notes → /today, and ✅ moves the movement track`, async () => {
      const kim = await talk(locale);
      const joined = await kim.say('/health');
      expect(joined).toHaveLength(2);
      expect(joined[0]!.text).toContain(locale === 'en' ? 'flexible time blocks' : 'гибких блоках времени');
      expect(joined[1]!.text).toMatch(/^\(1\/\d\) /);
      expect(data(joined[1]!).every((value) => value.startsWith('ans:'))).toBe(true);
      expect((await app.tracks.enrollments(kim.user.id)).map((enrollment) => enrollment.programId)).toEqual(['health']);

      const suggestion = await takeQuiz(kim, joined[1]!);
      expect(suggestion.text).toContain(words.why);
      expect(data(suggestion)).toHaveLength(6);
      const chosen = await kim.tap('ans:systematic_improver');
      expect(chosen[0]!.text).toContain(words.chosen);
      expect(text(await kim.say('7:00'))).toContain(words.bedtime);
      expect(text(await kim.tap('ans:23:00'))).toContain(words.work);
      expect(text(await kim.say('9-18'))).toContain(words.zone);
      const zoned = await kim.say('europe/berlin');
      expect(zoned[0]!.text).toBe(words.set);
      expect(zoned[1]!.text).toContain(words.private);
      const done = await kim.say(words.none);
      expect(done[0]!.text).toMatch(new RegExp(`^${words.allSet}`));
      expect(data(done[0]!)).toEqual(['cmd:digest on']);

      const [plan] = await kim.say('/today');
      expect(plan!.text).toContain(words.today);
      // Blocks as a timeline in Berlin time (never inside 09:00–18:00 on a weekday; 1 March is a Sunday).
      expect(plan!.text).toMatch(/🕒 \d{1,2}:\d{2}/);
      expect(plan!.text).toMatch(/\n {2}1\. .+ — \d+ (min|мин) · /);
      const profile = await app.health.profile(kim.user.id);
      expect(profile).toMatchObject({ archetype: 'systematic_improver', notes: [], scheduleSet: true });
      const view = await app.health.today(kim.user.id);
      const movement = view.tasks.find((task) => task.category === 'movement')!;
      expect(data(plan!)).toContain(`ht:d:${movement.task_id}`);
      expect(data(plan!).at(-1)).toMatch(/^ht:k:/);

      const marked = await kim.tap(`ht:d:${movement.task_id}`);
      expect(marked[0]!.text).toContain(words.done);
      expect(marked[0]!.text).toContain(words.streak);
      expect(marked[0]!.text).toContain(words.movement);
      const progress = await app.tracks.progress(kim.user.id, { programId: 'health' });
      expect(progress.tracks.movement!.completion_percentage).toBe(4);
      // The same task marked again counts once.
      await kim.tap(`ht:d:${movement.task_id}`);
      expect(
        (await app.tracks.progress(kim.user.id, { programId: 'health' })).tracks.movement!.completion_percentage,
      ).toBe(4);
    });
  }

  it('keeps a half-done quiz as a draft when another flow starts, and /resume goes on where it stopped', async () => {
    const ann = await talk('en');
    const [, first] = await ann.say('/health');
    const second = (await ann.tap(data(first!)[0]!))[0]!;
    expect(second.text).toMatch(/^\(2\/\d\)/);
    await ann.say('1');
    // A command that only reads runs, and the quiz is recalled after it.
    expect(text(await ann.say('/help'))).toContain('«Health setup» is waiting');
    const asked = await ann.say('/newgoal');
    expect(asked[0]!.text).toContain('You’re in the middle of «Health setup» (2 answers so far)');
    const aside = await ann.tap('cmd:setaside');
    expect(aside[0]!.text).toBe('📥 «Health setup» is set aside with your 2 answers. /resume brings it back.');
    await ann.say('/cancel');
    const back = await ann.say('/resume');
    expect(back[0]!.text).toBe('▶ Back to «Health setup», right where you stopped.');
    expect(back[1]!.text).toMatch(/^\(3\/\d\)/);
  });

  it('teaches a task at the archetype’s depth, marks partly, skip and a rest day, and speaks to the terminal', async () => {
    const bo = await talk('en', 'cli');
    await app.health.chooseArchetype(bo.user.id, 'systematic_improver');
    const view = await app.health.today(bo.user.id);
    const [task, other] = view.tasks;
    const info = await bo.tap(`ht:i:${task!.task_id}`);
    expect(info[0]!.text).toContain('How:\n1. ');
    expect(info[0]!.text).toContain('If it doesn’t go well:'); // a detailed archetype
    // The terminal's `/today info` gives the same guide: how to get ready and where, what could change
    // the task today, and the pieces that explain it with their public sources.
    const typed = text(await bo.say('/today info 1'));
    const how = task!.educational_content.practical_implementation;
    const [reading] = task!.educational_content.related_content;
    expect(typed).toContain(`Get ready:\n• ${how.preparation_steps[0]}`);
    expect(typed).toContain(`Where and in what conditions:\n• ${how.environmental_considerations[0]}`);
    expect(typed).toContain('What could change it today:\n• If energy ');
    expect(typed).toContain(`Read more:\n📖 ${reading!.title}\n${reading!.body}\nSources: ${reading!.sources[0]!.url}`);
    const vera = await talk('ru', 'cli');
    await app.health.chooseArchetype(vera.user.id, 'foundation_builder');
    const russian = text(await vera.say('/today info 1'));
    expect(russian).toMatch(/Подготовка:\n• \p{Script=Cyrillic}/u);
    expect(russian).toMatch(/Почитать:\n📖 \p{Script=Cyrillic}/u);
    expect(russian).toContain('Что может изменить задачу сегодня:\n• Если ');
    const partly = await bo.say('/today partly 1');
    expect(partly[0]!.text).toMatch(/^◐ Partly done: /);
    expect(text(await bo.say(`/today skip ${other!.task_id.split(':')[1]}`))).toMatch(/^⏭ Skipped: /);
    expect(text(await bo.say('/today rest'))).toMatch(/^🛌 Rest day/);
    const [plan] = await bo.say('/today');
    expect(plan!.text).toContain('🛌');
    // The terminal gets one line on how to type a mark instead of four commands per task.
    expect(renderReply(plan!, app.dialog.typedFor)).toMatch(/send \/today done 2 .+\/today rest or \/today sick\./);
    expect(plan!.buttons).toBeUndefined();
    expect(app.dialog.typedFor(`ht:d:${task!.task_id}`)).toBe(`/today done ${task!.task_id.split(':')[1]}`);
  });

  it('/level names the skills that open the next level, in both languages', async () => {
    for (const [locale, line] of [
      ['en', /🎯 To reach the next level, master: .+, .+/],
      ['ru', /🎯 Для следующего уровня освой: .+, .+/],
    ] as const) {
      const person = await talk(locale);
      await app.health.chooseArchetype(person.user.id, 'foundation_builder');
      const [reply] = await person.say('/level');
      expect(reply!.text).toMatch(line);
      expect(reply!.text).not.toMatch(/undefined/);
    }
  });

  it('answers /today, /level and /digest before the setup with the way to start it', async () => {
    const cy = await talk('ru');
    for (const command of ['/today', '/level', '/digest on']) {
      const [reply] = await cy.say(command);
      expect(reply!.text).toContain('Сначала подберём твой стиль');
      expect(data(reply!)).toEqual(['cmd:health']);
    }
  });

  it('changes the schedule, the notes, the digest and the calendar link later', async () => {
    const di = await talk('en');
    await app.health.chooseArchetype(di.user.id, 'foundation_builder');
    await di.say('/schedule');
    await di.say('6:30');
    await di.say('22:30');
    await di.tap('ans:none');
    const saved = await di.tap('ans:Europe/London');
    expect(text(saved)).toContain('no fixed work hours (Europe/London)');
    expect(text(saved)).toContain('🗓 Saved.');
    await di.say('/notes');
    await di.say('1 3');
    const notes = await di.tap('ans:done');
    expect(notes[0]!.text).toContain('Saved (2)');
    expect((await app.health.profile(di.user.id)).notes).toEqual(['knee_injury', 'pregnancy']);
    expect(text(await di.say('/digest on'))).toContain('each day at 06:30 (Europe/London)');
    expect((await app.health.profile(di.user.id)).digestEnabled).toBe(true);
    const [link] = await di.say('/calendar');
    const url = /http\S+plan\.ics\?key=(\S+)/.exec(link!.text)!;
    expect(await app.health.icsFeed(decodeURIComponent(url[1]!))).toContain('BEGIN:VCALENDAR');
    const [rotated] = await di.tap('cmd:calendar new');
    const fresh = /key=(\S+)/.exec(rotated!.text)![1]!;
    expect(fresh).not.toBe(url[1]);
    expect(await app.health.icsFeed(decodeURIComponent(url[1]!))).toBeUndefined();
  });
});
