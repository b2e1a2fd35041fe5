import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Replicas } from "../../lib/replicas";
import { boundedFetcher, DeadlinePassed, withDeadline, type FetchOutcome } from "./deadline";

/** A department replica on 127.0.0.1; a silent one never answers (requests stay open until the test ends). */
async function replica(name: string, silent = false): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    if (!silent) response.end(name);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe("a subgraph fetch bounded by the request's deadline", () => {
  it("is cut short as DeadlinePassed without resting the replica, which the department's own timeout would", async () => {
    const slow = await replica("slow", true);
    const quick = await replica("quick");
    servers.push(slow.server, quick.server);
    const tried: string[] = [];
    const replicas = new Replicas([slow.url, quick.url], 60_000);
    const traced = { send: <T>(attempt: (url: string) => Promise<T>) => replicas.send((url) => (tried.push(url), attempt(url))) } as Replicas;
    const outcomes: FetchOutcome[] = [];
    const fetcher = boundedFetcher("customs", 60_000, () => (outcome) => outcomes.push(outcome), traced) as unknown as (url: string) => Promise<Response>;
    const soon = () => Date.now() + 200;

    // The slow replica's turn, under a deadline nearer than the subgraph timeout.
    await expect(withDeadline(soon(), () => fetcher(slow.url))).rejects.toBeInstanceOf(DeadlinePassed);
    expect(await withDeadline(Infinity, async () => (await fetcher(quick.url)).text())).toBe("quick");
    // Its turn again: not resting, it is asked first (resting, the quick one would be).
    await expect(withDeadline(soon(), () => fetcher(slow.url))).rejects.toBeInstanceOf(DeadlinePassed);
    expect(tried).toEqual([slow.url, quick.url, slow.url]);
    expect(outcomes).toEqual(["timeout", "ok", "timeout"]);
  });
});
