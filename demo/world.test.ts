import Decimal from "decimal.js";
import { readTariff, tariffByCode } from "../lib/rules/tariff";
import type { ExportInventoryInput, ExportOrderInput } from "../subgraphs/customs/__generated__/resolvers-types";
import type { ExportReceiptInput } from "../subgraphs/finance/__generated__/resolvers-types";
import { CANCELLED, checkExportList, checkExportOrder, listTimeProblems, matchOrder, matchWaybill } from "../subgraphs/customs/rules/export";
import { listKey } from "../subgraphs/customs/rules/export-summary";
import { billPeriod } from "../subgraphs/customs/rules/tax-bill";
import { checkExportReceipt } from "../subgraphs/finance/rules/export-receipt";
import { checkAdmission, type PartyEvidence } from "../subgraphs/customs/rules/admission-gates";
import { chinaDay } from "../lib/rules/china-time";
import { entryInForce } from "../subgraphs/credit/rules/in-force";
import { buildWorld, EXPORT_LISTS_PER_SCALE_MONTH, MISMATCH, ORDERS_PER_SCALE } from "./world";

describe("the demo world", () => {
  const world = buildWorld({ scale: 2 });

  it("is the same for the same seed and differs for another", () => {
    expect(buildWorld({ scale: 2 })).toEqual(world);
    expect(buildWorld({ scale: 2, seed: 7 }).customs.orders[0]).not.toEqual(world.customs.orders[0]);
  });

  it("grows with the scale", () => {
    expect(world.customs.orders).toHaveLength(2 * ORDERS_PER_SCALE);
  });

  it("keeps the order arithmetic of CEB311: acturalPaid = goodsValue + freight + taxTotal − discount, Σ lines = goodsValue", () => {
    for (const order of world.customs.orders) {
      const lines = world.customs.orderLines.filter((line) => line.orderNo === order.orderNo && line.ebpCode === order.ebpCode);
      const sum = lines.reduce((total, line) => total.plus(line.totalPrice as string), new Decimal(0));
      expect(sum.equals(order.goodsValue as string)).toBe(true);
      for (const line of lines) expect(new Decimal(line.price as string).times(line.qty as string).equals(line.totalPrice as string)).toBe(true);
      const paid = new Decimal(order.goodsValue as string)
        .plus(order.freight as string)
        .plus(order.taxTotal as string)
        .minus(order.discount as string);
      expect(paid.equals(order.acturalPaid as string)).toBe(true);
    }
  });

  it("keeps every order's dutiable value (goods + freight) within the single-transaction limit of RMB 5,000", () => {
    for (const order of world.customs.orders) {
      expect(new Decimal(order.goodsValue as string).plus(order.freight as string).lessThanOrEqualTo(5000)).toBe(true);
    }
  });

  it("matches payments to orders except where a mismatch is planted", () => {
    world.customs.orders.forEach((order, index) => {
      const payment = world.finance.payments.find((p) => p.orderNo === order.orderNo && p.ebpCode === order.ebpCode)!;
      const slot = index % MISMATCH.period;
      expect(new Decimal(payment.amountPaid as string).equals(order.acturalPaid as string)).toBe(slot !== MISMATCH.wrongAmount);
      expect(payment.payerIdNumber === order.buyerIdNumber).toBe(slot !== MISMATCH.wrongPayer);
      const declaration = world.customs.declarations.find((d) => d.orderNo === order.orderNo && d.ebpCode === order.ebpCode);
      expect(declaration === undefined).toBe(slot === MISMATCH.undeclared);
      if (declaration) {
        const waybill = world.logistics.waybills.find((w) => w.logisticsCode === declaration.logisticsCode && w.logisticsNo === declaration.logisticsNo);
        expect(waybill === undefined).toBe(slot === MISMATCH.missingWaybill);
        if (waybill) expect([waybill.consignee, waybill.consigneeAddress]).toEqual([order.consignee, order.consigneeAddress]);
      }
    });
  });

  it("decides its import lists as live ones are: planted mismatches rejected with their findings, a list without its waybill waiting", () => {
    const slotOf = new Map(world.customs.orders.map((order, index) => [`${order.ebpCode}|${order.orderNo}`, index % MISMATCH.period]));
    let listedLists = 0;
    for (const list of world.customs.declarations) {
      const slot = slotOf.get(`${list.ebpCode}|${list.orderNo}`);
      const decision = list.decision as { outcome: string; findings: Array<{ document: string; field: string }> } | undefined;
      // A list naming an enterprise on the negative list on its declaration day is rejected for it as well.
      const declaredOn = new Date(chinaDay(list.declTime as Date));
      const payCode = world.customs.orders.find((o) => o.ebpCode === list.ebpCode && o.orderNo === list.orderNo)!.payCode;
      const named: Array<[string, string | null | undefined]> = [
        ["inventory.ebpCode", list.ebpCode],
        ["inventory.ebcCode", list.ebcCode],
        ["inventory.logisticsCode", list.logisticsCode],
        ["order.payCode", payCode],
        ["inventory.agentCode", list.agentCode],
        ["inventory.areaCode", list.areaCode],
      ];
      const listedFields = named
        .filter(([, uscc]) =>
          world.credit.negativeList.some(
            (entry) =>
              entry.uscc === uscc &&
              entryInForce({ effectiveFrom: new Date(entry.effectiveFrom!), removedOn: entry.removedOn ? new Date(entry.removedOn) : null }, declaredOn),
          ),
        )
        .map(([field]) => field);
      const fields = decision?.findings.map((finding) => `${finding.document}.${finding.field}`).filter((field) => !listedFields.includes(field));
      if (listedFields.length > 0) {
        expect([list.returnStatus, decision?.findings.filter((finding) => listedFields.includes(`${finding.document}.${finding.field}`)).length]).toEqual([
          100,
          listedFields.length,
        ]);
        listedLists++;
      }
      if (slot === MISMATCH.wrongAmount) expect([list.returnStatus, fields]).toEqual([100, ["payment.amountPaid"]]);
      else if (slot === MISMATCH.wrongPayer) expect([list.returnStatus, fields]).toEqual([100, ["payment.payerIdNumber", "payment.payerName"]]);
      else if (listedFields.length > 0) expect(fields).toEqual([]);
      else if (slot === MISMATCH.missingWaybill)
        expect([list.returnStatus, decision?.outcome, list.returnInfo]).toEqual([2, "waiting", expect.stringMatching(/waiting for the waybill/)]);
      else {
        expect([100, 2]).not.toContain(list.returnStatus);
        expect(decision).toBeUndefined();
      }
      if (slot === MISMATCH.wrongPayer) {
        const order = world.customs.orders.find((o) => o.ebpCode === list.ebpCode && o.orderNo === list.orderNo)!;
        const payment = world.finance.payments.find((p) => p.ebpCode === list.ebpCode && p.orderNo === list.orderNo)!;
        const stored = JSON.stringify(decision) + list.returnInfo;
        for (const personal of [order.buyerName, order.buyerIdNumber, order.buyerTelephone, order.consigneeAddress, payment.payerName, payment.payerIdNumber]) {
          expect(stored).not.toContain(personal);
        }
      }
    }
    // The world has lists of listed enterprises declared after their listing day: each is rejected for it.
    expect(listedLists).toBeGreaterThan(0);
  });

  it("puts the dishonest enterprises, and only those, on the active negative list", () => {
    const dishonest = world.credit.creditProfiles.filter((p) => p.creditClass === "DISHONEST").map((p) => p.uscc);
    const listed = world.credit.negativeList.filter((entry) => entry.removedAt === null).map((entry) => entry.uscc);
    expect(listed.sort()).toEqual(dishonest.sort());
    expect(listed.length).toBeGreaterThan(0);
  });

  it("numbers its filings as CIQ's approvals would: from the sequences' start, consecutively, in the order they were filed", () => {
    const numbered = (filings: Array<{ filingNo: string; filedAt?: Date | string | null }>, first: string) => {
      const byNumber = [...filings].sort((a, b) => a.filingNo.localeCompare(b.filingNo));
      const days = byNumber.map((filing) => new Date(filing.filedAt!).getTime());
      expect(days).toEqual([...days].sort((a, b) => a - b));
      expect(byNumber[0]!.filingNo).toBe(first);
      expect(new Set(filings.map((filing) => filing.filingNo)).size).toBe(filings.length);
      // Consecutive: the last is as many past the first as there are filings less one.
      expect(BigInt(byNumber.at(-1)!.filingNo.replace(/^\D+/, "")) - BigInt(byNumber[0]!.filingNo.replace(/^\D+/, ""))).toBe(BigInt(filings.length - 1));
      // Drawn on different days, so the order is the dates' and not the world's listing.
      expect(new Set(days).size).toBeGreaterThan(1);
    };
    numbered(world.ciq.enterpriseFilings, "QY460000100000");
    numbered(world.ciq.productFilings, "CIQ46000000100000");
  });
});

describe("the demo world's declaring agents, guarantors and warehouse operators", () => {
  const world = buildWorld();
  const evidence = (uscc: string): PartyEvidence | null => {
    const enterprise = world.credit.enterprises.find((candidate) => candidate.uscc === uscc);
    if (!enterprise) return null;
    return {
      roles: enterprise.roles as string[],
      registration: "ACTIVE",
      onNegativeList: world.credit.negativeList.some((entry) => entry.uscc === uscc && !entry.removedAt),
      filings: world.ciq.enterpriseFilings.filter((filing) => filing.uscc === uscc).map((filing) => ({ role: filing.role, status: filing.status ?? "FILED" })),
    };
  };

  it("are registered, filed for their role and off the negative list, so that the world's accepted lists pass admission as live ones do", () => {
    const accepted = world.customs.declarations.filter((list) => list.returnStatus !== 100);
    expect(accepted.some((list) => list.areaCode)).toBe(true);
    for (const list of accepted) {
      const guarantorRole = list.assureCode === list.ebpCode ? "PLATFORM" : list.assureCode === list.ebcCode ? "ECOMMERCE" : "LOGISTICS";
      const parties = [
        { document: "inventory" as const, field: "agentCode", code: list.agentCode, role: "AGENT" },
        { document: "inventory" as const, field: "assureCode", code: list.assureCode, role: guarantorRole },
        ...(list.areaCode ? [{ document: "inventory" as const, field: "areaCode", code: list.areaCode, role: "WAREHOUSE" }] : []),
      ];
      const failures = checkAdmission({
        parties: parties.map((party) => ({ ...party, evidence: evidence(party.code) })),
        ebcCode: list.ebcCode,
        lines: [],
        filings: [],
      });
      expect(failures).toEqual([]);
    }
  });
});

describe("the demo world's exports", () => {
  const world = buildWorld({ scale: 2 });
  const { customs, logistics, finance } = world;
  const tariffRows = readTariff();
  const tariff = tariffByCode(tariffRows);
  const orderKey = (row: { ebpCode: string; orderNo: string }) => `${row.ebpCode}|${row.orderNo}`;
  const waybillKey = (row: { logisticsCode: string; logisticsNo: string }) => `${row.logisticsCode}|${row.logisticsNo}`;
  const orderLines = (order: { ebpCode: string; orderNo: string }) => customs.exportOrderLines.filter((line) => orderKey(line) === orderKey(order));
  const listLines = (list: { agentCode: string; copNo: string }) => customs.exportInventoryLines.filter((line) => listKey(line) === listKey(list));
  const released = customs.exportDeclarations.filter((list) => list.returnStatus === 800);
  const lastPeriod = "2026-10";

  it("grows with the scale: a few lists per month for each scale unit, over the same 22 months", () => {
    expect(customs.exportDeclarations).toHaveLength(2 * EXPORT_LISTS_PER_SCALE_MONTH * 22);
    expect(buildWorld().customs.exportDeclarations).toHaveLength(EXPORT_LISTS_PER_SCALE_MONTH * 22);
  });

  it("files orders and lists that pass every rule customs checks them by, and lists that match their orders", () => {
    for (const order of customs.exportOrders) {
      expect(checkExportOrder({ ...order, lines: orderLines(order) } as unknown as ExportOrderInput)).toEqual([]);
    }
    const orders = new Map(customs.exportOrders.map((order) => [orderKey(order), order]));
    const waybills = new Map(world.logistics.exportWaybills.map((waybill) => [waybillKey(waybill), waybill]));
    for (const list of customs.exportDeclarations) {
      const input = { ...list, lines: listLines(list) } as unknown as ExportInventoryInput;
      expect(checkExportList(input, tariff, tariffRows)).toEqual([]);
      const order = orders.get(orderKey(list))!;
      const stored = {
        ebcCode: order.ebcCode,
        currency: order.currency,
        returnStatus: order.returnStatus,
        lines: orderLines(order).map((line) => ({
          ...line,
          qty: new Decimal(String(line.qty)),
          price: new Decimal(String(line.price)),
          totalPrice: new Decimal(String(line.totalPrice)),
        })),
      };
      expect(matchOrder(input, stored)).toEqual([]);
      expect(new Decimal(String(list.goodsValue)).equals(String(order.goodsValue))).toBe(true);
      // Its waybill as it stood when the list was filed (declared, not yet departed), and its dates as judged on the day it was filed.
      const waybill = waybills.get(waybillKey(list))!;
      const facts = {
        ebcCode: waybill.ebcCode,
        returnStatus: 120,
        status: "FILED" as const,
        freight: String(waybill.freight),
        currency: waybill.currency,
        grossWeight: String(waybill.grossWeight),
        packNo: waybill.packNo,
        version: waybill.version!,
      };
      expect(matchWaybill(input, facts)).toEqual([]);
      expect(listTimeProblems({ ieDate: list.ieDate as Date, appTime: list.appTime as Date }, list.appTime as Date)).toEqual([]);
    }
  });

  it("mostly releases flag-B lists in US dollars, with some in euros and yuan, every trade mode of exports, and flag A only for goods without a rebate", () => {
    expect(released.length / customs.exportDeclarations.length).toBeGreaterThan(0.8);
    expect(new Set(customs.exportDeclarations.map((list) => list.returnStatus))).toEqual(new Set([1, CANCELLED, 800]));
    expect(new Set(customs.exportDeclarations.map((list) => list.currency))).toEqual(new Set(["502", "300", "142"]));
    expect(new Set(customs.exportDeclarations.map((list) => list.tradeMode))).toEqual(new Set(["9610", "9710", "9810", "1210"]));
    const flagA = customs.exportDeclarations.filter((list) => list.statisticsFlag === "A");
    expect(flagA.length).toBeGreaterThan(0);
    expect(flagA.length).toBeLessThan(customs.exportDeclarations.length / 5);
    for (const list of flagA) for (const line of listLines(list)) expect(tariff.get(line.gcode)!.exportRebateRate).toBe("0");
    for (const list of released) expect(billPeriod(list.releasedAt as Date)).toBe((list.ieDate as Date).toISOString().slice(0, 7));
  });

  it("numbers lists below customs' sequences, which start at 100000001, so that lists filed later never collide", () => {
    const invtNos = customs.exportDeclarations.flatMap((list) => (list.invtNo ? [list.invtNo] : []));
    expect(new Set(invtNos).size).toBe(invtNos.length);
    for (const invtNo of invtNos) {
      expect(invtNo).toMatch(/^64\d{2}20\d{2}E\d{9}$/);
      expect(Number(invtNo.slice(-9))).toBeLessThan(100_000_001);
    }
    for (const list of customs.exportDeclarations) expect(Number(list.preNo!.slice(-9))).toBeLessThan(100_000_001);
    for (const summary of customs.summaries) expect(Number(summary.sumNo.slice(-9))).toBeLessThan(100_000_001);
    for (const result of customs.summaryResults) expect(Number(result.entryId.slice(-9))).toBeLessThan(100_000_001);
    expect(customs.exportDeclarations.filter((list) => list.returnStatus === 1).every((list) => list.invtNo === null && list.releasedAt === null)).toBe(true);
  });

  it("summarises every month's released flag-B lists but the last, and each form adds up to its lists", () => {
    for (const list of customs.exportDeclarations) {
      const due = list.returnStatus === 800 && list.statisticsFlag === "B" && billPeriod(list.releasedAt as Date) < lastPeriod;
      expect(list.sumNo != null).toBe(due);
    }
    expect(released.some((list) => list.statisticsFlag === "B" && billPeriod(list.releasedAt as Date) === lastPeriod)).toBe(true);
    const lists = new Map(customs.exportDeclarations.map((list) => [listKey(list), list]));
    for (const result of customs.summaryResults) {
      const summary = customs.summaries.find((candidate) => candidate.sumNo === result.sumNo)!;
      const total = (result.lists as string[])
        .flatMap((key) => listLines(lists.get(key)!))
        .reduce((sum, line) => sum.plus(String(line.totalPrice)), new Decimal(0));
      expect(total.equals(String(result.totalPrice))).toBe(true);
      for (const key of result.lists as string[]) expect(lists.get(key)!.sumNo).toBe(summary.sumNo);
      const items = customs.summaryItems.filter((item) => item.entryId === result.entryId);
      expect(items.reduce((sum, item) => sum.plus(String(item.totalPrice)), new Decimal(0)).equals(total)).toBe(true);
      expect((summary.appTime as Date) <= (summary.dueDate as Date)).toBe(true);
    }
  });

  it("files a waybill for every list: departed, after arriving, when the list is released; only filed otherwise", () => {
    const waybills = new Map(logistics.exportWaybills.map((waybill) => [waybillKey(waybill), waybill]));
    expect(waybills.size).toBe(customs.exportDeclarations.length);
    const arrived = new Set(logistics.exportArrivalItems.map(waybillKey));
    const departed = new Set(logistics.exportDepartureItems.map(waybillKey));
    for (const list of customs.exportDeclarations) {
      const waybill = waybills.get(waybillKey(list))!;
      expect(waybill.ebcCode).toBe(list.ebcCode);
      expect(waybill.status).toBe(list.returnStatus === 800 ? "DEPARTED" : "FILED");
      expect(arrived.has(waybillKey(list))).toBe(list.returnStatus === 800);
      expect(departed.has(waybillKey(list))).toBe(list.returnStatus === 800);
      if (list.returnStatus === 800) {
        expect((list.releasedAt as Date) < (waybill.arrivedAt as Date) && (waybill.arrivedAt as Date) < (waybill.departedAt as Date)).toBe(true);
      }
    }
  });

  it("files receipts of payment that pass finance's rules, for most released lists, and a few for orders never declared", () => {
    const orders = new Map(customs.exportOrders.map((order) => [orderKey(order), order]));
    for (const receipt of finance.exportReceipts) {
      const checked = checkExportReceipt(receipt as unknown as ExportReceiptInput);
      expect(checked.problems).toEqual([]);
      expect(checked.rmbAmount.toFixed(2)).toBe(receipt.rmbAmount);
      expect(receipt.rmbSettlement).toBe(receipt.currency === "142");
      const order = orders.get(orderKey(receipt))!;
      expect(new Decimal(String(order.goodsValue)).plus(String(order.freight)).equals(String(receipt.charge))).toBe(true);
      expect(receipt.currency).toBe(order.currency);
    }
    const paid = new Set(finance.exportReceipts.map(orderKey));
    const listed = new Set(customs.exportDeclarations.map(orderKey));
    const unpaid = released.filter((list) => !paid.has(orderKey(list)));
    expect(unpaid.length).toBeGreaterThan(0);
    expect(unpaid.length).toBeLessThan(released.length / 5);
    const unlisted = finance.exportReceipts.filter((receipt) => !listed.has(orderKey(receipt)));
    expect(unlisted.length).toBeGreaterThan(0);
    expect(
      finance.exportReceipts
        .filter((receipt) => listed.has(orderKey(receipt)))
        .every((receipt) => released.some((list) => orderKey(list) === orderKey(receipt))),
    ).toBe(true);
  });
});
