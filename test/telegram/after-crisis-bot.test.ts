import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../factories/databases.js';
import { modelFalseAlarms } from '../factories/safety.js';
import { startBotHarness, type BotHarness } from '../factories/telegram.js';
import { person } from './talk.js';

describe.each(DIALECTS)(
  'Telegram: after a crisis reply every command works, and an imminent one asks twice (%s)',
  (dialect) => {
    let harness: BotHarness | undefined;
    afterEach(async () => {
      await harness?.dispose();
      harness = undefined;
    });

    const keyboard = (markup: ReturnType<ReturnType<typeof person>['lastMarkup']>) =>
      markup?.inline_keyboard.flat().map((button) => [button.text, button.callback_data]);
    const imminent = modelFalseAlarms('en', ['imminent']).find((text) => text.length <= 80)!;

    it('starts a new goal while one is held; back to it, /resume brings the help once more and a ✅ button that alone goes on', async () => {
      harness = await startBotHarness({ dialect });
      const ann = person(harness.fake, { id: 3201, first_name: 'Ann', language_code: 'en' });
      await ann.say('/newgoal');
      const [help] = await ann.say(imminent);
      expect(help).toMatch(/^If you or someone near you is in danger right now/);
      const [checkIn, waits, asked] = await ann.say('/newgoal', 3);
      expect(checkIn).toContain('how are you doing now');
      expect(waits).toBe(
        `📥 «New goal: ${imminent}» waits for you, as it was: /resume brings it back whenever you like.`,
      );
      expect(asked).toContain('What is your goal?');
      await ann.say('Learn Spanish');
      const [created] = await ann.say('/skip', 2);
      expect(created).toBe('🎯 New goal: «Learn Spanish». Let’s begin.');

      const [back, again, question] = await ann.say('/resume', 3);
      expect(back).toBe(`▶ Back to «New goal: ${imminent}», right where you stopped.`);
      expect(again).toMatch(/^If you or someone near you is in danger right now/);
      expect(question).toMatch(/^I’m asking once more/);
      expect(keyboard(ann.lastMarkup())).toEqual([['✅ I am safe, this is about something else', 'cmd:resume safe']]);
      const [context] = await ann.press('cmd:resume safe');
      expect(context).toBe('Add a little context: why it matters, where you are now. Or send /skip.');
      const [goal] = await ann.say('/skip', 2);
      expect(goal).toBe(`🎯 New goal: «${imminent}». Let’s begin.`);
    });
  },
);
