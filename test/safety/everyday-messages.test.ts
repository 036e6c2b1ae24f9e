import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedCrisisCheck } from '../factories/safety.js';

const check = sharedCrisisCheck();

/**
 * At most 40 of 800 (5.0 %). It was 24, then 26 with the quiet-and-heavy corpus examples (crisis said without crisis words),
 * 28 with the eight blind writers' sets in training, 26 once "bye everyone, see you Monday" was no longer a goodbye,
 * 34 with writers 10–14 in training (35 once bare answers such as "idk" and «не знаю» were safe lines of the corpus),
 * 36 with writers 16 and 18–23, 43 with writers 24–26 and 39 once the program-chat lines (surprises hidden for a
 * child's visit, counts of letters and days) joined the corpus, 40 with the tone names as safe short lines, 42 with
 * writers 27–34 and 36 once program-chat lines for a thought taken apart with the coach, a letter or a voice message
 * for a child and a low day joined them, 37 with lines about a child withdrawn in the ordinary way, 39 with writers
 * 35–36, 42 with writers 37–38 and 40 once program-chat lines about telling a child one loves them, a birthday missed
 * and keepsakes kept joined them, 39 with writers 39–40 and the frames of news, play and a past, 39 with the occasions-and-marks corpus file (41
 * before its lines of self-blame in the alienation itself): each a trade for
 * recall on writers the screen never saw and for fewer near-the-line and goal false alarms (docs/safety.md). Most are close to the line ("I think I'm a burden to my kids",
 * «ни сил ни надежды», "I keep thinking it's all my fault").
 */
const CEILING = 0.05;

describe('crisis detector on everyday messages', () => {
  // The intent router's held-out messages (test/fixtures/intents): what parents in the program
  // type every day, never trained on by either model. A crisis reply to one of them is a false alarm
  // a person would notice, though a few speak of guilt or exhaustion in words close to the line.
  const dir = join(import.meta.dirname, '..', 'fixtures', 'intents');
  const everyday = readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );

  it('raises few false alarms on what people type every day, and none on short chat replies', () => {
    const alarms = everyday.filter((text) => check.check(text).crisis).length;
    console.log(
      `everyday messages (intent held-out sets): ${alarms} crisis replies of ${everyday.length} (${((100 * alarms) / everyday.length).toFixed(1)} %)`,
    );
    expect(alarms / everyday.length).toBeLessThanOrEqual(CEILING);
    for (const reply of [
      'готово',
      'done',
      'next',
      'ok',
      'да',
      'нет',
      '4',
      '10',
      'thanks',
      'спасибо',
      'сделал',
      'дальше',
      // Bare answers to the coach's questions: "idk" and "nothing" were read as a crisis.
      'idk',
      'nothing',
      'none',
      'no idea',
      'не знаю',
      'ничего',
      'хз',
    ])
      expect(check.check(reply).crisis, reply).toBe(false);
  });
});
