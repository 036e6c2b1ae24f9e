import { describe, expect, it } from 'vitest';
import { buttonLabel } from './buttons.js';

describe('button labels', () => {
  it('keeps a short label as it is', () => {
    expect(buttonLabel('👍 Helpful')).toBe('👍 Helpful');
  });

  it('cuts a long one at 60 characters with an ellipsis, never inside an emoji', () => {
    const long = `${'a'.repeat(58)}🙂🙂🙂 and more`;
    const label = buttonLabel(long);
    expect(Array.from(label)).toHaveLength(60);
    expect(label.endsWith('a🙂…')).toBe(true);
    // No lone half of a surrogate pair: it would survive neither UTF-8 nor Telegram.
    expect(label).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(buttonLabel(`Длинное название цели, которое не помещается на одной кнопке целиком`)).toMatch(/…$/);
  });
});
