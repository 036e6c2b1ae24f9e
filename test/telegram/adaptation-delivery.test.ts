import { describe, expect, it } from 'vitest';
import { startBotHarness } from '../factories/telegram.js';
import { fixedClock } from '../factories/clock.js';
import { DIALECTS } from '../factories/databases.js';
import { person } from './talk.js';

const MINUTE = 60_000;

describe.each(DIALECTS)('plan changes delivered through the bot (%s)', (dialect) => {
  it('sends a change made by API readings once, even when the job runs twice; a check-in’s own change is not sent again', async () => {
    // 10:00 in Moscow on a Monday: most of the day's blocks are still ahead.
    const clock = fixedClock(new Date('2026-03-02T07:00:00Z'));
    const harness = await startBotHarness({ dialect, clock });
    try {
      const { app, bot, fake } = harness;
      const ivan = person(fake, { id: 886_001, first_name: 'Ivan', language_code: 'ru' });
      await ivan.say('/start');
      const user = await app.goals.ensureUser({ provider: 'telegram', subject: '886001', locale: 'ru' });
      await app.health.chooseArchetype(user.id, 'foundation_builder');
      await app.health.setSchedule(user.id, { timeZone: 'Europe/Moscow', wake: '07:00', sleep: '23:00', work: null });

      // Readings from a device through the API: high energy, then a sharp drop a few minutes later.
      const reading = (value: number) => [
        { metric: 'energy' as const, value, at: clock.now().toISOString(), source: 'oura' },
      ];
      await app.biometrics.record(user.id, reading(0.9));
      clock.advance(5 * MINUTE);
      const drop = await app.biometrics.record(user.id, reading(0.1));
      expect(drop.adaptation).not.toBeNull();

      const before = ivan.all().length;
      expect(await Promise.all([bot.sendAdaptations(), bot.sendAdaptations()])).toEqual(expect.arrayContaining([1, 0]));
      const [message] = (await fake.waitForMessages(886_001, before + 1)).slice(before);
      // The plan rotates by the person's random id: a lighter rest of the day, or, when nothing ahead can be made
      // lighter, the gentle recovery session. Either way it is delivered once.
      const title = /^🔄 Изменение на остаток дня: (Остаток дня полегче|Мягкое восстановление)\nПочему: /.exec(
        message!,
      )?.[1];
      expect(title, message).toBeDefined();
      // A drop from 0.9 to 0.1 is far past the trigger's threshold: more sure than its base 80 %.
      // It lasts until the block of the last task it changes ends, in the person's zone (at least the trigger's 6 h).
      expect(message).toMatch(/Уверенность 90 % · действует до (1[6-9]|2[0-3]):\d\d \(Europe\/Moscow\)/);
      expect(message).toContain('не медицинский совет');
      const id = drop.adaptation!.id;
      expect(
        ivan
          .lastMarkup()
          ?.inline_keyboard.flat()
          .map((button) => button.callback_data),
      ).toEqual([`adapt:accept:${id}`, `adapt:keep:${id}`]);
      expect(await bot.sendAdaptations()).toBe(0);

      const [accepted] = await ivan.press(`adapt:accept:${id}`);
      expect(accepted).toMatch(new RegExp(`^✅ Принято: ${title}\\.`));
      const [twice] = await ivan.press(`adapt:keep:${id}`);
      expect(twice).toContain('На это изменение плана уже ответили');

      // A check-in in the chat shows its own change in the reply: the job has nothing to send.
      // Past the energy drop's 6-hour cooldown and the first change's own end (the end of the last block it changed):
      // until then it stands, and a change as urgent does not replace it.
      clock.advance(Math.max(6 * 3_600_000, drop.adaptation!.expiresAt.getTime() - clock.now().getTime()) + MINUTE);
      await ivan.say('/checkin');
      await ivan.press('ans:5');
      await ivan.press('ans:4');
      await ivan.press('ans:2');
      clock.advance(MINUTE);
      await ivan.say('/checkin');
      await ivan.press('ans:1');
      await ivan.press('ans:2');
      const replies = await ivan.press('ans:4', 2);
      expect(replies[1]).toMatch(/^🔄 /);
      expect(await bot.sendAdaptations()).toBe(0);
      expect(ivan.all().filter((text) => text.startsWith('🔄 '))).toHaveLength(2);
    } finally {
      await harness.dispose();
    }
  });
});
