import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { serveGraphQL } from "../lib/http";
import { logger } from "../lib/logger";
import type { RunningService } from "../lib/subgraph";
import { DepartmentDataSource } from "./plugins/subgraph-errors";

export interface GatewayOptions {
  /** The composed supergraph SDL (supergraph.graphql or any other composition). */
  supergraphSdl: string;
  /** Where each subgraph is reachable, overriding the routing URLs recorded in the supergraph. */
  subgraphUrls?: Partial<Record<string, string>>;
  port: number;
  host?: string;
}

export function createGateway(options: Pick<GatewayOptions, "supergraphSdl" | "subgraphUrls">): ApolloServer {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new DepartmentDataSource(name, options.subgraphUrls?.[name] ?? url ?? ""),
    logger: logger.child({ service: "gateway" }),
  });
  return new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
}

export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const server = createGateway(options);
  const http = await serveGraphQL(server, { port: options.port, host: options.host }, async () => ({}));
  logger.info({ url: http.url }, "gateway listening");
  return { name: "gateway", url: http.url, stop: http.close };
}
