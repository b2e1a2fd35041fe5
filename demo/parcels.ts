import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { assessedTax, type World } from "./world";
import { tariffByCode } from "../lib/rules/tariff";
import { residentIdCheckChar } from "../lib/rules/resident-id";
import { now } from "../lib/clock";
import { chinaDay } from "../lib/rules/china-time";

export interface Goods {
  gcode: string;
  filingNo: string;
  name: string;
  qty: string;
  price: string;
}

const guid = () => randomUUID().toUpperCase();
const tariff = tariffByCode();

/**
 * Import documents over the demo world for one platform (the tests and the write benchmark file them): each parcel's order, payment, waybill and
 * inventory list agree with each other and with the world's filings, so the three-document match passes
 * unless a test changes a field. Numbers are unique per factory and millisecond. The platform is asked
 * for when a parcel is made, so a factory can exist before the system it files into.
 */
export function parcelFactory(world: World, platformOf: () => string) {
  let serial = 0;
  const enterprise = (role: string, index = 0) => world.credit.enterprises.filter((e) => e.roles?.toString().includes(role))[index]!;
  /** A fictional buyer with a valid resident ID, a different one each call. */
  function newBuyer(): string {
    serial += 1;
    const month = String(1 + (serial % 12)).padStart(2, "0");
    const day = String(1 + (Math.floor(serial / 12) % 28)).padStart(2, "0");
    const first17 = `4601061985${month}${day}${String(serial % 1000).padStart(3, "0")}`;
    return first17 + residentIdCheckChar(first17);
  }

  /** Goods as CIQ filed them in the demo world. */
  function filed(filingNo: string, price: string, qty = "1"): Goods {
    const filing = world.ciq.productFilings.find((candidate) => candidate.filingNo === filingNo);
    // A stale number in a test or benchmark should say so, not fail later on an undefined filing.
    if (!filing) throw new Error(`no product filing ${filingNo} in the demo world`);
    return { gcode: filing.hsCode, filingNo, name: filing.goodsName, qty, price };
  }
  const ownerOf = (goods: Goods) => world.ciq.productFilings.find((filing) => filing.filingNo === goods.filingNo)!.ownerUscc;

  /** Everything one parcel needs, consistent across order, payment, waybill and list unless told otherwise. */
  function parcel(options: { goods: Goods[]; freight?: string; buyer?: string; amountPaid?: string }) {
    serial += 1;
    // Customs takes a declaration date only near the day the list is filed: today in China, by the platform's clock.
    const declTime = chinaDay(now());
    const platform = platformOf();
    const seller = world.credit.enterprises.find((e) => e.uscc === ownerOf(options.goods[0]!))!;
    const payer = enterprise("PAYMENT");
    const carrier = enterprise("LOGISTICS");
    const agent = enterprise("AGENT");
    const buyer = options.buyer ?? newBuyer();
    const freight = new Decimal(options.freight ?? "20");
    const goodsValue = options.goods.reduce((sum, g) => sum.plus(new Decimal(g.price).times(g.qty)), new Decimal(0));
    const orderNo = `D${Date.now()}${serial}`;
    const logisticsNo = `L${Date.now()}${serial}`;
    const payTransactionId = `P${Date.now()}${serial}`;
    // The platform withholds the tax customs will assess on the list, under the rules of its declaration date
    // (the three-document match compares them).
    const goods = options.goods.map((g) => ({ totalPrice: new Decimal(g.price).times(g.qty), qty: new Decimal(g.qty), tariff: tariff.get(g.gcode)! }));
    const tax = goods.every((g) => g.tariff) ? assessedTax(goods, freight, new Date(declTime)) : null;
    const taxTotal = new Decimal(tax && tax.outcome !== "refused" ? tax.total : 0);
    const acturalPaid = goodsValue.plus(freight).plus(taxTotal).toFixed(2);
    const person = { name: "李四", telephone: "13900139000", address: "上海市浦东新区世纪大道100号" };
    return {
      order: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T10:00:00+08:00",
        appStatus: "2",
        orderNo,
        ebpCode: platform,
        ebpName: "测试平台",
        ebcCode: seller.uscc,
        ebcName: seller.name,
        goodsValue: goodsValue.toFixed(2),
        freight: freight.toFixed(2),
        discount: "0",
        taxTotal: taxTotal.toFixed(2),
        acturalPaid,
        currency: "142",
        buyerRegNo: "buyer",
        buyerName: person.name,
        buyerTelephone: person.telephone,
        buyerIdType: "1",
        buyerIdNumber: buyer,
        payCode: payer.uscc,
        payName: payer.name,
        payTransactionId,
        consignee: person.name,
        consigneeTelephone: person.telephone,
        consigneeAddress: person.address,
        consigneeDistrict: "310115",
        lines: options.goods.map((g, i) => ({
          gnum: i + 1,
          itemNo: `SKU${i}`,
          itemName: g.name,
          unit: "011",
          qty: g.qty,
          price: g.price,
          totalPrice: new Decimal(g.price).times(g.qty).toFixed(2),
          currency: "142",
          country: "116",
        })),
      },
      payment: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T10:02:00+08:00",
        appStatus: "2",
        payCode: payer.uscc,
        payName: payer.name,
        payTransactionId,
        orderNo,
        ebpCode: platform,
        ebpName: "测试平台",
        payerIdType: "1",
        payerIdNumber: buyer,
        payerName: person.name,
        telephone: person.telephone,
        amountPaid: options.amountPaid ?? acturalPaid,
        currency: "142",
        payTime: "2026-11-20T10:01:00+08:00",
      },
      waybill: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T12:00:00+08:00",
        appStatus: "2",
        logisticsCode: carrier.uscc,
        logisticsName: carrier.name,
        logisticsNo,
        orderNo,
        freight: freight.toFixed(2),
        insuredFee: "0",
        currency: "142",
        weight: "0.8",
        packNo: 1,
        consignee: person.name,
        consigneeAddress: person.address,
        consigneeTelephone: person.telephone,
      },
      inventory: {
        guid: guid(),
        appType: "1",
        appTime: "2026-11-20T13:00:00+08:00",
        appStatus: "2",
        orderNo,
        ebpCode: platform,
        ebpName: "测试平台",
        ebcCode: seller.uscc,
        ebcName: seller.name,
        logisticsNo,
        logisticsCode: carrier.uscc,
        logisticsName: carrier.name,
        copNo: `C${Date.now()}${serial}`,
        assureCode: platform,
        emsNo: "T6409W000001",
        declTime,
        customsCode: "6409",
        portCode: "6409",
        buyerIdType: "1",
        buyerIdNumber: buyer,
        buyerName: person.name,
        buyerTelephone: person.telephone,
        consigneeAddress: person.address,
        agentCode: agent.uscc,
        agentName: agent.name,
        areaCode: enterprise("WAREHOUSE").uscc,
        areaName: "保税仓",
        tradeMode: "1210",
        trafMode: "Y",
        country: "142",
        freight: freight.toFixed(2),
        insuredFee: "0",
        currency: "142",
        packNo: 1,
        grossWeight: "0.8",
        netWeight: "0.6",
        lines: options.goods.map((g, i) => ({
          gnum: i + 1,
          gcode: g.gcode,
          filingNo: g.filingNo,
          gname: g.name,
          gmodel: "50ml",
          barCode: "无",
          country: "116",
          currency: "142",
          qty: g.qty,
          qty1: g.qty,
          unit: "011",
          unit1: "011",
          price: g.price,
          totalPrice: new Decimal(g.price).times(g.qty).toFixed(2),
        })),
      },
    };
  }

  return { parcel, filed, newBuyer, ownerOf, enterprise, next: () => ++serial };
}

export type Parcel = ReturnType<ReturnType<typeof parcelFactory>["parcel"]>;

/** Who sends each of a parcel's documents: the platform its order, the payment company its payment, the carrier its waybill, the declaring agent its list. */
export function sendersOf(parcel: Parcel): Record<"order" | "payment" | "waybill" | "inventory", string> {
  return { order: parcel.order.ebpCode, payment: parcel.payment.payCode, waybill: parcel.waybill.logisticsCode, inventory: parcel.inventory.agentCode };
}
