import type { Locale } from '../../api/contract/common';

const DAY_SECONDS = 24 * 3600;

/**
 * The chart's time labels in the person's language and time zone (the account's, as the table below
 * it): dates when the ticks are a day or more apart, else hours — 24-hour in Russian, as Russian
 * readers write time. uPlot's own labels are English and in the browser's zone.
 */
export function timeAxisLabels(locale: Locale, timeZone: string | undefined) {
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone });
  const hours = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(locale === 'ru' && { hourCycle: 'h23' as const }),
  });
  return (ticks: number[], increment: number): string[] =>
    ticks.map((tick) => (increment >= DAY_SECONDS ? days : hours).format(new Date(tick * 1000)));
}
