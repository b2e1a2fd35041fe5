import {
  ARRIVAL_STATUS,
  arrivalHash,
  arrivalProblems,
  byItem,
  checkArrival,
  checkDeparture,
  DEPARTURE_STATUS,
  departureHash,
  departureProblems,
  MAX_PARCELS,
  releaseProblems,
  type ParcelState,
} from "./export-movement";

const items = (...numbers: string[]) => numbers.map((logisticsNo, index) => ({ gnum: index + 1, logisticsNo }));

const arrival = (overrides: Record<string, unknown> = {}) => ({
  guid: "0A1B2C3D-0000-4000-8000-000000000001",
  appType: "1",
  appTime: new Date("2026-11-21T02:00:00Z"),
  appStatus: "2",
  customsCode: "6407",
  copNo: "ARR0001",
  operatorCode: "91460100MA5T00002P",
  operatorName: "美兰机场监管场所",
  loctNo: "6407A",
  ieFlag: "E",
  trafMode: "5",
  logisticsCode: "91460100MA5T00002P",
  logisticsName: "测试物流",
  items: items("EX1", "EX2"),
  ...overrides,
});

const departure = (overrides: Record<string, unknown> = {}) => ({
  guid: "0A1B2C3D-0000-4000-8000-000000000002",
  appType: "1",
  appTime: new Date("2026-11-22T02:00:00Z"),
  appStatus: "2",
  customsCode: "6407",
  copNo: "DEP0001",
  logisticsCode: "91460100MA5T00002P",
  logisticsName: "测试物流",
  trafMode: "5",
  trafName: "HU7001",
  voyageNo: "20261122",
  billNo: "880-12345675",
  leaveTime: new Date("2026-11-22T01:30:00Z"),
  items: items("EX1", "EX2"),
  ...overrides,
});

const state = (status: ParcelState["status"], returnStatus = 120): ParcelState => ({ status, returnStatus });

describe("a CEB507 arrival's own fields", () => {
  it("pass when well formed", () => {
    expect(checkArrival(arrival())).toEqual([]);
  });

  it.each([
    ["ieFlag I", { ieFlag: "I" }, "ieFlag"],
    ["appType 2", { appType: "2" }, "appType"],
    ["appStatus 1", { appStatus: "1" }, "appStatus"],
    ["a customs district outside the table", { customsCode: "5100" }, "customsCode"],
    ["a transport mode outside the table", { trafMode: "Q" }, "trafMode"],
    ["no site", { loctNo: "" }, "loctNo"],
    ["no parcel", { items: [] }, "items"],
    ["items not numbered 1..n", { items: [{ gnum: 2, logisticsNo: "EX1" }] }, "items[0].gnum"],
    ["the same waybill twice", { items: items("EX1", "EX1") }, "items[1].logisticsNo"],
  ])("refuse %s", (_, overrides, field) => {
    expect(checkArrival(arrival(overrides))).toEqual([expect.objectContaining({ field, returnStatus: ARRIVAL_STATUS.invalid })]);
  });

  it(`refuse more than ${MAX_PARCELS} parcels`, () => {
    const many = items(...Array.from({ length: MAX_PARCELS + 1 }, (_, i) => `EX${i}`));
    expect(checkArrival(arrival({ items: many })).map((problem) => problem.field)).toEqual(["items"]);
    expect(checkArrival(arrival({ items: many.slice(0, MAX_PARCELS) }))).toEqual([]);
  });
});

describe("a CEB509 departure's own fields", () => {
  it("pass when well formed", () => {
    expect(checkDeparture(departure())).toEqual([]);
  });

  it.each([
    ["no means of transport", { trafName: "" }, "trafName"],
    ["no voyage", { voyageNo: "" }, "voyageNo"],
    ["no bill of lading", { billNo: "" }, "billNo"],
  ])("refuse %s", (_, overrides, field) => {
    expect(checkDeparture(departure(overrides))).toEqual([expect.objectContaining({ field, returnStatus: DEPARTURE_STATUS.invalid })]);
  });
});

describe("which parcels may arrive", () => {
  it("only the company's declared waybills that have not arrived, each failing parcel named", () => {
    const waybills = new Map([
      ["OK", state("FILED")],
      ["SAVED", state("FILED", 1)],
      ["THERE", state("ARRIVED")],
      ["GONE", state("DEPARTED")],
    ]);
    const problems = arrivalProblems(items("OK", "SAVED", "THERE", "NONE", "GONE"), waybills);
    expect(problems.map(({ field, returnStatus }) => [field, returnStatus])).toEqual([
      ["items[1].logisticsNo", ARRIVAL_STATUS.notDeclared],
      ["items[2].logisticsNo", ARRIVAL_STATUS.alreadyArrived],
      ["items[3].logisticsNo", ARRIVAL_STATUS.unknownWaybill],
      ["items[4].logisticsNo", ARRIVAL_STATUS.alreadyArrived],
    ]);
  });
});

describe("which parcels may depart", () => {
  it("only arrived parcels not yet departed", () => {
    const waybills = new Map([
      ["OK", state("ARRIVED")],
      ["FILED", state("FILED")],
      ["GONE", state("DEPARTED")],
    ]);
    expect(departureProblems(items("OK", "FILED", "GONE", "NONE"), waybills).map(({ field, returnStatus }) => [field, returnStatus])).toEqual([
      ["items[1].logisticsNo", DEPARTURE_STATUS.notArrived],
      ["items[2].logisticsNo", DEPARTURE_STATUS.alreadyDeparted],
      ["items[3].logisticsNo", DEPARTURE_STATUS.unknownWaybill],
    ]);
  });

  it("only with an export list customs released (800 or 899)", () => {
    const asked = [
      { index: 0, logisticsNo: "A" },
      { index: 2, logisticsNo: "B" },
      { index: 3, logisticsNo: "C" },
      { index: 5, logisticsNo: "D" },
    ];
    const lists = [
      { invtNo: "64072026E000000001", returnStatus: 800 },
      { invtNo: null, returnStatus: 100 },
      null,
      { invtNo: "64072026E000000002", returnStatus: 899 },
    ];
    const problems = releaseProblems(asked, lists);
    expect(problems.map(({ field, returnStatus }) => [field, returnStatus])).toEqual([
      ["items[2].logisticsNo", DEPARTURE_STATUS.notReleased],
      ["items[3].logisticsNo", DEPARTURE_STATUS.notReleased],
    ]);
    expect(problems[0]!.message).toMatch(/status 100/);
    expect(problems[1]!.message).toMatch(/no export list/);
  });

  it("lists problems of both kinds in the message's order", () => {
    const problems = byItem([
      { field: "items[3].logisticsNo", returnStatus: DEPARTURE_STATUS.notArrived, message: "" },
      { field: "items[10].logisticsNo", returnStatus: DEPARTURE_STATUS.notArrived, message: "" },
      { field: "items[1].logisticsNo", returnStatus: DEPARTURE_STATUS.notReleased, message: "" },
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(["items[1].logisticsNo", "items[3].logisticsNo", "items[10].logisticsNo"]);
  });
});

describe("the content of a movement", () => {
  it("is the same whatever the GUID and filing time, and differs when a parcel does", () => {
    expect(arrivalHash(arrival({ guid: "0A1B2C3D-0000-4000-8000-00000000000F", appTime: new Date() }))).toBe(arrivalHash(arrival()));
    expect(arrivalHash(arrival({ items: items("EX1", "EX3") }))).not.toBe(arrivalHash(arrival()));
    expect(departureHash(departure({ leaveTime: new Date("2026-11-22T01:31:00Z") }))).not.toBe(departureHash(departure()));
  });

  it("uses return statuses that no import document uses", () => {
    const ours = [...Object.values(ARRIVAL_STATUS), ...Object.values(DEPARTURE_STATUS)];
    expect(new Set(ours).size).toBe(ours.length);
    expect(ours.every((status) => status <= -508000 && status > -511000)).toBe(true);
  });
});

describe("a parcel leaves on the waybill its list was released against", () => {
  it("refuses a departure when the waybill changed after the release, and ignores lists recorded without a version", () => {
    const asked = [{ index: 0, logisticsNo: "W1", version: 2 }];
    const list = (waybillVersion: number | null) => [{ invtNo: "64072026E000000001", returnStatus: 800, departureCopNo: "D1", waybillVersion }];
    expect(releaseProblems(asked, list(1), "D1").map((problem) => problem.returnStatus)).toEqual([DEPARTURE_STATUS.waybillChanged]);
    expect(releaseProblems(asked, list(2), "D1")).toEqual([]);
    expect(releaseProblems(asked, list(null), "D1")).toEqual([]);
  });
});
