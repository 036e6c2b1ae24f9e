import { describe, expect, it } from 'vitest';
import { finished, stepwise } from './processes.js';

describe('stepwise detect-intent (a real process)', { timeout: 90_000 }, () => {
  it('reads one message per line on stdin and writes one JSON object per line', async () => {
    const child = stepwise(['detect-intent'], {});
    const done = finished(child);
    child.stdin!.end(
      'Хочу написать письмо сыну, которого не видел полгода\r\n\nhi there\nmy lawyer sent the custody order, help me go through it\n',
    );
    const { code, stdout, stderr } = await done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; track: string | null; intent: string; confidence: number });
    expect(lines.map((line) => line.track)).toEqual(['child_connection', null, 'negotiation']);
    expect(lines[0]!.text).toBe('Хочу написать письмо сыну, которого не видел полгода');
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['text', 'track', 'intent', 'confidence']);
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });
});
