import { EntityBatcher, type FetchAnswer } from "./entity-batching";

describe("entity fetches batched across requests", () => {
  it("sends one fetch per shape and turn, and gives each caller its own entities and the errors at their paths", async () => {
    const sent: unknown[][] = [];
    const send = async (representations: unknown[]): Promise<FetchAnswer> => {
      sent.push(representations);
      return {
        data: { _entities: representations.map((id) => (id === "b2" ? null : { id })) },
        errors: [{ message: "b2 is not yours", path: ["_entities", 2, "amount"] }, { message: "the department says something about all" }],
      };
    };
    const batcher = new EntityBatcher();
    const [a, b, other] = await Promise.all([
      batcher.add("shape", ["a1"], send),
      batcher.add("shape", ["b1", "b2"], send),
      batcher.add("another shape", ["c1"], send),
    ]);
    expect(sent).toEqual([["a1", "b1", "b2"], ["c1"]]);
    expect(a).toEqual({ data: { _entities: [{ id: "a1" }] }, errors: [{ message: "the department says something about all" }] });
    expect(b).toEqual({
      data: { _entities: [{ id: "b1" }, null] },
      errors: [{ message: "b2 is not yours", path: ["_entities", 1, "amount"] }, { message: "the department says something about all" }],
    });
    // Alone in its batch, a fetch gets the department's answer as it came.
    expect(other!.data).toEqual({ _entities: [{ id: "c1" }] });
    expect(other!.errors).toHaveLength(2);
  });

  it("fails every caller of a batch whose fetch fails, and starts a new batch in the next turn", async () => {
    let calls = 0;
    const failing = async (): Promise<FetchAnswer> => {
      calls += 1;
      throw new Error("finance is down");
    };
    const batcher = new EntityBatcher();
    const results = await Promise.allSettled([batcher.add("shape", ["a"], failing), batcher.add("shape", ["b"], failing)]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    await expect(batcher.add("shape", ["c"], failing)).rejects.toThrow("finance is down");
    expect(calls).toBe(2);
  });
});
