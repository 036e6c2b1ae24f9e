/**
 * Chromium and Node list zones by their ICU (CLDR) ids, some of which IANA renamed long ago
 * (Asia/Calcutta is Asia/Kolkata since 1993's data, Europe/Kiev is Europe/Kyiv since 2022). The picker
 * offers the IANA names only; the server takes either.
 */
const IANA_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** A zone under its current IANA name. */
export const ianaName = (zone: string): string => IANA_NAMES[zone] ?? zone;

/**
 * The zones to offer: the browser's own first (where the person most likely is), then every zone the
 * browser knows, each once and under its IANA name, in alphabetical order.
 */
export function zoneChoices(supported: readonly string[], browserZone: string | undefined): string[] {
  const all = [...new Set(supported.map(ianaName))].sort();
  const first = browserZone && ianaName(browserZone);
  return first && all.includes(first) ? [first, ...all.filter((zone) => zone !== first)] : all;
}

/** The zone a typed text names: exact, or the same ignoring case and spaces for underscores. */
export function zoneNamed(text: string, choices: readonly string[]): string | undefined {
  const key = (zone: string) => zone.trim().toLowerCase().replaceAll(' ', '_');
  const wanted = key(ianaName(text.trim()));
  return choices.find((zone) => key(zone) === wanted);
}

/** The zone this browser runs in (what the device's clock says), or UTC when it does not say. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** What this browser knows (UTC alone where Intl cannot list zones) and where it is. */
export function browserZones(): { supported: string[]; browserZone: string } {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return { supported, browserZone: browserZone() };
}

/** The zones to offer (`zoneChoices` of this browser), with `current` first when it is not among them. */
export function zones(current: string | null): string[] {
  const { supported, browserZone } = browserZones();
  const known = zoneChoices(supported, browserZone);
  return current && !known.includes(current) ? [current, ...known] : known;
}
