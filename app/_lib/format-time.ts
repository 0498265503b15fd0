// Date formatting shared by account and dev pages. A fixed locale keeps server and browser
// output identical for the same time zone.
const LOCALE = "en-GB";

export function formatDateTime(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
}

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 60 * 60],
  ["day", 24 * 60 * 60],
];

// "just now", "5 minutes ago", "yesterday"; past a week, the date itself.
export function formatRelative(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 60) return "just now";
  if (Math.abs(seconds) >= 7 * 24 * 60 * 60) return formatDateTime(date);
  const [unit, size] = steps.findLast(([, size]) => Math.abs(seconds) >= size) ?? ["minute", 60];
  return relative.format(Math.round(seconds / size), unit);
}
