import { checkExportWaybill, exportWaybillHash, EXPORT_WAYBILL_STATUS } from "./export-waybill";

const waybill = (overrides: Record<string, unknown> = {}) => ({
  guid: "0A1B2C3D-0000-4000-8000-000000000001",
  appType: "1",
  appTime: new Date("2026-11-20T04:00:00Z"),
  appStatus: "2",
  logisticsCode: "91460100MA5T00002P",
  logisticsName: "测试物流",
  logisticsNo: "EX0001",
  freight: "12.50",
  insuredFee: "0",
  currency: "502",
  grossWeight: "1.2",
  packNo: 2,
  goodsInfo: "茶叶",
  ebcCode: "91460100MA5T12345C",
  ebcName: "测试出口企业",
  ...overrides,
});

const fields = (overrides: Record<string, unknown>) => checkExportWaybill(waybill(overrides)).map((problem) => problem.field);

describe("a CEB505 export waybill", () => {
  it("passes with a foreign currency and several packages", () => {
    expect(checkExportWaybill(waybill())).toEqual([]);
  });

  it.each([
    ["a currency outside the table", { currency: "999" }, "currency"],
    ["a zero gross weight", { grossWeight: "0" }, "grossWeight"],
    ["no package", { packNo: 0 }, "packNo"],
    ["no goods description", { goodsInfo: "" }, "goodsInfo"],
    ["a 61-character number", { logisticsNo: "X".repeat(61) }, "logisticsNo"],
    ["appType 3", { appType: "3" }, "appType"],
    ["appStatus 3", { appStatus: "3" }, "appStatus"],
  ])("is refused with %s", (_, overrides, field) => {
    expect(checkExportWaybill(waybill(overrides))).toEqual([expect.objectContaining({ field, returnStatus: EXPORT_WAYBILL_STATUS.invalid })]);
  });

  it("refuses a malformed exporter code with the spec's enterprise-code status", () => {
    expect(checkExportWaybill(waybill({ ebcCode: "91460100MA5T12345D" }))).toEqual([expect.objectContaining({ field: "ebcCode", returnStatus: -10102 })]);
  });

  it("names every problem at once", () => {
    expect(fields({ currency: "999", packNo: 0, grossWeight: "0" })).toEqual(["currency", "grossWeight", "packNo"]);
  });

  it("hashes its content, not the envelope or the spelling of amounts", () => {
    const first = exportWaybillHash(waybill());
    expect(exportWaybillHash(waybill({ guid: "0A1B2C3D-0000-4000-8000-000000000002", appTime: new Date(), appType: "2", freight: "12.5" }))).toBe(first);
    expect(exportWaybillHash(waybill({ freight: "12.51" }))).not.toBe(first);
    expect(exportWaybillHash(waybill({ appStatus: "1" }))).not.toBe(first);
  });

  it("has return statuses of its own, apart from the import waybill's", () => {
    expect(Object.values(EXPORT_WAYBILL_STATUS)).not.toEqual(expect.arrayContaining([-504001, -504012, -505001]));
  });
});
