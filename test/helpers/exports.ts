import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { now } from "../../lib/clock";
import { chinaDay } from "../../lib/rules/china-time";
import type { World } from "../../demo/world";
import type { Credentials, TestSystem } from "./system";

export interface ExportGoods {
  /** 10 digits; a 4-digit heading only on a flag-A list. */
  gcode: string;
  name: string;
  qty: string;
  /** FOB unit price in the parcel's currency. */
  price: string;
}

/** Goods of the sample tariff (data/tariff-sample.csv): formula has a 13% rebate, olive oil none (0). */
export const FORMULA: ExportGoods = { gcode: "1901101090", name: "婴幼儿配方奶粉", qty: "2", price: "30" };
export const OLIVE_OIL: ExportGoods = { gcode: "1509200000", name: "特级初榨橄榄油", qty: "1", price: "12.5" };

const guid = () => randomUUID().toUpperCase();

/**
 * Export documents over the demo world: each parcel's CEB303 order, CEB505 waybill, CEB603 list and CEB403
 * receipt agree with each other, so the list is released unless a test changes a field. The exporter is
 * an e-commerce enterprise of the demo world chosen by credit class (the green channel and the negative
 * list depend on it). The export date is today in China unless told otherwise: the platform accepts export
 * dates only near the day a list is filed. Numbers are unique per factory and millisecond.
 */
export function exportFactory(world: World) {
  let serial = 0;
  const byRole = (role: string, index = 0) => world.credit.enterprises.filter((e) => e.roles?.toString().includes(role))[index]!;
  const ofClass = (creditClass: string) => {
    const profile = world.credit.creditProfiles.find((candidate) => candidate.creditClass === creditClass && byRoleUscc("ECOMMERCE").includes(candidate.uscc));
    return world.credit.enterprises.find((e) => e.uscc === profile!.uscc)!;
  };
  const byRoleUscc = (role: string) => world.credit.enterprises.filter((e) => e.roles?.toString().includes(role)).map((e) => e.uscc);

  function parcel(
    options: {
      goods?: ExportGoods[];
      exporterClass?: string;
      currency?: string;
      statisticsFlag?: "A" | "B";
      country?: string;
      trafMode?: string;
      portCode?: string;
      ieDate?: string;
    } = {},
  ) {
    serial += 1;
    const goods = options.goods ?? [FORMULA];
    const currency = options.currency ?? "502";
    const platform = byRole("PLATFORM");
    const exporter = ofClass(options.exporterClass ?? "GENERAL");
    const carrier = byRole("LOGISTICS");
    const agent = byRole("AGENT");
    const payer = byRole("PAYMENT");
    const stamp = `${Date.now()}${serial}`;
    const orderNo = `EO${stamp}`;
    const logisticsNo = `EL${stamp}`;
    const total = (g: ExportGoods) => new Decimal(g.price).times(g.qty);
    const goodsValue = goods.reduce((sum, g) => sum.plus(total(g)), new Decimal(0));
    const freight = new Decimal("5");
    return {
      exporter,
      order: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T09:00:00+08:00",
        appStatus: "2",
        orderNo,
        ebpCode: platform.uscc,
        ebpName: platform.name,
        ebcCode: exporter.uscc,
        ebcName: exporter.name,
        goodsValue: goodsValue.toFixed(2),
        freight: freight.toFixed(2),
        currency,
        lines: goods.map((g, i) => ({
          gnum: i + 1,
          itemNo: `ESKU${i}`,
          itemName: g.name,
          unit: "011",
          currency,
          qty: g.qty,
          price: g.price,
          totalPrice: total(g).toFixed(2),
        })),
      },
      waybill: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T10:00:00+08:00",
        appStatus: "2",
        logisticsCode: carrier.uscc,
        logisticsName: carrier.name,
        logisticsNo,
        freight: freight.toFixed(2),
        insuredFee: "0",
        currency,
        grossWeight: "1.2",
        packNo: 1,
        goodsInfo: goods.map((g) => g.name).join(", "),
        ebcCode: exporter.uscc,
        ebcName: exporter.name,
      },
      inventory: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T11:00:00+08:00",
        appStatus: "2",
        customsCode: "6407",
        ebpCode: platform.uscc,
        ebpName: platform.name,
        orderNo,
        logisticsCode: carrier.uscc,
        logisticsName: carrier.name,
        logisticsNo,
        copNo: `EC${stamp}`.slice(0, 20),
        ieFlag: "E",
        portCode: options.portCode ?? "6407",
        ieDate: options.ieDate ?? chinaDay(now()),
        statisticsFlag: options.statisticsFlag ?? "B",
        agentCode: agent.uscc,
        agentName: agent.name,
        ebcCode: exporter.uscc,
        ebcName: exporter.name,
        ownerCode: exporter.uscc,
        ownerName: exporter.name,
        tradeMode: "9610",
        trafMode: options.trafMode ?? "5",
        country: options.country ?? "502",
        pod: "USLAX",
        freight: freight.toFixed(2),
        fCurrency: currency,
        fFlag: "3",
        insuredFee: "0",
        iCurrency: currency,
        iFlag: "3",
        packNo: 1,
        grossWeight: "1.2",
        netWeight: "1",
        lines: goods.map((g, i) => ({
          gnum: i + 1,
          gcode: g.gcode,
          gname: g.name,
          gmodel: "retail pack",
          country: options.country ?? "502",
          currency,
          qty: g.qty,
          qty1: g.qty,
          unit: "011",
          unit1: "035",
          price: g.price,
          totalPrice: total(g).toFixed(2),
        })),
      },
      /** The CEB403 receipt of the buyer's payment: goods and freight, in the order's currency, at `exchangeRate` CNY per unit. */
      receipt: (exchangeRate = "7.1") => ({
        guid: guid(),
        appType: "1",
        appTime: "2026-11-21T09:00:00+08:00",
        appStatus: "2",
        ebpCode: platform.uscc,
        ebpName: platform.name,
        ebcCode: exporter.uscc,
        ebcName: exporter.name,
        orderNo,
        payCode: payer.uscc,
        payName: payer.name,
        payNo: `EP${stamp}`,
        charge: goodsValue.plus(freight).toFixed(2),
        currency,
        accountingDate: "2026-11-21T08:30:00+08:00",
        ...(currency === "142" ? {} : { exchangeRate }),
      }),
    };
  }

  return { parcel, byRole, ofClass };
}

export type ExportParcel = ReturnType<ReturnType<typeof exportFactory>["parcel"]>;

const RECEIPT = "{ messageType version returnStatus returnInfo }";

/** Files export documents through the gateway, each as the enterprise that sends it. */
/** The parties of a CEB701 application: the declaring agent and consignor of its lists. */
export interface SummaryParties {
  agentCode: string;
  agentName: string;
  ebcCode: string;
  ebcName: string;
}

/**
 * A CEB701 summary application by a list's own agent for its consignor's lists of one whole month
 * (`YYYY-MM`); `overrides` set the fields a test is about (its lists, a time, a number).
 */
export function summaryApplication(parties: SummaryParties, month: string, overrides: Record<string, unknown> = {}) {
  const [year, monthNo] = month.split("-").map(Number) as [number, number];
  return {
    guid: guid(),
    appTime: new Date().toISOString(),
    customsCode: "6407",
    copNo: `S${Date.now()}`.slice(0, 20),
    agentCode: parties.agentCode,
    agentName: parties.agentName,
    ebcCode: parties.ebcCode,
    ebcName: parties.ebcName,
    declAgentCode: parties.agentCode,
    declAgentName: parties.agentName,
    startTime: `${month}-01`,
    endTime: chinaDay(new Date(Date.UTC(year, monthNo, 0))),
    summaryFlag: "1",
    ...overrides,
  };
}

/**
 * Runs `work` with the enterprise's negative-list entries in force lifted, then puts them back, as for an
 * exporter listed only after its lists were released (an export list of a listed enterprise is refused).
 */
export async function offTheNegativeList<T>(system: TestSystem, uscc: string, work: () => Promise<T>): Promise<T> {
  const { sql } = system.databases.credit;
  // Removed from its first day, the entry is in force on no day at all.
  const lifted = await sql.query<{ id: string }>(
    `UPDATE "NegativeListEntry" SET "removedOn" = "effectiveFrom" WHERE uscc = $1 AND "removedOn" IS NULL RETURNING id`,
    [uscc],
  );
  try {
    return await work();
  } finally {
    for (const { id } of lifted) await sql.query(`UPDATE "NegativeListEntry" SET "removedOn" = NULL WHERE id = $1`, [id]);
  }
}

export function exportFiler(system: () => TestSystem) {
  const as = (uscc: string): Promise<Credentials> =>
    system()
      .security.token({ sub: `clerk-${uscc}`, role: "enterprise", uscc })
      .then((token) => ({ token }));
  let movements = 0;
  const filer = {
    as,
    order: async (p: ExportParcel) =>
      system().query(`mutation($d: ExportOrderInput!) { submitExportOrder(order: $d) ${RECEIPT} }`, { d: p.order }, await as(p.order.ebpCode)),
    waybill: async (p: ExportParcel) =>
      system().query(`mutation($d: ExportWaybillInput!) { submitExportWaybill(waybill: $d) ${RECEIPT} }`, { d: p.waybill }, await as(p.waybill.logisticsCode)),
    inventory: async (p: ExportParcel) =>
      system().query(
        `mutation($d: ExportInventoryInput!) { declareExportInventory(inventory: $d) ${RECEIPT} }`,
        { d: p.inventory },
        await as(p.inventory.agentCode),
      ),
    receipt: async (p: ExportParcel, exchangeRate?: string) => {
      const receipt = p.receipt(exchangeRate);
      return system().query(`mutation($d: ExportReceiptInput!) { submitExportReceipt(receipt: $d) ${RECEIPT} }`, { d: receipt }, await as(receipt.payCode));
    },
    /** CEB507 arrival of the parcels (of one carrier) at the supervised site, now. */
    arrival: async (parcels: ExportParcel[], overrides: Record<string, unknown> = {}) => {
      const [first] = parcels;
      const arrival = {
        guid: guid(),
        appType: "1",
        appTime: new Date().toISOString(),
        appStatus: "2",
        customsCode: "6407",
        copNo: `A${Date.now()}${++movements}`.slice(0, 20),
        operatorCode: first!.inventory.agentCode,
        operatorName: "美兰机场监管场所",
        loctNo: "6407A",
        ieFlag: "E",
        trafMode: "5",
        logisticsCode: first!.waybill.logisticsCode,
        logisticsName: first!.waybill.logisticsName,
        items: parcels.map((p, index) => ({ gnum: index + 1, logisticsNo: p.waybill.logisticsNo })),
        ...overrides,
      };
      return system().query(
        `mutation($a: ExportArrivalInput!) { recordExportArrival(arrival: $a) ${RECEIPT} }`,
        { a: arrival },
        await as(arrival.logisticsCode),
      );
    },
    /** CEB509 departure of the parcels (of one carrier), now. */
    departure: async (parcels: ExportParcel[], overrides: Record<string, unknown> = {}) => {
      const [first] = parcels;
      const departure = {
        guid: guid(),
        appType: "1",
        appTime: new Date().toISOString(),
        appStatus: "2",
        customsCode: "6407",
        copNo: `D${Date.now()}${++movements}`.slice(0, 20),
        logisticsCode: first!.waybill.logisticsCode,
        logisticsName: first!.waybill.logisticsName,
        trafMode: "5",
        trafName: "HU7001",
        voyageNo: "20261122",
        billNo: "880-12345675",
        leaveTime: new Date().toISOString(),
        items: parcels.map((p, index) => ({ gnum: index + 1, logisticsNo: p.waybill.logisticsNo })),
        ...overrides,
      };
      return system().query(
        `mutation($d: ExportDepartureInput!) { recordExportDeparture(departure: $d) ${RECEIPT} }`,
        { d: departure },
        await as(departure.logisticsCode),
      );
    },
    /** Arrival then departure of released parcels; throws at the first error. */
    departed: async (parcels: ExportParcel[]) => {
      for (const step of ["arrival", "departure"] as const) {
        const answer = await filer[step](parcels);
        if (answer.errors) throw new Error(`${step}: ${JSON.stringify(answer.errors)}`);
      }
    },
    /** Order, waybill and list in turn, ending with a released export list; throws at the first error. */
    released: async (p: ExportParcel) => {
      for (const step of ["order", "waybill", "inventory"] as const) {
        const answer = await filer[step](p);
        if (answer.errors) throw new Error(`${step}: ${JSON.stringify(answer.errors)}`);
      }
    },
  };
  return filer;
}
