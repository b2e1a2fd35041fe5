import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";
import type { PersonalDataRead, PolicyContext } from "../auth/policy";
import { databaseUnavailableError, isDatabaseUnavailable } from "../db/faults";

/**
 * Full reads of personal data are answered only once they are on record: a request whose reads cannot be
 * written to the department's audit log gets no data at all.
 */
export function useAuditLog<Context extends PolicyContext>(
  department: string,
  record: ((reads: PersonalDataRead[]) => Promise<unknown>) | undefined,
  log: Logger,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.audit.length === 0) return;
          try {
            if (!record) throw new Error(`${department} has personal data but no audit log`);
            await record(contextValue.audit);
          } catch (error) {
            log.error({ err: error }, "audit log write failed");
            // A database away for a moment is worth a retry; anything else is a fault of ours.
            const refusal = isDatabaseUnavailable(error)
              ? databaseUnavailableError(department)
              : { message: "the audit log is unavailable", extensions: { code: "INTERNAL_SERVER_ERROR" } };
            response.body = { kind: "single", singleResult: { data: null, errors: [refusal] } };
          }
        },
      };
    },
  };
}
