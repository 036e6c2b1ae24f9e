import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, stepwise } from './processes.js';

describe('npm run chat (terminal chat on the embedded SQLite default)', () => {
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

  it('refuses an unsupported language clearly', async () => {
    const result = await chat([], ['--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang: "de" is not supported; use en or ru');
  });
});

describe('npx stepwise migrate', () => {
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
