import { portInUseAdvice, servicePort, systemPorts } from "./config";
import { corsOriginsFrom } from "./http";

describe("ports", () => {
  it("are 4000 and 4101–4105 by default, all moved by PORT_BASE, one moved by PORT_<SERVICE>", () => {
    expect(systemPorts({})).toEqual({ gateway: 4000, customs: 4101, ciq: 4102, credit: 4103, logistics: 4104, finance: 4105 });
    expect(systemPorts({ PORT_BASE: "6000" })).toEqual({ gateway: 6000, customs: 6101, ciq: 6102, credit: 6103, logistics: 6104, finance: 6105 });
    expect(systemPorts({ PORT_BASE: "6000", PORT_CIQ: "7777", PORT_GATEWAY: "8080" })).toMatchObject({ gateway: 8080, customs: 6101, ciq: 7777 });
  });

  it("of a service run alone come from PORT first", () => {
    expect(servicePort("credit", { PORT: "9000", PORT_BASE: "6000" })).toBe(9000);
    expect(servicePort("credit", { PORT_BASE: "6000" })).toBe(6103);
  });

  it("refuse what is not a port, naming the variable", () => {
    expect(() => systemPorts({ PORT_BASE: "abc" })).toThrow(/PORT_BASE must be a port number/);
    expect(() => systemPorts({ PORT_FINANCE: "70000" })).toThrow(/PORT_FINANCE must be a port number/);
    expect(() => systemPorts({ PORT_BASE: "65500" })).toThrow(/PORT_BASE=65500 puts customs at 65601/);
  });

  it("in use are explained with the service and the settings that move it", () => {
    expect(portInUseAdvice("customs", 4101, ["PORT_CUSTOMS", "PORT_BASE"])).toBe(
      "customs: port 4101 is already in use (another copy of Tradegraph, or another program). Set PORT_CUSTOMS or PORT_BASE to move it.",
    );
  });
});

describe("CORS_ORIGINS", () => {
  it("takes exact origins, and none by default", () => {
    expect(corsOriginsFrom(undefined)).toEqual([]);
    expect(corsOriginsFrom("https://portal.zone.example, http://127.0.0.1:5173")).toEqual(["https://portal.zone.example", "http://127.0.0.1:5173"]);
  });

  it.each(["*", "portal.zone.example", "https://portal.zone.example/", "https://portal.zone.example/app", "ftp://files.example"])("refuses %s", (origin) => {
    expect(() => corsOriginsFrom(origin)).toThrow(/CORS_ORIGINS/);
  });
});
