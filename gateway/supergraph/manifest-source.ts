import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, OperationTypeNode, type OperationDefinitionNode } from "graphql";
import { ROOT } from "../../lib/paths";
import { operationId, type Manifest } from "../security/persisted-queries";

/** Where partner operations are written, one named operation per file; `npm run manifest` turns them into the manifest. */
export const OPERATIONS_DIR = path.join(ROOT, "gateway", "operations");
export const MANIFEST_FILE = path.join(ROOT, "gateway", "persisted-queries.json");

export function buildManifest(dir = OPERATIONS_DIR): Manifest {
  const operations = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const body = readFileSync(path.join(dir, file), "utf8").trim();
      const definitions = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
      const [operation] = definitions;
      if (definitions.length !== 1 || !operation?.name) throw new Error(`${file}: must hold exactly one named operation`);
      if (`${operation.name.value}.graphql` !== file) throw new Error(`${file}: the operation is named ${operation.name.value}`);
      const type = operation.operation === OperationTypeNode.QUERY ? "query" : operation.operation === OperationTypeNode.MUTATION ? "mutation" : "subscription";
      return { id: operationId(body), name: operation.name.value, type, body } as const;
    });
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}

export const manifestText = (manifest: Manifest) => `${JSON.stringify(manifest, null, 2)}\n`;
