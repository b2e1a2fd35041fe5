import { evaluateCredit } from "./credit-evaluation";

describe("credit evaluation after an event", () => {
  it("moves the score by the event and keeps the class within its band", () => {
    expect(evaluateCredit({ creditClass: "GENERAL_CERTIFIED", score: 88 }, -5, false)).toMatchObject({ creditClass: "GENERAL_CERTIFIED", score: 83 });
  });

  it("drops a certified enterprise to GENERAL below its band", () => {
    expect(evaluateCredit({ creditClass: "ADVANCED_CERTIFIED", score: 92 }, -10, false)).toMatchObject({ creditClass: "GENERAL", score: 82 });
  });

  it("makes an enterprise DISHONEST under 40 or on the negative list", () => {
    expect(evaluateCredit({ creditClass: "GENERAL", score: 45 }, -10, false)).toMatchObject({ creditClass: "DISHONEST", score: 35 });
    expect(evaluateCredit({ creditClass: "GENERAL", score: 75 }, 0, true)).toMatchObject({ creditClass: "DISHONEST" });
  });

  it("never certifies by itself, and keeps the score within 0–100", () => {
    expect(evaluateCredit({ creditClass: "GENERAL", score: 95 }, 20, false)).toMatchObject({ creditClass: "GENERAL", score: 100 });
    expect(evaluateCredit({ creditClass: "DISHONEST", score: 10 }, -50, false)).toMatchObject({ score: 0 });
  });

  it("keeps a DISHONEST enterprise so until customs rehabilitates it", () => {
    expect(evaluateCredit({ creditClass: "DISHONEST", score: 60 }, 5, false)).toMatchObject({ creditClass: "DISHONEST", score: 65 });
  });
});
