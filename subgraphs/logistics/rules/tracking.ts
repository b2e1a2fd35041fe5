/**
 * The order of a parcel's journey (docs/domain.md#logistics-tracking): which tracking status may follow
 * which, and which need customs to have released the list first. DELIVERED (CEB513 "S") and RETURNED end the
 * journey.
 */
export type TrackingStatus = "DECLARED" | "ARRIVED" | "INSPECTING" | "RELEASED" | "DEPARTED" | "IN_TRANSIT" | "DELIVERED" | "RETURNED" | "DETAINED";

const NEXT: Record<TrackingStatus, readonly TrackingStatus[]> = {
  DECLARED: ["ARRIVED"],
  ARRIVED: ["INSPECTING", "RELEASED", "RETURNED", "DETAINED"],
  INSPECTING: ["RELEASED", "RETURNED", "DETAINED"],
  RELEASED: ["DEPARTED"],
  DEPARTED: ["IN_TRANSIT", "DELIVERED"],
  IN_TRANSIT: ["IN_TRANSIT", "DELIVERED"],
  DELIVERED: [],
  RETURNED: [],
  DETAINED: ["RELEASED", "RETURNED"],
};

/** Statuses that mean the parcel has left, or is leaving, customs control: the list must be released. */
export const NEEDS_RELEASE: ReadonlySet<TrackingStatus> = new Set(["RELEASED", "DEPARTED", "IN_TRANSIT", "DELIVERED"]);
/** List statuses under which the goods are released: CEB622 for import lists, CEB604 for export lists. */
export const RELEASED_LIST = new Set([800, 899]);

/** Why `next` cannot follow `current` at `at`, or null when it can. */
export function trackingProblem(current: TrackingStatus, lastAt: Date | null, next: TrackingStatus, at: Date): string | null {
  if (NEXT[current].length === 0) return `the parcel is ${current}: nothing follows`;
  if (!NEXT[current].includes(next)) return `${next} cannot follow ${current} (next: ${NEXT[current].join(", ")})`;
  if (lastAt && at < lastAt) return `happened at ${at.toISOString()}, before the last event (${lastAt.toISOString()})`;
  return null;
}
