import { forbidden } from "../graphql/errors";
import type { Department } from "../departments";
import type { Identity } from "./identity";
import { readsZoneFigures } from "./policy";

/** Decisions only a department's staff (or its service) may record; administrators may too. */
export function requireStaffOf(identity: Identity, departments: readonly Department[] | "any", action: string): void {
  if (identity.role === "admin") return;
  if (identity.role === "staff" && (departments === "any" || departments.includes(identity.department!))) return;
  throw forbidden(`only ${departments === "any" ? "department" : departments.join(" or ")} staff may ${action}`);
}

/** Figures of the whole zone (readsZoneFigures): not for one enterprise. */
export function requireZoneReader(identity: Identity, what: string): void {
  if (readsZoneFigures(identity)) return;
  throw forbidden(`${what} covers the whole zone: only department staff, analysts and administrators may read it`);
}
