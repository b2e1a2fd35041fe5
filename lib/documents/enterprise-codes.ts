import type { GraphClient } from "../graph-client";
import { CUSTOMS_CODE_LENGTH, enterpriseCodeProblem } from "../rules/enterprise-code";

/** Credit's enterprises as documents name them, by code (USCC or customs code); null: no enterprise registered with it. */
export type EnterprisesByCode<Fields> = Map<string, (Fields & { uscc: string }) | null>;

/**
 * The enterprises credit registers under `codes` (each an 18-character USCC or a 10-character customs code:
 * `enterprisesByCode` takes both), asked in one request whatever their number, with `fields` besides the
 * USCC. Null when credit cannot answer. The one place a document's enterprise codes are resolved.
 */
export async function enterprisesByCode<Fields extends object = object>(
  graph: GraphClient,
  codes: readonly string[],
  fields = "",
): Promise<EnterprisesByCode<Fields> | null> {
  const distinct = [...new Set(codes)];
  if (distinct.length === 0) return new Map();
  const answer = await graph.request<{ enterprisesByCode: Array<(Fields & { uscc: string }) | null> }>(
    `query EnterprisesByCode($codes: [String!]!) { enterprisesByCode(codes: $codes) { uscc ${fields} } }`,
    { codes: distinct },
  );
  if (answer.errors?.length || !answer.data) return null;
  const found = answer.data.enterprisesByCode;
  return new Map(distinct.map((code, index) => [code, found[index] ?? null]));
}

/**
 * The USCC a document's enterprise code stands for: a USCC itself; a customs code, the USCC of the enterprise
 * credit registered with it (asked with enterprisesByCode), or the code as filed when none is registered (the
 * admission gates refuse such a party).
 */
export function usccOf(code: string, known: EnterprisesByCode<object>): string {
  return code.length === CUSTOMS_CODE_LENGTH ? (known.get(code)?.uscc ?? code) : code;
}

/** The well-formed customs codes among `codes`, to ask credit for: a USCC needs no asking, a malformed code is refused unasked. */
export const customsCodes = (codes: readonly string[]) => codes.filter((code) => code.length === CUSTOMS_CODE_LENGTH && enterpriseCodeProblem(code) === null);
