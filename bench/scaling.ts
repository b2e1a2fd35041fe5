/**
 * One cross-department list at 10, 100 and 1,000 orders through our gateway, one request at a time:
 * latency per order, and the SQL statements each department ran for one request.
 */
import { DEPARTMENTS, type Department } from "../lib/departments";
import { postGraphQL, round, table, type Child, type ServicesMessage } from "./shared";

const LIST = `query Orders($first: Int!) {
  orders(first: $first) {
    nodes {
      orderNo acturalPaid
      payment { amountPaid payTime }
      waybill { status }
      declaration { invtNo returnStatus }
      platform { name creditProfile { creditClass score } }
      ecommerceEnterprise { name creditProfile { creditClass score } }
    }
  }
}`;
const SIZES = [10, 100, 1000];

export async function runScaling(options: { gatewayUrl: string; services: Child<ServicesMessage>; token: string; seconds: number }): Promise<string> {
  const ask = async (first: number) => {
    const began = performance.now();
    const { answer } = await postGraphQL(options.gatewayUrl, JSON.stringify({ query: LIST, operationName: "Orders", variables: { first } }), {
      authorization: `Bearer ${options.token}`,
    });
    const nodes = (answer.data as { orders?: { nodes: unknown[] } } | undefined)?.orders?.nodes;
    if (answer.errors || nodes?.length !== first) throw new Error(`scaling: ${first} orders did not come back whole: ${JSON.stringify(answer).slice(0, 400)}`);
    return performance.now() - began;
  };
  const statementsFor = async (first: number) => {
    // The reset is confirmed before the request goes out: IPC and HTTP are separate roads.
    const reset = options.services.next("counts");
    options.services.command({ type: "count-start" });
    await reset;
    await ask(first);
    const counted = options.services.next("counts");
    options.services.command({ type: "count-end" });
    return (await counted).counts;
  };

  const rows: Array<Array<string | number>> = [];
  const counts: Array<Record<Department, number>> = [];
  for (const size of SIZES) {
    await ask(size);
    // Two counts, the smaller kept per department: a service's minute sweep may fall into one of them.
    const [first, second] = [await statementsFor(size), await statementsFor(size)];
    const statements = Object.fromEntries(DEPARTMENTS.map((d) => [d, Math.min(first[d], second[d])])) as Record<Department, number>;
    counts.push(statements);
    const latencies: number[] = [];
    const until = performance.now() + (options.seconds * 1000) / SIZES.length;
    while (latencies.length < 3 || performance.now() < until) latencies.push(await ask(size));
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;
    rows.push([size, latencies.length, round(median, 1), round((median / size) * 1000, 1), ...DEPARTMENTS.map((d) => statements[d])]);
  }
  const constant = counts.every((count) => DEPARTMENTS.every((d) => count[d] === counts[0]![d]));
  return [
    table(["orders", "requests", "median ms", "µs per order", ...DEPARTMENTS.map((d) => `SQL ${d}`)], rows),
    "",
    `SQL statements per request ${constant ? "constant across 10, 100 and 1,000 orders in every department" : "NOT constant across sizes"}`,
  ].join("\n");
}
