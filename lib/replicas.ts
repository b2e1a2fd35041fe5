/**
 * One service run as several replicas, each at its own address, for a caller with no load balancer in front
 * of them: `SUBGRAPH_URL_<DEPT>` and `GATEWAY_URL` may list several URLs, comma-separated. Requests go to the
 * replicas in turn (round-robin). A replica whose connection fails rests for REPLICA_REST_MS (the others are
 * asked first), and a request it refused to connect goes to the next replica at once: nothing was sent, so
 * even a mutation may go elsewhere. A connection that fails after it was made (the replica died while the
 * request was on it) is not resent here: the request may have been carried out, so the caller decides (the
 * gateway retries reads; a partner resends a filing, which is idempotent).
 *
 * A replica that does not answer at all (a lost host: its packets dropped, so no refusal ever comes) ends the
 * caller's attempt in its own timeout, an error with no code: that replica rests too, and is not resent to
 * either, since the request may have reached it. So a lost host costs up to the caller's timeout for each
 * request already sent to it: those on their way when it was lost and, each time its rest is over, those its
 * turn brings it until the first of them times out (the other replicas take the rest meanwhile).
 */

/** How long a replica whose connection failed, or that did not answer in time, is asked only after the others. */
export const REPLICA_REST_MS = 2_000;

/** Errors of a connection that was never made: the request did not leave. */
const NOT_CONNECTED = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
/** Errors of a connection that broke, made or not. */
const CONNECTION_LOST = new Set([...NOT_CONNECTED, "ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

/** The error codes under a fetch failure: Node's fetch wraps them in `cause`, several addresses in an AggregateError. */
function codes(error: unknown): string[] {
  const found: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") found.push(code);
    for (const inner of (current as { errors?: unknown[] }).errors ?? []) found.push(...codes(inner));
  }
  return found;
}

/** Whether the request never reached the replica (its connection could not be made). */
export function neverConnected(error: unknown): boolean {
  const found = codes(error);
  return found.length > 0 && found.every((code) => NOT_CONNECTED.has(code));
}

/** Whether the attempt ended in the caller's AbortSignal.timeout (fetch rejects with its TimeoutError). */
function timedOut(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "TimeoutError";
}

function connectionFailed(error: unknown): boolean {
  return timedOut(error) || codes(error).some((code) => CONNECTION_LOST.has(code));
}

/** A comma-separated list of http(s) URLs; a setting naming none, or anything else, is refused with its name. */
export function parseUrlList(list: string, setting = "the URL list"): string[] {
  const urls = list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (urls.length === 0) throw new Error(`${setting} names no URL`);
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`${setting} must be http(s) URLs, comma-separated; got "${url}"`);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`${setting} must be http(s) URLs, comma-separated; got "${url}"`);
  }
  return urls;
}

export class Replicas {
  readonly urls: readonly string[];
  private next = 0;
  private readonly restingUntil = new Map<string, number>();

  constructor(
    urls: readonly string[],
    private readonly restMs = REPLICA_REST_MS,
  ) {
    if (urls.length === 0) throw new Error("a service needs at least one replica URL");
    this.urls = [...urls];
  }

  /** This request's order: from the next replica in turn, those resting after the others. */
  private order(): string[] {
    const start = this.next;
    this.next = (this.next + 1) % this.urls.length;
    const turn = this.urls.map((_, index) => this.urls[(start + index) % this.urls.length]!);
    const now = Date.now();
    const resting = (url: string) => (this.restingUntil.get(url) ?? 0) > now;
    return [...turn.filter((url) => !resting(url)), ...turn.filter(resting)];
  }

  /**
   * Runs `attempt` against one replica: the next in turn, or, when a replica refuses the connection, the next
   * one, until one takes it or every one has refused (then the last refusal is thrown). Any other failure is
   * thrown; a broken connection or a timeout also rests the replica.
   */
  async send<T>(attempt: (url: string) => Promise<T>): Promise<T> {
    const candidates = this.order();
    for (let index = 0; ; index++) {
      const url = candidates[index]!;
      try {
        const result = await attempt(url);
        this.restingUntil.delete(url);
        return result;
      } catch (error) {
        if (connectionFailed(error)) this.restingUntil.set(url, Date.now() + this.restMs);
        if (!neverConnected(error) || index === candidates.length - 1) throw error;
      }
    }
  }
}

const known = new Map<string, Replicas>();

/**
 * The replicas a setting lists, the same object for the same setting, so that turns and rests are shared by
 * every caller in the process (a department's graph client is made per request).
 */
export function replicasOf(list: string, setting?: string): Replicas {
  let replicas = known.get(list);
  if (!replicas) {
    replicas = new Replicas(parseUrlList(list, setting));
    known.set(list, replicas);
  }
  return replicas;
}
