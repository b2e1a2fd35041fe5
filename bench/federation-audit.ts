/**
 * One gateway for The Guild's federation gateway audit (github.com/graphql-hive/federation-gateway-audit),
 * which starts a gateway per test suite on that suite's supergraph and sends it the suite's queries
 * without credentials:
 *   tsx bench/federation-audit.ts --kind tradegraph|apollo --supergraph <file> [--port 4000] [--role admin]
 *   --kind tradegraph   ours (gateway/gateway.ts) at its default limits and rates, as a --role user
 *   --kind apollo       plain @apollo/gateway in @apollo/server's standalone server, at its defaults
 * Both sit behind the same small front on --port: GET /health answers once the gateway listens (the audit
 * waits for it), every other request is passed on, to ours with the bearer token of a user of --role, since
 * our graph refuses callers without one. The audit's subgraphs ignore the signed context ours sends them.
 * Run the audit with it: sh bench/federation-audit.sh (bench/README.md, "Federation audit").
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { parseArgs } from "node:util";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { startGateway } from "../gateway/gateway";
import { DEFAULT_MANIFEST_FILE } from "../gateway/config";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, issueToken, type UserClaims } from "../gateway/security/auth";
import { keysIn } from "../gateway/security/partner-keys";

const USER_ROLES = ["admin", "analyst", "staff"] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kind: { type: "string", default: "tradegraph" },
      supergraph: { type: "string" },
      port: { type: "string", default: "4000" },
      role: { type: "string", default: "admin" },
    },
  });
  const role = values.role as (typeof USER_ROLES)[number];
  if (!USER_ROLES.includes(role)) throw new Error(`--role must be one of ${USER_ROLES.join(", ")}`);
  if (!values.supergraph) throw new Error("--supergraph <file> is required");
  const supergraphSdl = readFileSync(values.supergraph, "utf8");

  let target: URL;
  let headers: Record<string, string> = {};
  if (values.kind === "tradegraph") {
    const secret = randomBytes(32).toString("hex");
    const gateway = await startGateway({
      supergraphSdl,
      port: 0,
      host: "127.0.0.1",
      auth: { secret, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, partners: keysIn({ partners: [] }) },
      contextSecret: randomBytes(32).toString("hex"),
      manifestFile: DEFAULT_MANIFEST_FILE,
      introspection: true,
    });
    // Staff need a department to be valid users; which one does not matter to the audit's graphs.
    const claims: UserClaims = { sub: "federation-audit", role, ...(role === "staff" ? { department: "customs" as const } : {}) };
    headers = { authorization: `Bearer ${await issueToken(secret, claims)}` };
    target = new URL(gateway.url);
  } else if (values.kind === "apollo") {
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
    target = new URL(url);
  } else {
    throw new Error("--kind must be tradegraph or apollo");
  }

  // The audit kills the gateway after each suite and starts the next on the same port: exit at once, since a
  // graceful stop can wait on the audit's keep-alive connections past the next suite's start.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));
  createServer((req, res) => {
    if (req.method === "GET" && req.url === "/health") {
      res.writeHead(200).end("OK");
      return;
    }
    const forward = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, ...headers } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.writeHead(502).end());
    req.pipe(forward);
  }).listen(Number(values.port), "127.0.0.1", () => console.log(`${values.kind} gateway for the audit at http://127.0.0.1:${values.port}/graphql`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
