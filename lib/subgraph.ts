import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { parse } from "graphql";
import type { ClientFactory, Database, PrismaLike } from "./db/database";
import type { World } from "./demo/world";
import type { Department } from "./departments";
import { scalarResolvers } from "./graphql/scalars";
import { serveGraphQL } from "./http";
import { subgraphSdl } from "./graphql/schema";
import { logger } from "./logger";

/** What a request's resolvers get: the department's own Prisma client and this request's DataLoaders. */
export interface SubgraphContext<Client, Loaders> {
  prisma: Client;
  loaders: Loaders;
}

/** Everything that makes one department's subgraph; the shared code below turns it into a service. */
export interface DepartmentService<Client extends PrismaLike, Loaders> {
  name: Department;
  createClient: ClientFactory<Client>;
  createLoaders(prisma: Client): Loaders;
  resolvers: object;
  /** Stores this department's slice of the demo world. */
  seed(prisma: Client, world: World): Promise<void>;
}

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

export function buildDepartmentSchema(service: DepartmentService<PrismaLike, unknown>) {
  return buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(service.name)),
    resolvers: { ...scalarResolvers, ...service.resolvers } as GraphQLResolverMap<unknown>,
  });
}

export async function startSubgraph<Client extends PrismaLike, Loaders>(
  service: DepartmentService<Client, Loaders>,
  db: Database<Client>,
  listen: { port: number; host?: string },
): Promise<RunningService> {
  const log = logger.child({ service: service.name });
  const server = new ApolloServer<SubgraphContext<Client, Loaders>>({
    schema: buildDepartmentSchema(service as DepartmentService<PrismaLike, unknown>),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
      // Unexpected failures can carry SQL or driver details; log them here, tell the client only that it failed.
      log.error({ err: error }, "resolver failed");
      return { ...formatted, message: `internal error in the ${service.name} service` };
    },
  });
  const http = await serveGraphQL(server, listen, async () => ({ prisma: db.prisma, loaders: service.createLoaders(db.prisma) }));
  log.info({ url: http.url }, "subgraph listening");
  return { name: service.name, url: http.url, stop: http.close };
}
