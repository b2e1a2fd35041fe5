/**
 * Withdrawing a list (docs/domain.md#cancel-and-return): a list not yet released is cancelled (CEB623); a
 * released list's goods may be returned (CEB625) within RETURN_WINDOW_DAYS of release, refunding its tax and
 * taking its value off the buyer's annual total.
 */
import { chinaDay } from "../../../lib/rules/china-time";

export const CANCEL_RECEIPT = "CEB624";
export const RETURN_RECEIPT = "CEB626";
/**
 * -623001 and -625001 are our general "refused" statuses within the spec's cancel and return ranges;
 * -623002 refuses cancelling a list under inspection, which would free its order from the inspection.
 */
export const WITHDRAWAL_STATUS = { cancelRefused: -623001, underInspection: -623002, returnRefused: -625001 } as const;
export const RETURN_WINDOW_DAYS = 30;

/**
 * List statuses a cancel request can withdraw: saved, waiting, accepted. A list under inspection (500) is
 * not: its goods wait for CIQ's result whatever the agent would rather do.
 */
export const CANCELLABLE = new Set([1, 2, 120]);
export const UNDER_INSPECTION = 500;
/** List statuses whose goods can be returned: released, closed. */
export const RETURNABLE = new Set([800, 899]);
/** What a withdrawn list becomes: 100 for a cancelled one (no longer holding its order), 700 for returned goods. */
export const CANCELLED = { returnStatus: 100, label: "撤销" } as const;
export const RETURNED = { returnStatus: 700, label: "退货" } as const;

const DAY = 86_400_000;

/**
 * Whole days from the release day to the China day of `at`. ieDate is a China calendar day held at UTC
 * midnight, so `at` is taken as its China day too: counting from the instant instead would move the day's
 * boundary to 08:00 in China. The one count both the refusal and the tax list's status read.
 */
export function daysSinceRelease(releasedOn: Date, at: Date): number {
  return Math.round((Date.parse(chinaDay(at)) - Date.parse(chinaDay(releasedOn))) / DAY);
}

export function returnProblem(releasedOn: Date | null, requestedAt: Date): string | null {
  if (!releasedOn) return "the list has no release date";
  return returnWindowClosed(releasedOn, requestedAt)
    ? `released ${daysSinceRelease(releasedOn, requestedAt)} days ago; goods are returned within ${RETURN_WINDOW_DAYS} days of release`
    : null;
}

/**
 * The latest release day (ieDate) whose return window has closed at `at`: a list released on or before it
 * can no longer be returned, so its tax is final (CEB816 status 2). As a calendar date (UTC midnight, as
 * ieDate is held), so that lists can be selected by it in SQL.
 */
export function lastReleaseWithClosedWindow(at: Date): Date {
  return new Date(Date.parse(chinaDay(at)) - (RETURN_WINDOW_DAYS + 1) * DAY);
}

/** Whether goods released on `releasedOn` can no longer be returned at `at` (more than RETURN_WINDOW_DAYS whole China days later). */
export function returnWindowClosed(releasedOn: Date, at: Date): boolean {
  return daysSinceRelease(releasedOn, at) > RETURN_WINDOW_DAYS;
}
