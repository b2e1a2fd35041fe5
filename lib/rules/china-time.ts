/**
 * Documents are dated in China Standard Time (+08:00, no daylight saving): a receipt accounted at
 * 00:30 on 1 January in Beijing belongs to that day and month, whatever the server's zone.
 */
const OFFSET_MS = 8 * 3_600_000;

/** An instant as China Standard Time, ISO-formatted without an offset (YYYY-MM-DDThh:mm:ss.sss). */
export function chinaTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 23);
}

/** The calendar day of an instant in China (YYYY-MM-DD). */
export const chinaDay = (instant: Date): string => chinaTime(instant).slice(0, 10);

/** The month of an instant in China (YYYY-MM). */
export const chinaMonth = (instant: Date): string => chinaTime(instant).slice(0, 7);
