import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, stepwise } from './processes.js';

describe('npm run chat (terminal chat on the embedded SQLite default)', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-chat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const chat = async (lines: string[], args: string[] = []) => {
    // No DATABASE_URL: the default sqlite:./data/stepwise.db, relative to the working directory.
    const child = stepwise(['chat', ...args], {}, dir);
    child.stdin!.end(lines.join('\n') + '\n');
    return finished(child);
  };

  it('creates a goal, gives a 👣 step, completes it and gives the next one', async () => {
    const result = await chat(['/newgoal', 'Learn to play guitar', '/skip', '/done', '/next', '/status']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const steps = result.stdout.split('\n').filter((line) => line.startsWith('👣 '));
    // the first step, the next one, and /status showing the open (next) step again
    expect(steps).toHaveLength(3);
    expect(steps[0]).not.toBe(steps[1]);
    expect(steps[2]).toBe(steps[1]);
    expect(result.stdout).toContain('1 step done');
  });

  it('remembers the user and their goal between runs, and speaks Russian with --lang ru', async () => {
    const result = await chat(['/step', '/goals'], ['--lang', 'ru']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Привет');
    expect(result.stdout).toMatch(/^👣 /m);
    expect(result.stdout).toContain('1. 🎯 Learn to play guitar — сделано: 1 шаг (активная)');
  });

  it('answers crisis language with the emergency numbers first and offers /sos afterwards', async () => {
    const result = await chat(
      ['/newgoal', 'I have saved up my pills and tonight I end it', 'ok', '/sos'],
      ['--lang', 'en'],
    );
    expect(result.code).toBe(0);
    const crisis = result.stdout.indexOf('\nIf you or someone near you is in danger right now');
    const checkIn = result.stdout.indexOf('how are you doing now');
    expect(crisis).toBeGreaterThan(0);
    expect(checkIn).toBeGreaterThan(crisis);
    expect(result.stdout.indexOf('→ /sos')).toBeGreaterThan(checkIn);
    expect(result.stdout).not.toContain('👣');
  });

  it('lists exercises by name and number, says “choose” rather than “tap”, and names /quit in /help', async () => {
    const result = await chat(['/recovery', '/exercise', '/exercise 1', '/cancel', '/help'], ['--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Guided exercises — pick one:\n {2}1\) .*Emotional check-in/);
    expect(result.stdout).toMatch(/→ \/exercise 1–\d+/);
    expect(result.stdout).not.toContain('/exercise emotional_checkin');
    // `/exercise 1` started the first one on the list.
    expect(result.stdout).toContain('How is your mood right now');
    expect(result.stdout).not.toMatch(/\b[Tt]ap\b/);
    expect(result.stdout).toContain('/quit — end this chat');
  });

  it('refuses an unsupported language clearly', async () => {
    const result = await chat([], ['--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang: "de" is not supported; use en or ru');
  });
});

describe(
  'the terminal chat keeps what is open: across /start, a second exercise and a restart',
  { timeout: 90_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-chat-open-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const chat = async (lines: string[], args: string[] = []) => {
      const child = stepwise(['chat', ...args], {}, dir);
      child.stdin!.end(lines.join('\n') + '\n');
      return finished(child);
    };

    it('goes on with the exercise after /start, as in the issue’s printf of /recovery, /exercise, 4, /start, 7', async () => {
      const result = await chat(['/recovery', '/exercise emotional_checkin', '4', '/start', '7']);
      expect(result.code).toBe(0);
      // Greeted by no one's account name: the person has not told us theirs.
      expect(result.stdout).toMatch(/^Hi! I'm Stepwise/);
      expect(result.stdout).not.toContain(`Hi, ${userInfo().username}`);
      const back = result.stdout.indexOf('Welcome back! Here’s where we stopped:\n\n(2/5) How anxious');
      expect(back).toBeGreaterThan(0);
      expect(result.stdout.indexOf('(3/5)')).toBeGreaterThan(back);
      expect(result.stdout).not.toContain('I want to make sure I understand');
    });

    it(
      'resumes after a restart where the person was, and asks before a second exercise replaces the first',
      { timeout: 60_000 },
      async () => {
        const again = await chat(['7', '/exercise court_document_review', '/quit']);
        expect(again.code).toBe(0);
        expect(again.stdout).toMatch(/^Welcome back! Here’s where we stopped:\n\n\(3\/5\) /);
        expect(again.stdout).toContain('(4/5)');
        expect(again.stdout).toContain(
          'You’re in the middle of «Emotional check-in» (3 answers so far). Shall we continue it, or set it aside as a draft and start «Court document review»?',
        );
        expect(again.stdout).toContain('→ /resume  ·  /setaside');
        expect(
          again.stdout.trimEnd().endsWith('Bye for now. Everything you wrote is saved — come back any time.'),
        ).toBe(true);
        // In Russian: asked again, set aside, the court review starts, and /resume brings the check-in back.
        const russian = await chat(['/exercise court_document_review', '/setaside', '/resume'], ['--lang', 'ru']);
        expect(russian.stdout).toContain('С возвращением! Вот где мы остановились:');
        expect(russian.stdout).toContain(
          'Ты сейчас в упражнении «Эмоциональная сверка» (уже 3 ответа). Продолжим его или отложим как черновик и начнём упражнение «Разбор судебных документов»?',
        );
        expect(russian.stdout).toContain(
          '📥 Упражнение «Эмоциональная сверка» отложено, написанное сохранено (3 ответа). /resume вернёт его.',
        );
        expect(russian.stdout).toContain('🧩 Разбор судебных документов');
        expect(russian.stdout).toContain(
          '▶ Возвращаемся к «Эмоциональная сверка» — с того места, где остановились.\n\n(4/5) Три слова',
        );
      },
    );

    it('takes the title of a /newgoal typed after a restart', { timeout: 60_000 }, async () => {
      await chat(['/cancel', '/newgoal'], ['--lang', 'en']);
      const result = await chat(['Learn the violin', '/skip', '/quit'], ['--lang', 'en']);
      expect(result.stdout).toContain('What is your goal?');
      expect(result.stdout).toContain('🎯 New goal: «Learn the violin». Let’s begin.');
      expect(result.stdout).not.toContain('I didn’t catch that');
    });

    it('says goodbye on /quit in the person’s language and exits 0', async () => {
      const result = await chat(['/quit', '/newgoal never read'], ['--lang', 'ru']);
      expect(result.code).toBe(0);
      expect(
        result.stdout.trimEnd().endsWith('Пока! Всё, что ты написал(а), сохранено — возвращайся, когда захочешь.'),
      ).toBe(true);
      expect(result.stdout).not.toContain('never read');
    });
  },
);

describe('npx stepwise migrate', { timeout: 90_000 }, () => {
  it('applies migrations once and then reports the database up to date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-migrate-'));
    try {
      const first = await finished(stepwise(['migrate'], {}, dir));
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('Applied: 0001-goals, 0002-processed-updates, 0003-steps-summary-index');
      const second = await finished(stepwise(['migrate'], {}, dir));
      expect(second.stdout).toContain('The database is up to date.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
