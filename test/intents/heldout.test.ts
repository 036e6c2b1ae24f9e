import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confidenceBand, createIntentRouter, INTENT_CONFIDENCE } from '../../src/coach/intents/intent-router.js';
import { loadProgramPacks } from '../../src/content/load-program-pack.js';
import { detectIntents } from '../../src/main/detect-intent.js';

// The held-out sets measure the router; they are never training data (the router learns only
// from content/programs/recovery/intents.yaml). `heldout` was written by one helper session while
// the training examples grew; `heldout2` later by another that never saw the training examples or
// the first set, and it was scored once, after the router's last change.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'intents');
const Labelled = z.object({ text: z.string().min(1), track: z.string().nullable(), intent: z.string() });

const readHeldOut = (set: string, lang: string) =>
  readFileSync(join(FIXTURES, `${set}.${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => Labelled.parse(JSON.parse(line)));

const loaded = loadProgramPacks();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const program = loaded.programs.find((pack) => pack.id === 'recovery');
if (!program) throw new Error('the recovery program is missing');

const started = performance.now();
const router = createIntentRouter(program);
const trainingMs = performance.now() - started;

const name = (track: string | null) => track ?? '(none)';

const SETS = ['heldout', 'heldout2'].flatMap((set) => ['en', 'ru'].map((lang) => [set, lang] as const));
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('intent router on the held-out messages', () => {
  it.each(SETS)('never trains on a held-out message (%s.%s)', (set, lang) => {
    const training = new Set(program.intents.flatMap((intent) => intent.examples[lang as 'en' | 'ru'].map(normal)));
    const leaked = readHeldOut(set, lang).filter(
      (message) => training.has(normal(message.text)) && normal(message.text).split(' ').length > 3,
    );
    expect(leaked.map((message) => message.text)).toEqual([]);
  });

  it.each(SETS)('routes the %s.%s messages to the right track at least nine times in ten', (setName, lang) => {
    const set = readHeldOut(setName, lang);
    const t0 = performance.now();
    const got = set.map((message) => router.detect(message.text));
    const perMessageMs = (performance.now() - t0) / set.length;
    const tracks = set.filter((message, i) => got[i]!.track === message.track).length;
    const intents = set.filter((message, i) => got[i]!.intent === message.intent).length;

    const names = [
      ...new Set([
        ...set.map((message) => name(message.track)),
        ...program.intents.map((intent) => name(intent.track)),
      ]),
    ];
    const confusion = names.map((expected) =>
      names.map(
        (predicted) =>
          set.filter((message, i) => name(message.track) === expected && name(got[i]!.track) === predicted).length,
      ),
    );
    const misses = set.flatMap((message, i) =>
      got[i]!.track === message.track
        ? []
        : [
            `  ${name(message.track)} → ${name(got[i]!.track)} (${got[i]!.intent} ${got[i]!.confidence.toFixed(2)}): ${message.text}`,
          ],
    );
    console.log(
      [
        `${setName} ${lang}: track ${((100 * tracks) / set.length).toFixed(1)} %, intent ${((100 * intents) / set.length).toFixed(1)} % of ${set.length}; ` +
          `training ${trainingMs.toFixed(0)} ms, ${(perMessageMs * 1000).toFixed(0)} µs per message`,
        `  confusion (rows: expected track, columns: predicted) ${names.join(' | ')}`,
        ...names.map(
          (trackName, row) =>
            `  ${trackName.padEnd(17)} ${confusion[row]!.map((cell) => String(cell).padStart(4)).join(' ')}`,
        ),
        ...misses,
      ].join('\n'),
    );
    expect(tracks / set.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('intent router', () => {
  it.each(['', '   ', '?!', '🙂', 'a'])(
    'answers %j with the off-topic intent and no confidence instead of crashing',
    (text) => {
      expect(router.detect(text)).toEqual({ intent: 'off_topic', track: null, confidence: 0 });
      expect(confidenceBand(0)).toBe('low');
    },
  );

  it('names the exercise to start with an intent that has one', () => {
    const got = router.detect('I want to write a letter to my daughter');
    expect(got).toMatchObject({
      intent: 'letter_to_child',
      track: 'child_connection',
      exercise: program.intents.find((intent) => intent.id === 'letter_to_child')!.exercise,
    });
    expect(confidenceBand(got.confidence)).toBe('high');
    expect(router.detect('thank you')).not.toHaveProperty('exercise');
  });

  it('orders its bands: high above medium above chance', () => {
    expect(INTENT_CONFIDENCE.high).toBeGreaterThan(INTENT_CONFIDENCE.medium);
    expect(INTENT_CONFIDENCE.medium).toBeGreaterThan(1 / program.intents.length);
  });
});

/** Feeds `chunks` to detectIntents one at a time and returns the parsed output lines. */
async function detect(chunks: (string | Buffer)[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (buffer: Buffer) => (out += buffer.toString('utf8')));
  const done = detectIntents(input, output);
  for (const chunk of chunks) input.write(chunk);
  input.end();
  await done;
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('detectIntents', () => {
  it('answers one JSON line per message, skipping blank lines and handling CRLF', async () => {
    const lines = await detect([
      'hello there\r\n',
      '\r\n',
      'I need to get ready for the court hearing next week\r\n',
      '   \n',
      'хочу написать письмо сыну',
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      'hello there',
      'I need to get ready for the court hearing next week',
      'хочу написать письмо сыну',
    ]);
    expect(lines.map((line) => line.track)).toEqual([null, 'negotiation', 'child_connection']);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['text', 'track', 'intent', 'confidence']);
      expect(line.confidence).toBe(Math.round((line.confidence as number) * 1000) / 1000);
    }
  });

  it('decodes UTF-8 split across chunks and ignores a byte-order mark', async () => {
    const bytes = Buffer.from('\uFEFFпривет\nспасибо большое\n', 'utf8');
    const lines = await detect([bytes.subarray(0, 6), bytes.subarray(6, 21), bytes.subarray(21)]);
    expect(lines.map((line) => line.text)).toEqual(['привет', 'спасибо большое']);
  });

  it('answers each line as it arrives, before the input ends', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const done = detectIntents(input, output);
    input.write('thank you so much\n');
    const [first] = (
      await new Promise<Buffer[]>((resolve) => output.once('data', (buffer: Buffer) => resolve([buffer])))
    ).map((buffer) => JSON.parse(buffer.toString('utf8')));
    expect(first).toMatchObject({ text: 'thank you so much', track: null });
    input.end();
    await done;
  });
});
