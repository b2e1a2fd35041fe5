import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseUrlList, Replicas, replicasOf } from "./replicas";

/** A replica on 127.0.0.1 that answers its own name; `hold` keeps requests open until it is killed. */
async function replica(name: string, options: { hold?: boolean } = {}): Promise<{ url: string; server: Server; served: () => number }> {
  let served = 0;
  const server = createServer((_request, response) => {
    served += 1;
    if (!options.hold) response.end(name);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, served: () => served };
}

/**
 * An address that will refuse connections: its port is held by a listening server (so no other process takes
 * it) until `refuse()` closes it, right before the test needs the refusal.
 */
async function refusing(): Promise<{ url: string; refuse: () => Promise<void> }> {
  const { url, server } = await replica("gone");
  return { url, refuse: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Listens on `port` again, answering `name`; false when another process took the port meanwhile. */
async function listenAgain(port: number, name: string): Promise<Server | false> {
  const server = createServer((_request, response) => response.end(name));
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error)));
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const text = (replicas: Replicas, init: RequestInit = {}) => replicas.send(async (url) => (await fetch(url, init)).text());

describe("replicas of one service", () => {
  it("take requests in turn", async () => {
    const a = await replica("a");
    const b = await replica("b");
    servers.push(a.server, b.server);
    const replicas = new Replicas([a.url, b.url]);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await text(replicas));
    expect(answers).toEqual(["a", "b", "a", "b", "a", "b"]);
  });

  it("send a request a replica refused to the next one, a mutation too, and rest the refusing one", async () => {
    const live = await replica("live");
    servers.push(live.server);
    const { url: dead, refuse } = await refusing();
    const replicas = new Replicas([dead, live.url], 60_000);
    const tried: string[] = [];
    await refuse();
    const answer = await replicas.send(async (url) => {
      tried.push(url);
      return (await fetch(url, { method: "POST", body: "mutation" })).text();
    });
    expect(answer).toBe("live");
    expect(tried).toEqual([dead, live.url]);
    // Resting: the next requests, whichever replica's turn it is, go to the live one first.
    tried.length = 0;
    for (let i = 0; i < 4; i++) await replicas.send(async (url) => (tried.push(url), (await fetch(url)).text()));
    expect(tried).toEqual([live.url, live.url, live.url, live.url]);
  });

  it("ask a resting replica again once its rest is over", async () => {
    const a = await replica("a");
    servers.push(a.server);
    // Another process may take the released port before it is listened on again: then again with a fresh one.
    for (let round = 0; ; round++) {
      const { url: dead, refuse } = await refusing();
      const replicas = new Replicas([dead, a.url], 50);
      await refuse();
      await text(replicas);
      // The dead one's address comes back to life (another listener on its port) after its rest.
      const revived = await listenAgain(Number(new URL(dead).port), "revived");
      if (!revived) {
        if (round < 5) continue;
        throw new Error("the released port was taken every time");
      }
      servers.push(revived);
      await new Promise((resolve) => setTimeout(resolve, 60));
      const answers = new Set<string>();
      for (let i = 0; i < 4; i++) answers.add(await text(replicas));
      expect(answers).toEqual(new Set(["a", "revived"]));
      return;
    }
  });

  it("throw the last refusal when every replica refuses", async () => {
    const first = await refusing();
    const second = await refusing();
    const replicas = new Replicas([first.url, second.url]);
    const tried: string[] = [];
    await Promise.all([first.refuse(), second.refuse()]);
    await expect(replicas.send(async (url) => (tried.push(url), (await fetch(url)).text()))).rejects.toThrow("fetch failed");
    expect(tried).toHaveLength(2);
  });

  it("do not resend a request whose connection broke after it was sent: it may have been carried out", async () => {
    const held = await replica("held", { hold: true });
    const other = await replica("other");
    servers.push(held.server, other.server);
    const replicas = new Replicas([held.url, other.url], 60_000);
    const pending = text(replicas, { method: "POST", body: "mutation" });
    // The replica dies with the request on it.
    while (held.served() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    held.server.closeAllConnections();
    await expect(pending).rejects.toThrow("fetch failed");
    expect(other.served()).toBe(0);
    // It rests all the same: the next request goes to the other replica.
    expect(await text(replicas)).toBe("other");
  });

  it("rest a replica that did not answer in time, without resending: a lost host costs one timeout, not one per turn", async () => {
    const silent = await replica("silent", { hold: true });
    const other = await replica("other");
    servers.push(silent.server, other.server);
    const replicas = new Replicas([silent.url, other.url], 60_000);
    const tried: string[] = [];
    const send = (timeoutMs: number) => replicas.send(async (url) => (tried.push(url), (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).text()));
    await expect(send(200)).rejects.toThrow(expect.objectContaining({ name: "TimeoutError" }));
    expect(tried).toEqual([silent.url]);
    expect(other.served()).toBe(0);
    // Resting: the next requests, whichever replica's turn it is, go to the other one first.
    tried.length = 0;
    for (let i = 0; i < 4; i++) expect(await send(5_000)).toBe("other");
    expect(tried).toEqual([other.url, other.url, other.url, other.url]);
    expect(silent.served()).toBe(1);
  });

  it("pass any other failure on without trying another replica", async () => {
    const replicas = new Replicas(["http://127.0.0.1:1/", "http://127.0.0.1:2/"]);
    const tried: string[] = [];
    await expect(
      replicas.send(async (url) => {
        tried.push(url);
        throw new Error("the answer did not parse");
      }),
    ).rejects.toThrow("the answer did not parse");
    expect(tried).toHaveLength(1);
  });
});

describe("a list of replica URLs", () => {
  it("is comma-separated, spaces allowed", () => {
    expect(parseUrlList(" http://customs-1:4101/ ,http://customs-2:4101/")).toEqual(["http://customs-1:4101/", "http://customs-2:4101/"]);
    expect(parseUrlList("http://customs:4101/")).toEqual(["http://customs:4101/"]);
  });

  it("refuses anything else, naming the setting", () => {
    expect(() => parseUrlList(" , ", "SUBGRAPH_URL_CUSTOMS")).toThrow("SUBGRAPH_URL_CUSTOMS names no URL");
    expect(() => parseUrlList("http://gateway-a:4000/, gateway-b:4000", "GATEWAY_URL")).toThrow(
      'GATEWAY_URL must be http(s) URLs, comma-separated; got "gateway-b:4000"',
    );
    expect(() => parseUrlList("not a url", "GATEWAY_URL")).toThrow("GATEWAY_URL must be http(s) URLs");
  });

  it("gives every caller of one setting the same replicas, so turns are shared", () => {
    expect(replicasOf("http://x:1/,http://y:1/")).toBe(replicasOf("http://x:1/,http://y:1/"));
    expect(replicasOf("http://x:1/,http://y:1/").urls).toEqual(["http://x:1/", "http://y:1/"]);
  });
});
