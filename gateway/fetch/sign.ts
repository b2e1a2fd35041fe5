import type { RemoteGraphQLDataSource } from "@apollo/gateway";

/** Headers to add to one subgraph request, given its exact body and the gateway request's context. */
export type SignRequest<Context> = (department: string, body: string, context: Context) => Promise<Record<string, string>>;

type WillSendOptions<Context extends Record<string, unknown>> = Parameters<NonNullable<RemoteGraphQLDataSource<Context>["willSendRequest"]>>[0];

/**
 * Signs a subgraph request over the body it will carry. RemoteGraphQLDataSource sends
 * JSON.stringify({ query, ...the rest but http }) (without APQ, which we leave off): the same serialisation
 * here, so the signature matches the body that arrives. It runs on every try, so a retry is signed afresh
 * and never refused as a replay.
 */
export async function signRequest<Context extends Record<string, unknown>>(
  department: string,
  sign: SignRequest<Context>,
  { request, context }: WillSendOptions<Context>,
): Promise<void> {
  const { http, query, ...rest } = request;
  // Only client requests reach here (the gateway's own subgraph health checks are off), so the context is
  // always the gateway request's.
  const headers = await sign(department, JSON.stringify({ query, ...rest }), context as Context);
  for (const [name, value] of Object.entries(headers)) http!.headers.set(name, value);
}
