/**
 * "Now" for business decisions: when a document was received, decided or released, and so the day and
 * month it counts in (a list released at 23:30 in China on 31 May is May's). One clock, so that a test can
 * run the whole system (its services run in the test's process) at a chosen moment. Timeouts, deadlines,
 * rate limits, breakers and metrics measure durations and keep the machine's clock.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/**
 * For tests only: the clock reads `instant` now and runs on from there (it is not frozen, so that steps
 * taken one after another still come in order); `null` returns it to the machine's time.
 */
export function setClock(instant: Date | null): void {
  offsetMs = instant ? instant.getTime() - Date.now() : 0;
}
