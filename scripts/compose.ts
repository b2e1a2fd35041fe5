/** Writes supergraph.graphql from the department SDLs; fails on any composition error or hint. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { composeSupergraph } from "../lib/compose";
import { ROOT } from "../lib/paths";

const { supergraphSdl, errors, hints } = composeSupergraph();
for (const message of [...errors, ...hints]) console.error(message);
if (!supergraphSdl || hints.length > 0) process.exit(1);
writeFileSync(path.join(ROOT, "supergraph.graphql"), supergraphSdl);
console.log("wrote supergraph.graphql");
