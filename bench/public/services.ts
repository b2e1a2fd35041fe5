/**
 * The public benchmark's four subgraphs in a process of their own (as the benchmark runs its Rust
 * subgraphs beside the gateway), so that their CPU time is counted apart from the gateway's and the load's.
 * Reports their base URL and the supergraph composed for it over IPC.
 */
import { stopOnSignals } from "../../lib/shutdown";
import { send } from "../shared";
import { composePublicSupergraph, startPublicSubgraphs } from "./subgraphs";

async function main(): Promise<void> {
  const { url, server } = await startPublicSubgraphs();
  stopOnSignals(async () => {
    // The gateways keep connections open; closing them lets the server's close end at once.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  });
  send({ type: "ready", url, supergraph: composePublicSupergraph(url) });
}

main().catch((error: unknown) => {
  console.error("bench public subgraphs failed:", error);
  process.exit(1);
});
