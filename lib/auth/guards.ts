import { forbidden } from "../graphql/errors";
import type { Department } from "../departments";
import type { Identity } from "./identity";
import { readsZoneFigures } from "./policy";

/**
 * Decisions only a department's staff (or its service) may record; administrators may too, unless the
 * decision is `departmentOnly` (e.g. money the department pays out: separation of duties).
 */
export function requireStaffOf(identity: Identity, departments: readonly Department[] | "any", action: string, { departmentOnly = false } = {}): void {
  if (identity.role === "admin" && !departmentOnly) return;
  if (identity.role === "staff" && (departments === "any" || departments.includes(identity.department!))) return;
  throw forbidden(`only ${departments === "any" ? "department" : departments.join(" or ")} staff may ${action}`);
}

/** Work one department's staff may ask for, and every department's service on its own (e.g. after filing a document). */
export function requireStaffOrService(identity: Identity, department: Department, action: string): void {
  if (identity.role === "admin") return;
  if (identity.role === "staff" && (identity.department === department || identity.service === true)) return;
  throw forbidden(`only ${department} staff and the departments' services may ${action}`);
}

/** Figures of the whole zone (readsZoneFigures): not for one enterprise. */
export function requireZoneReader(identity: Identity, what: string): void {
  if (readsZoneFigures(identity)) return;
  throw forbidden(`${what} covers the whole zone: only department staff, analysts and administrators may read it`);
}
