// Text for numbers, durations and times.

/** 0 → "0s", 75 → "1m 15s", 3700 → "1h 1m". */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds || 0));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}

/** "14:03:07" (local time). */
export function clock(ms) {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** An ISO date as local "2024-05-01 14:03". */
export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Pretty JSON of a JSON-text field ("{}" stays compact). */
export function prettyJson(text) {
  try {
    const value = typeof text === 'string' ? JSON.parse(text) : text;
    return JSON.stringify(value, null, 2);
  } catch {
    return String(text);
  }
}
