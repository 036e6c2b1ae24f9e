/** Every IANA zone the browser knows, with `current` first in the list if it is missing. */
export function zones(current: string | null): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return current && !known.includes(current) ? [current, ...known] : known;
}

/** The zone this browser runs in (what the device's clock says), or UTC when it does not say. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
