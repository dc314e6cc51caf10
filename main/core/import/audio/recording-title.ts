/** "12 min", "45 s", "1 h 5 min": a recording's length as people say it (rounded to the minute). */
export function spokenLength(seconds: number): string {
  if (seconds < 59.5) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${minutes / 60} h`;
}

/** The plain title a recording gets on import: "Audio recording, 12 min" (without a length when unknown). */
export function recordingTitle(durationSeconds: number | null): string {
  return durationSeconds === null ? 'Audio recording' : `Audio recording, ${spokenLength(durationSeconds)}`;
}
