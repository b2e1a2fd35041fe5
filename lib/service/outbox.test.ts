import { GraphQLError } from "graphql";
import { seqCursor } from "./outbox";

describe("an outbox cursor", () => {
  it("reads the largest seq the database can hold", () => {
    expect(seqCursor("9223372036854775807")).toBe(9223372036854775807n);
    expect(seqCursor(null)).toBe(0n);
  });

  it("beyond int64 is refused as bad input, not passed to the database", () => {
    for (const after of ["9223372036854775808", "9999999999999999999"]) {
      let error: unknown;
      try {
        seqCursor(after);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    }
  });
});
