/** Telegram's limit for one message's text (UTF-16 code units, as JavaScript counts). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits a long text into messages Telegram accepts: at line breaks where possible, then at
 * spaces, and only as a last resort in the middle of a word. Nothing is dropped.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const line = window.lastIndexOf('\n');
    const word = window.lastIndexOf(' ');
    const at = line > limit / 2 ? line : word > limit / 2 ? word : limit;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^[\n ]/, '');
  }
  if (rest.trim()) parts.push(rest);
  return parts;
}
