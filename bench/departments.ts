/**
 * The departments as production runs them: each in its own process, started by its deployed entry point
 * (subgraphs/<dept>/main.ts, as deploy/ runs its compiled form) on the bench's PostgreSQL databases, already
 * migrated and seeded; with our gateway, in a process of its own, in front of them. Unlike the one process of
 * bench/services.ts, the departments then share the machine's CPUs as they would share a node's.
 */
import { databaseUrlVariable, DEPARTMENTS, type Department } from "../lib/departments";
import { untilReady } from "../lib/http";
import { Child, freePort, type GatewayMessage } from "./shared";

/** How long a service may take to answer /ready: tsx compiles it first, on a machine that is busy. */
const READY_WITHIN_MS = 120_000;

export interface DepartmentProcesses {
  gatewayUrl: string;
  /** Every process, by name (the five departments and "gateway"), for their CPU. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

export async function startDepartmentProcesses(options: {
  env: NodeJS.ProcessEnv;
  contextSecret: string;
  databaseUrl: (department: Department) => string;
}): Promise<DepartmentProcesses> {
  const urls = {} as Record<Department, string>;
  for (const department of DEPARTMENTS) urls[department] = `http://127.0.0.1:${await freePort()}/`;
  const gatewayPort = await freePort();
  const children: Array<[string, Child<{ type: string }>]> = [];
  const stop = async () => {
    await Promise.all(children.map(([, child]) => child.stop()));
  };
  try {
    for (const department of DEPARTMENTS) {
      const child = new Child({ fromRoot: `subgraphs/${department}/main.ts` }, [], {
        ...options.env,
        HOST: "127.0.0.1",
        PORT: new URL(urls[department]).port,
        [databaseUrlVariable(department)]: options.databaseUrl(department),
        TRADEGRAPH_CONTEXT_SECRET: options.contextSecret,
        GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/`,
      });
      children.push([department, child]);
    }
    const gateway = new Child<GatewayMessage>("gateway.ts", ["--kind", "tradegraph"], {
      ...options.env,
      BENCH_PORT: String(gatewayPort),
      BENCH_SUBGRAPHS: JSON.stringify(urls),
    });
    children.push(["gateway", gateway]);
    const { url: gatewayUrl } = await gateway.next("ready");
    await Promise.all(
      DEPARTMENTS.map((department, index) => untilReady(department, urls[department], { withinMs: READY_WITHIN_MS, exited: children[index]![1].wait() })),
    );
    return { gatewayUrl, pids: Object.fromEntries(children.map(([name, child]) => [name, child.pid])), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
