/** A piece of a crisis reply: words as they are, or a number or address the person can tap. */
export type HelpPart = { text: string } | { text: string; href: string };

// An address (https://…) up to its last character that is not closing punctuation; a phone number: a run of digits,
// spaces and hyphens with 3 to 15 digits, not inside a word ("112", "1-800-422-4453", "0808 800 5000", "8-495-051").
const LINK = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]])|(?<![\p{L}\d-])(\+?\d[\d -]*\d)(?![\p{L}\d])/gu;

/**
 * A crisis reply's text with its phone numbers as `tel:` links and its web addresses as links: in a hard moment
 * on a phone, a number to tap is one step where copying it is several. The words come from the operator's
 * resources file, so numbers are found, not listed.
 */
export function helpParts(text: string): HelpPart[] {
  const parts: HelpPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [found, url, phone] = match;
    const digits = phone?.replace(/[^\d+]/g, '') ?? '';
    if (phone && (digits.replace('+', '').length < 3 || digits.replace('+', '').length > 15)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: found, href: url ?? `tel:${digits}` });
    last = match.index + found.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
