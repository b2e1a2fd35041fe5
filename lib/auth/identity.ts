import { z } from "zod";
import { DEPARTMENTS } from "../departments";
import { isValidUscc } from "../rules/uscc";

export const ROLES = ["staff", "enterprise", "analyst", "admin", "partner", "public"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, as the gateway established it and every subgraph receives it: department staff,
 * an enterprise user, an analyst, an administrator, a partner platform acting for its enterprises, or the
 * public: a caller without a credential, admitted only to the anonymous operations (gateway/security/anonymous.ts).
 */
export const identitySchema = z
  .object({
    subject: z.string().min(1).max(200),
    role: z.enum(ROLES),
    department: z.enum(DEPARTMENTS).optional(),
    usccs: z.array(z.string().refine(isValidUscc, "not a valid USCC")).max(50).default([]),
    requestId: z.string().min(1).max(100),
    /** A department's own service, as the gateway verified its service token; never set from a user's token. */
    service: z.boolean().optional(),
    /** The user whose request a service is serving, for the audit log: who asked, and by which operation. */
    onBehalfOf: z.object({ subject: z.string().min(1).max(200), operation: z.string().max(200).nullable() }).optional(),
  })
  .superRefine((identity, ctx) => {
    if (identity.role === "staff" && !identity.department) ctx.addIssue({ code: "custom", message: "staff need a department" });
    if ((identity.role === "enterprise" || identity.role === "partner") && identity.usccs.length === 0) {
      ctx.addIssue({ code: "custom", message: `${identity.role} identities act for at least one USCC` });
    }
  });

export type Identity = z.infer<typeof identitySchema>;

/** The caller an identity names, without the request it came with: two requests of one caller give the same. */
export function callerOf(identity: Partial<Identity>): Omit<Partial<Identity>, "requestId"> {
  const { requestId: _request, ...caller } = identity;
  return caller;
}

/**
 * Staff (a department's services included, which act as staff) may read personal data in full, and each such
 * read is audited under its own request id: a staff request is never shared with, or batched into, another
 * request's, neither at the gateway's door nor on its way to a department.
 */
export const auditedPerRequest = (identity: Pick<Partial<Identity>, "role"> | undefined): boolean => identity?.role === "staff";
