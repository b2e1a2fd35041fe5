import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { DEFAULT_PORTS } from "./departments";
import { allSubgraphSdls } from "./graphql/schema";

export interface Composition {
  supergraphSdl?: string;
  errors: string[];
  hints: string[];
}

/**
 * Composes the five department SDLs into the supergraph. The routing URLs are the one-command start's
 * defaults; a deployment points the gateway elsewhere with SUBGRAPH_URL_<DEPARTMENT>.
 */
export function composeSupergraph(): Composition {
  const result = composeServices(
    allSubgraphSdls().map(({ name, sdl }) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(sdl),
    })),
  );
  return {
    supergraphSdl: result.errors ? undefined : result.supergraphSdl,
    errors: (result.errors ?? []).map((error) => error.message),
    hints: (result.hints ?? []).map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}
