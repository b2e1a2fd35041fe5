import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../../lib/graphql/errors";

/**
 * Fetches from one department's subgraph. When the department cannot be reached the query plan goes on
 * with the other departments; the client gets their data, the unreachable department's fields as null,
 * and one error naming the department (never its internal address).
 */
export class DepartmentDataSource extends RemoteGraphQLDataSource {
  constructor(private readonly department: string, url: string) {
    super({ url });
  }

  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    throw new GraphQLError(`The ${this.department} service is unavailable; its fields are null in this response.`, {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.department },
      originalError: error,
    });
  }
}
