/**
 * Deadlines, lateness and "not in the future" are judged against the platform's clock (lib/clock.ts), never
 * against the times a sender writes into its own documents (those are recorded as sent).
 *
 * Why `at`, a time a sender states, lies ahead of the platform's `now` by more than `toleranceMinutes`, or null. */
export function futureProblem(at: Date, now: Date, toleranceMinutes: number): string | null {
  return at.getTime() > now.getTime() + toleranceMinutes * 60_000
    ? `is ${at.toISOString()}, later than the platform's time ${now.toISOString()}: a document cannot be dated in the future`
    : null;
}
