import { signServiceRequest, verifyServiceRequest } from "./service-identity";
import { contextKey, ReplayGuard } from "./subgraph-context";

const key = contextKey("a-test-secret-of-at-least-32-characters!");
const body = JSON.stringify({ query: "{ payment { payerName } }" });

describe("a service's request through the gateway", () => {
  it("names the user it serves, with the user's operation and request id, for the audit log", async () => {
    const token = await signServiceRequest(key, "customs", body, { subject: "clerk-91460100MA5T000001", operation: "DeclareInventory", requestId: "req-1" });
    const identity = await verifyServiceRequest(key, token, body, new ReplayGuard());
    expect(identity).toEqual({
      subject: "service:customs",
      role: "staff",
      department: "customs",
      usccs: [],
      requestId: "req-1",
      service: true,
      onBehalfOf: { subject: "clerk-91460100MA5T000001", operation: "DeclareInventory" },
    });
  });

  it("is the service's own work when it serves nobody", async () => {
    const identity = await verifyServiceRequest(key, await signServiceRequest(key, "finance", body), body, new ReplayGuard());
    expect(identity).toMatchObject({ subject: "service:finance", service: true });
    expect(identity.onBehalfOf).toBeUndefined();
  });
});
