import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { parse, validate } from "graphql";
import { buildManifest, MANIFEST_FILE, manifestText } from "../gateway/supergraph/manifest-source";
import { parseManifest } from "../gateway/security/persisted-queries";
import { ROOT } from "../lib/paths";

describe("the partners' persisted-query manifest", () => {
  it("is the committed gateway/persisted-queries.json (run `npm run manifest` after changing gateway/operations)", () => {
    expect(readFileSync(MANIFEST_FILE, "utf8")).toBe(manifestText(buildManifest()));
    expect(parseManifest(readFileSync(MANIFEST_FILE, "utf8")).size).toBe(buildManifest().operations.length);
  });

  it("holds only operations that are valid against the committed supergraph", async () => {
    const gateway = new ApolloGateway({ supergraphSdl: readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8") });
    const { schema } = await gateway.load();
    try {
      const broken = buildManifest()
        .operations.map((operation) => ({ name: operation.name, errors: validate(schema, parse(operation.body)).map((error) => error.message) }))
        .filter((operation) => operation.errors.length > 0);
      // Naming the operations tells the author of a schema change which partner integration it breaks.
      expect(broken).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });
});
