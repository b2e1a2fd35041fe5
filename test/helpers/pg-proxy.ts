import { createServer, connect, type Server, type Socket } from "node:net";

/**
 * A TCP proxy in front of the test PostgreSQL server that a test can take down and bring back, so that a
 * service sees what a restart of its database looks like (new connections refused for a while, then
 * accepted again) without restarting the server other suites share. The connections already open are the
 * test's to drop, with pg_terminate_backend, as a restarting server drops them (57P01).
 */
export interface DatabaseProxy {
  /** The same database URL, through the proxy. */
  through(url: string): string;
  /** Stops accepting connections: they are refused, as by a server that is down. */
  down(): void;
  /** Accepts connections again, on the same port. */
  up(): Promise<void>;
  close(): void;
}

export async function databaseProxy(target: string): Promise<DatabaseProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = connect(Number(port || 5432), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  };
  let server: Server | undefined;
  let proxyPort = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer(relay);
      listening.once("error", reject).listen(proxyPort, "127.0.0.1", () => {
        server = listening;
        proxyPort = (listening.address() as { port: number }).port;
        resolve();
      });
    });
  const down = () => {
    server?.close();
    server = undefined;
  };
  await listen();
  return {
    through: (url) => {
      const relocated = new URL(url);
      relocated.hostname = "127.0.0.1";
      relocated.port = String(proxyPort);
      return relocated.toString();
    },
    down,
    up: listen,
    close: () => {
      down();
      for (const socket of sockets) socket.destroy();
    },
  };
}
