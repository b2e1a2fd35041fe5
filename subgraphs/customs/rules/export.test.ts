import { readTariff, tariffByCode } from "../../../lib/rules/tariff";
import { checkExportList, simplifiedProblem } from "./export";
import { periodProblem, summarise, summaryDueDate, type SummaryList } from "./export-summary";

const rows = readTariff();
const tariff = tariffByCode(rows);
const facts = (gcode: string) => ({
  tariffRows: gcode.length === 4 ? rows.filter((row) => row.hs10.startsWith(gcode)) : [tariff.get(gcode)!].filter(Boolean),
  licenceHeadings: ["2601"],
  exportDutyHeadings: ["7202"],
});

describe("statisticsFlag A (simplified declaration)", () => {
  it("is allowed for goods whose export rebate is zero", () => {
    expect(simplifiedProblem("1509200000", facts("1509200000"))).toBeNull();
    expect(simplifiedProblem("1509", facts("1509"))).toBeNull();
  });

  it("is refused for goods with a rebate, naming the rate", () => {
    expect(simplifiedProblem("1901101090", facts("1901101090"))).toMatch(/export rebate of 13%/);
  });

  it("is refused when any tariff line of a 4-digit heading has a rebate", () => {
    expect(simplifiedProblem("1901", facts("1901"))).toMatch(/1901\d{6} has an export rebate/);
  });

  it("is refused when the rebate is unknown or the code is not in the tariff", () => {
    expect(simplifiedProblem("0802120000", facts("0802120000"))).toMatch(/unknown/);
    expect(simplifiedProblem("9999", facts("9999"))).toMatch(/not in the tariff table/);
  });

  it("is refused for licensed or dutiable headings", () => {
    expect(simplifiedProblem("2601110000", facts("2601110000"))).toMatch(/export licence/);
    expect(simplifiedProblem("7202110000", facts("7202110000"))).toMatch(/export duty/);
  });
});

describe("an export list's own rules", () => {
  const list = {
    guid: "0B4F1E8B-7D6F-4C5B-9E3A-2B1C0D9E8F7A",
    appType: "1",
    appTime: new Date("2026-11-20T03:00:00Z"),
    appStatus: "2",
    customsCode: "6407",
    ebpCode: "91460100MA5T00002P",
    ebpName: "平台",
    orderNo: "EO1",
    logisticsCode: "91460100MA5T12345C",
    logisticsName: "物流",
    logisticsNo: "EL1",
    copNo: "EC1",
    ieFlag: "E",
    portCode: "6407",
    ieDate: new Date("2026-11-20"),
    statisticsFlag: "B",
    agentCode: "91460100MA5T00002P",
    agentName: "报关",
    ebcCode: "91460100MA5T12345C",
    ebcName: "电商",
    ownerCode: "NO",
    ownerName: "个体",
    tradeMode: "9610",
    trafMode: "5",
    country: "502",
    pod: "USLAX",
    freight: "5",
    fCurrency: "502",
    fFlag: "3",
    insuredFee: "0",
    iCurrency: "502",
    iFlag: "3",
    packNo: 1,
    grossWeight: "1.2",
    netWeight: "1",
    lines: [
      {
        gnum: 1,
        gcode: "1901101090",
        gname: "奶粉",
        gmodel: "800g",
        country: "502",
        currency: "502",
        qty: "2",
        qty1: "1.6",
        unit: "011",
        unit1: "035",
        price: "30",
        totalPrice: "60",
      },
    ],
  };

  it("accepts a consistent flag-B list", () => {
    expect(checkExportList(list, tariff, rows)).toEqual([]);
  });

  it("refuses a 4-digit code on a flag-B list, China as destination, net above gross and a bad trade mode, all at once", () => {
    const problems = checkExportList(
      { ...list, tradeMode: "1239", country: "142", netWeight: "2", lines: [{ ...list.lines[0]!, gcode: "1901" }] },
      tariff,
      rows,
    );
    expect(problems.map((problem) => problem.field)).toEqual(["tradeMode", "country", "netWeight", "lines[0].gcode"]);
    expect(problems.every((problem) => problem.returnStatus === -603001)).toBe(true);
  });

  it("refuses flag A for goods with a rebate with its own status", () => {
    const [problem] = checkExportList({ ...list, statisticsFlag: "A" }, tariff, rows);
    expect(problem).toMatchObject({ field: "lines[0].gcode", returnStatus: -603020 });
  });

  it("requires the zone warehouse and account book for 1210", () => {
    const fields = checkExportList({ ...list, tradeMode: "1210" }, tariff, rows).map((problem) => problem.field);
    expect(fields).toEqual(["iacCode", "emsNo"]);
  });
});

describe("summary declarations", () => {
  const line = (gnum: number, gcode: string, totalPrice: string, country = "502") => ({
    gnum,
    gcode,
    gname: `g${gcode}`,
    country,
    currency: "502",
    qty: "1",
    qty1: "1",
    totalPrice,
  });
  const list = (copNo: string, overrides: Partial<SummaryList>, lines = [line(1, "1901101090", "60")]): SummaryList => ({
    agentCode: "A",
    copNo,
    ebcCode: "E",
    trafMode: "5",
    ownerCode: "P1",
    country: "502",
    portCode: "6407",
    lines,
    ...overrides,
  });

  it("put lists sharing consignor, transport, destination and exit customs on one form, merging lines by code, destination and currency", () => {
    const forms = summarise(
      [
        list("1", {}, [line(1, "1901101090", "60"), line(2, "1509200000", "12.5")]),
        list("2", { ownerCode: "P2" }, [line(1, "1901101090", "30")]),
        list("3", { trafMode: "2" }),
        list("4", { country: "116" }),
      ],
      "1",
    );
    expect(forms).toHaveLength(3);
    const air = forms.find((form) => form.trafMode === "5" && form.country === "502")!;
    expect(air.lists).toEqual(["A|1", "A|2"]);
    expect(air.ownerCode).toBeNull();
    expect(air.totalPrice.toFixed()).toBe("102.5");
    expect(air.items.map((item) => [item.gnum, item.gcode, item.totalPrice.toFixed(), item.lineCount])).toEqual([
      [1, "1509200000", "12.5", 1],
      [2, "1901101090", "90", 2],
    ]);
  });

  it("separate producers when summaryFlag is 2", () => {
    const forms = summarise([list("1", {}), list("2", { ownerCode: "P2" })], "2");
    expect(forms.map((form) => form.ownerCode).sort()).toEqual(["P1", "P2"]);
  });

  it("are due on the 10th of the next month, also across a year", () => {
    expect(summaryDueDate("2026-11").toISOString().slice(0, 10)).toBe("2026-12-10");
    expect(summaryDueDate("2026-12").toISOString().slice(0, 10)).toBe("2027-01-10");
  });

  it("cover one whole month", () => {
    expect(periodProblem(new Date("2026-11-01"), new Date("2026-11-30"))).toBeNull();
    expect(periodProblem(new Date("2026-11-02"), new Date("2026-11-30"))).toMatch(/first day/);
    expect(periodProblem(new Date("2026-11-01"), new Date("2026-12-31"))).toMatch(/2026-11-30/);
  });
});
