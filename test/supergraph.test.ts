import { readFileSync } from "node:fs";
import path from "node:path";
import { composeSupergraph } from "../lib/compose";
import { ROOT } from "../lib/paths";

describe("the supergraph", () => {
  const composition = composeSupergraph();

  it("composes from the five department SDLs without errors or hints", () => {
    expect(composition.errors).toEqual([]);
    // Any hint (an inconsistent description, a field that does not reach the supergraph) is a defect here.
    expect(composition.hints).toEqual([]);
  });

  it("is the committed supergraph.graphql (run `npm run compose` after changing a subgraph's SDL)", () => {
    expect(readFileSync(path.join(ROOT, "supergraph.graphql"), "utf8")).toBe(composition.supergraphSdl);
  });

  it("exposes every department's root fields", () => {
    for (const field of ["orders", "declarations", "payments", "waybills", "productFilings", "inspections", "enterprises", "negativeList"]) {
      expect(composition.supergraphSdl).toMatch(new RegExp(`\\n  ${field}\\(`));
    }
  });
});
