import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { untilReady } from "./http";

/** A service whose /ready answers 503 until it has been asked `notReadyFor` times. */
async function service(notReadyFor: number): Promise<{ server: Server; url: string; asked: () => number }> {
  let asked = 0;
  const server = createServer((request, response) => {
    asked += 1;
    response.writeHead(request.url === "/ready" && asked > notReadyFor ? 200 : 503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, asked: () => asked };
}

describe("untilReady", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it("waits through 503s until /ready answers 200", async () => {
    const { server, url, asked } = await service(2);
    servers.push(server);
    await untilReady("customs", url, { withinMs: 60_000, exited: new Promise(() => {}) });
    expect(asked()).toBe(3);
  });

  it("fails with the exit code and the detail once the process has exited", async () => {
    const { server, url } = await service(Number.POSITIVE_INFINITY);
    servers.push(server);
    await expect(untilReady("customs", url, { withinMs: 60_000, exited: Promise.resolve(1), detail: () => "the log's tail" })).rejects.toThrow(
      "customs exited (1) before it was ready:\nthe log's tail",
    );
  });

  it("fails once its time is up when /ready never answers 200", async () => {
    const { server, url, asked } = await service(Number.POSITIVE_INFINITY);
    servers.push(server);
    await expect(untilReady("ciq", url, { withinMs: 0, exited: new Promise(() => {}) })).rejects.toThrow("ciq not ready within 0 ms");
    expect(asked()).toBe(1);
  });
});
