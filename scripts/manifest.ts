/** Writes gateway/persisted-queries.json from gateway/operations/*.graphql. */
import { writeFileSync } from "node:fs";
import { buildManifest, MANIFEST_FILE, manifestText } from "../gateway/supergraph/manifest-source";

const manifest = buildManifest();
writeFileSync(MANIFEST_FILE, manifestText(manifest));
console.log(`wrote ${manifest.operations.length} operations to gateway/persisted-queries.json`);
