import { CircuitOpen, DepartmentResilience, READY_POLL_MS, type ResilienceOptions } from "./resilience";

class Fault extends Error {}
const isFault = (error: unknown) => error instanceof Fault;
const quick: ResilienceOptions = { retries: 2, baseDelayMs: 1, maxDelayMs: 2, retryBudgetRatio: 0.2, breakerFailures: 100, breakerOpenMs: 50 };

function flaky(failures: number) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    attempt: async () => {
      calls += 1;
      if (calls <= failures) throw new Fault("down");
      return "answer";
    },
  };
}

describe("a department's resilience", () => {
  it("retries a read that failed, and answers when a retry succeeds", async () => {
    const subgraph = flaky(2);
    await expect(new DepartmentResilience(quick).run(subgraph.attempt, { read: true, isFault })).resolves.toBe("answer");
    expect(subgraph.calls).toBe(3);
  });

  it("never sends a mutation twice", async () => {
    const subgraph = flaky(1);
    await expect(new DepartmentResilience(quick).run(subgraph.attempt, { read: false, isFault })).rejects.toThrow(Fault);
    expect(subgraph.calls).toBe(1);
  });

  it("does not retry what is not the department's fault", async () => {
    let calls = 0;
    const refusal = async () => {
      calls += 1;
      throw new Error("bad input");
    };
    await expect(new DepartmentResilience(quick).run(refusal, { read: true, isFault })).rejects.toThrow("bad input");
    expect(calls).toBe(1);
  });

  it("spends at most its retry budget, so retries cannot multiply an outage", async () => {
    const resilience = new DepartmentResilience({ ...quick, retries: 1, retryBudgetRatio: 0 });
    const subgraph = flaky(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 12; i++) await resilience.run(subgraph.attempt, { read: true, isFault }).catch(() => undefined);
    // The budget starts with 10 retries and, at ratio 0, earns none back.
    expect(subgraph.calls).toBe(12 + 10);
  });

  it("opens the circuit after repeated failures, answers at once while open, and closes after a good probe", async () => {
    const resilience = new DepartmentResilience({ ...quick, retries: 0, breakerFailures: 3 });
    const subgraph = flaky(3);
    for (let i = 0; i < 3; i++) await resilience.run(subgraph.attempt, { read: true, isFault }).catch(() => undefined);
    expect(resilience.state).toBe("open");
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).rejects.toBeInstanceOf(CircuitOpen);
    expect(subgraph.calls).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(resilience.state).toBe("half-open");
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).resolves.toBe("answer");
    expect(resilience.state).toBe("closed");
  });

  it("opens again at once when the probe fails", async () => {
    const resilience = new DepartmentResilience({ ...quick, retries: 0, breakerFailures: 1 });
    const subgraph = flaky(2);
    await resilience.run(subgraph.attempt, { read: true, isFault }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).rejects.toThrow(Fault);
    expect(resilience.state).toBe("open");
  });

  it("lets its probe through as soon as the department reports ready, long before the open period ends", async () => {
    let ready = false;
    let asked = 0;
    const resilience = new DepartmentResilience({ ...quick, retries: 0, breakerFailures: 1, breakerOpenMs: 60_000 }, async () => {
      asked += 1;
      return ready;
    });
    const subgraph = flaky(1);
    await resilience.run(subgraph.attempt, { read: true, isFault }).catch(() => undefined);
    // Not ready: refused without reaching the department, and asked again only after READY_POLL_MS.
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).rejects.toBeInstanceOf(CircuitOpen);
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).rejects.toBeInstanceOf(CircuitOpen);
    expect(asked).toBe(1);
    expect(subgraph.calls).toBe(1);
    ready = true;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS + 10));
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).resolves.toBe("answer");
    expect(asked).toBe(2);
    expect(resilience.state).toBe("closed");
  });

  it("opens again when the department said ready but the probe fails", async () => {
    let answers = 0;
    const resilience = new DepartmentResilience({ ...quick, retries: 0, breakerFailures: 1, breakerOpenMs: 60_000 }, async () => ++answers === 1);
    const subgraph = flaky(2);
    await resilience.run(subgraph.attempt, { read: true, isFault }).catch(() => undefined);
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).rejects.toThrow(Fault);
    expect(resilience.state).toBe("open");
    await expect(resilience.run(subgraph.attempt, { read: true, isFault })).rejects.toBeInstanceOf(CircuitOpen);
  });
});
