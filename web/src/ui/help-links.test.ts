import { describe, expect, it } from 'vitest';
import { helpParts } from './help-links';

const links = (text: string) => helpParts(text).flatMap((part) => ('href' in part ? [[part.text, part.href]] : []));

describe('the numbers and addresses of a crisis reply, as links', () => {
  it('makes every emergency number and helpline of the shipped resources tappable, in both languages', () => {
    expect(links('call your local emergency number: 112 in Europe, 911 in the US and Canada, 999 in the UK.')).toEqual([
      ['112', 'tel:112'],
      ['911', 'tel:911'],
      ['999', 'tel:999'],
    ]);
    expect(links('find a helpline at https://findahelpline.com (in the US, call or text 988).')).toEqual([
      ['https://findahelpline.com', 'https://findahelpline.com'],
      ['988', 'tel:988'],
    ]);
    expect(links('the Childhelp hotline is 1-800-422-4453; the NSPCC helpline is 0808 800 5000.')).toEqual([
      ['1-800-422-4453', 'tel:18004224453'],
      ['0808 800 5000', 'tel:08088005000'],
    ]);
    expect(
      links('8-800-2000-122 (телефон доверия), 051 с городского и 8-495-051 с мобильного; полиция (102 или 112)'),
    ).toEqual([
      ['8-800-2000-122', 'tel:88002000122'],
      ['051', 'tel:051'],
      ['8-495-051', 'tel:8495051'],
      ['102', 'tel:102'],
      ['112', 'tel:112'],
    ]);
  });

  it('keeps every word of the text, in order, and links nothing that is not a number or an address', () => {
    const text = 'Talk to someone within 24 hours, step 2 of 10; write it down with the date.';
    expect(links(text)).toEqual([]);
    expect(
      helpParts(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
    const mixed = 'Call 112 now, or see https://example.org/help.';
    expect(
      helpParts(mixed)
        .map((part) => part.text)
        .join(''),
    ).toBe(mixed);
  });
});
