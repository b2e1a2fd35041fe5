import { randomUUID } from "node:crypto";
import type { Identity, Role } from "../../lib/auth/identity";
import { HttpRejection } from "../../lib/http";

/** A caller of each role, acting for `uscc` where the role acts for enterprises (unit tests of the gateway's checks). */
export const identityOf = (subject: string, role: Role = "analyst", uscc = "91460100MA5T00002P"): Identity =>
  role === "partner" || role === "enterprise"
    ? { subject, role, usccs: [uscc], requestId: randomUUID() }
    : role === "staff"
      ? { subject, role, department: "customs", usccs: [], requestId: randomUUID() }
      : { subject, role, usccs: [], requestId: randomUUID() };

/** The rejection a call ends with, or a failure if it succeeds. */
export async function rejectionOf(attempt: Promise<unknown>): Promise<HttpRejection> {
  const error: unknown = await attempt.then(
    () => new Error("expected a rejection, the call succeeded"),
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(HttpRejection);
  return error as HttpRejection;
}

export function rejectionOfSync(call: () => unknown): HttpRejection {
  let thrown: unknown = new Error("expected a rejection, the call succeeded");
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HttpRejection);
  return thrown as HttpRejection;
}
