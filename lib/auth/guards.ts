import { forbidden } from "../graphql/errors";
import type { Department } from "../departments";
import type { Identity } from "./identity";

/** Decisions only a department's staff (or its service) may record; administrators may too. */
export function requireStaffOf(identity: Identity, departments: readonly Department[] | "any", action: string): void {
  if (identity.role === "admin") return;
  if (identity.role === "staff" && (departments === "any" || departments.includes(identity.department!))) return;
  throw forbidden(`only ${departments === "any" ? "department" : departments.join(" or ")} staff may ${action}`);
}
