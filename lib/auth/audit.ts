import { forbidden } from "../graphql/errors";
import { dayWindow } from "../graphql/filters";
import { paginate, type PageArgs, type PageSource } from "../graphql/pagination";
import type { Identity } from "./identity";

interface AuditRow {
  id: string;
  at: Date;
}

interface AuditArgs extends PageArgs {
  filter?: { subject?: string | null; from?: Date | null; to?: Date | null } | null;
}

/** A department's personal-data audit log, newest first; administrators only. */
export function readAuditLog<Row extends AuditRow, Where extends object>(identity: Identity, args: AuditArgs, source: PageSource<Row, Where>) {
  if (identity.role !== "admin") throw forbidden("only administrators may read the personal-data audit log");
  const where = {
    subject: args.filter?.subject ?? undefined,
    at: dayWindow("filter", args.filter?.from, args.filter?.to, "instant"),
  } as Where;
  return paginate<Row, Where>(args, { fields: ["at", "id"] as Array<keyof Row & string>, direction: "desc" }, where, source);
}
