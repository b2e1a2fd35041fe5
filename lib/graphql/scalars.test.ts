import { buildSchema, graphql, type GraphQLScalarType } from "graphql";
import { inputValueRefusal } from "./errors";
import { isMonth, MonthScalar } from "./scalars";

describe("the Month scalar", () => {
  it.each([
    ["2026-01", true],
    ["2026-12", true],
    ["1999-09", true],
    ["2026-00", false],
    ["2026-13", false],
    ["2026-1", false],
    ["202601", false],
    ["2026-01-01", false],
    [" 2026-01", false],
    ["", false],
  ])("%j is a month: %s", (value, month) => {
    expect(isMonth(value)).toBe(month);
  });

  const schema = buildSchema(`
    scalar Month
    input Filter { fromPeriod: Month, nested: [Filter!] }
    input Payment { reference: String!, period: Month! }
    type Query { bill(guarantor: String, period: Month!): String, bills(filter: Filter): String, pay(payment: Payment!): String }
  `);
  Object.assign(schema.getType("Month") as GraphQLScalarType, {
    parseValue: MonthScalar.parseValue,
    parseLiteral: MonthScalar.parseLiteral,
    serialize: MonthScalar.serialize,
  });
  (schema.getQueryType()!.getFields().bill!.resolve as unknown) = (_: unknown, args: { period: string }) => args.period;

  const refusal = async (source: string, variableValues?: Record<string, unknown>) => {
    const { errors } = await graphql({ schema, source, variableValues });
    expect(errors).toHaveLength(1);
    return inputValueRefusal(errors![0]);
  };

  it("passes a month through unchanged", async () => {
    expect(await graphql({ schema, source: `query($p: Month!) { bill(period: $p) }`, variableValues: { p: "2026-03" } })).toEqual({
      data: { bill: "2026-03" },
    });
  });

  it.each([
    ["a literal argument", `{ bill(period: "2026-13") }`, undefined, "period", `got "2026-13", month 13`],
    ["a literal in an input object", `{ bills(filter: { fromPeriod: "2026-3" }) }`, undefined, "filter.fromPeriod", `e.g. "2026-03"; got "2026-3"`],
    ["a literal in a list of input objects", `{ bills(filter: { nested: [{ fromPeriod: "x" }] }) }`, undefined, "filter.nested.fromPeriod", `got "x"`],
    ["a literal that is not a string", `{ bill(period: 202603) }`, undefined, "period", "given as a string"],
    ["a variable", `query($g: String, $p: Month!) { bill(guarantor: $g, period: $p) }`, { g: "x", p: "2026-00" }, "period", "month 00"],
    [
      "a field of an input object variable",
      `query($x: Payment!) { pay(payment: $x) }`,
      { x: { reference: "R", period: "2026/03" } },
      "payment.period",
      `got "2026/03"`,
    ],
  ])("refuses %s as BAD_USER_INPUT naming the argument", async (_, source, variables, field, reason) => {
    const answer = await refusal(source, variables);
    expect(answer?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    expect(answer?.message).toContain(`${field}: must be a month`);
    expect(answer?.message).toContain(reason);
  });

  it("leaves other errors alone", async () => {
    expect(await refusal(`{ bill(period: "2026-01", nope: 1) }`)).toBeUndefined();
  });
});
