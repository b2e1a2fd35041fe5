/**
 * The demo zone: enterprises, filings, credit, import orders with their payments, waybills, lists and
 * inspections, and export parcels with their orders, waybills, lists, summaries and receipts of payment
 * (see addExports), generated from a seed alone so that the same seed always gives the same data. Each
 * department's seed writer stores its own slice.
 *
 * Mismatches are placed on purpose, by order index, so that tests and demos can find them:
 *   index % 20 === 3   payment amount differs from the order's acturalPaid by 10.00
 *   index % 20 === 8   payer is another person than the buyer
 *   index % 20 === 13  the waybill named on the list was never filed
 *   index % 20 === 17  order and documents filed, list not yet declared
 * Every list is judged by the rules live lists are (judgeList): the first two are rejected (returnStatus 100)
 * with their findings in returnInfo and decision, the third waits for its waybill (2); a list naming an
 * enterprise on the negative list on its declaration day is rejected as customs rejects it.
 */
import Decimal from "decimal.js";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";
import type { Prisma as CiqModel } from "../prisma/ciq/generated/client";
import type { Prisma as CreditModel } from "../prisma/credit/generated/client";
import type { Prisma as CustomsModel } from "../prisma/customs/generated/client";
import type { Prisma as FinanceModel } from "../prisma/finance/generated/client";
import type { Prisma as LogisticsModel } from "../prisma/logistics/generated/client";
import { residentIdCheckChar } from "../lib/rules/resident-id";
import { orgCodeCheckChar, USCC_CHARSET, usccCheckChar } from "../lib/rules/uscc";
import { readTariff, tariffByCode, type TariffRow } from "../lib/rules/tariff";
import { dutiableValues, importTax, type TaxResult } from "../subgraphs/customs/rules/import-tax";
import { judgeList, matchDocuments, type MatchDocument, type MatchOrder, type MatchPayment } from "../subgraphs/customs/rules/three-document-match";
import { listedFinding } from "../subgraphs/customs/rules/admission-gates";
import { entryInForce } from "../subgraphs/credit/rules/in-force";
import { CANCELLED, releaseInfo } from "../subgraphs/customs/rules/export";
import { listKey, summarise, summaryDueDate } from "../subgraphs/customs/rules/export-summary";
import { billPeriod } from "../subgraphs/customs/rules/tax-bill";
import { chinaDay, chinaYear } from "../lib/rules/china-time";
import { CNY, referenceRate, toCny } from "../subgraphs/finance/rules/fx";

export const DEFAULT_SEED = 20160408;
export const ORDERS_PER_SCALE = 200;
export const MISMATCH = { wrongAmount: 3, wrongPayer: 8, missingWaybill: 13, undeclared: 17, period: 20 } as const;

type Role = "PLATFORM" | "ECOMMERCE" | "LOGISTICS" | "PAYMENT" | "AGENT" | "WAREHOUSE";
type CreditClass = "ADVANCED_CERTIFIED" | "GENERAL_CERTIFIED" | "GENERAL" | "DISHONEST";

const ENTERPRISES: Array<{ name: string; role: Role; district: string; creditClass: CreditClass }> = [
  { name: "海南环球优选电子商务有限公司", role: "PLATFORM", district: "460106", creditClass: "ADVANCED_CERTIFIED" },
  { name: "海口自贸港跨境购科技有限公司", role: "PLATFORM", district: "460108", creditClass: "GENERAL_CERTIFIED" },
  { name: "椰城易购网络科技有限公司", role: "PLATFORM", district: "460105", creditClass: "GENERAL" },
  { name: "南海云仓电子商务有限公司", role: "PLATFORM", district: "460107", creditClass: "GENERAL_CERTIFIED" },
  { name: "海南澳洲健康优品贸易有限公司", role: "ECOMMERCE", district: "460106", creditClass: "GENERAL" },
  { name: "海南日韩美妆跨境贸易有限公司", role: "ECOMMERCE", district: "460108", creditClass: "GENERAL_CERTIFIED" },
  { name: "海南新西兰乳业进出口有限公司", role: "ECOMMERCE", district: "460106", creditClass: "ADVANCED_CERTIFIED" },
  { name: "海南欧洲母婴用品贸易有限公司", role: "ECOMMERCE", district: "460105", creditClass: "GENERAL" },
  { name: "海南美国营养品跨境贸易有限公司", role: "ECOMMERCE", district: "460107", creditClass: "DISHONEST" },
  { name: "海南德国厨具进出口有限公司", role: "ECOMMERCE", district: "460106", creditClass: "GENERAL" },
  { name: "海南法国酒业贸易有限公司", role: "ECOMMERCE", district: "460200", creditClass: "DISHONEST" },
  { name: "海南英伦个护用品有限公司", role: "ECOMMERCE", district: "460108", creditClass: "GENERAL" },
  { name: "海南顺达国际物流有限公司", role: "LOGISTICS", district: "460106", creditClass: "ADVANCED_CERTIFIED" },
  { name: "海口跨境供应链管理有限公司", role: "LOGISTICS", district: "460108", creditClass: "GENERAL" },
  { name: "洋浦港联物流有限公司", role: "LOGISTICS", district: "460400", creditClass: "GENERAL_CERTIFIED" },
  { name: "海南通联支付服务有限公司", role: "PAYMENT", district: "460106", creditClass: "ADVANCED_CERTIFIED" },
  { name: "椰链跨境支付有限公司", role: "PAYMENT", district: "460105", creditClass: "GENERAL_CERTIFIED" },
  { name: "南海银商支付有限公司", role: "PAYMENT", district: "460107", creditClass: "GENERAL" },
  { name: "海口关通报关有限公司", role: "AGENT", district: "460106", creditClass: "GENERAL_CERTIFIED" },
  { name: "洋浦捷达报关行有限公司", role: "AGENT", district: "460400", creditClass: "GENERAL" },
  { name: "美兰空港报关服务有限公司", role: "AGENT", district: "460108", creditClass: "ADVANCED_CERTIFIED" },
  { name: "海口综保区保税仓储有限公司", role: "WAREHOUSE", district: "460106", creditClass: "GENERAL" },
];

const BUYER_REGIONS = [
  { code: "110105", address: "北京市朝阳区建国路", city: "北京" },
  { code: "310115", address: "上海市浦东新区世纪大道", city: "上海" },
  { code: "440305", address: "广东省深圳市南山区科技园路", city: "深圳" },
  { code: "460106", address: "海南省海口市龙华区滨海大道", city: "海口" },
  { code: "330106", address: "浙江省杭州市西湖区文三路", city: "杭州" },
  { code: "510107", address: "四川省成都市武侯区人民南路", city: "成都" },
  { code: "420106", address: "湖北省武汉市武昌区中南路", city: "武汉" },
  { code: "320102", address: "江苏省南京市玄武区中山路", city: "南京" },
];
const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"];
const ORIGINS = [
  { country: "601", barcodePrefix: "93", city: "Sydney" },
  { country: "116", barcodePrefix: "49", city: "Osaka" },
  { country: "133", barcodePrefix: "880", city: "Seoul" },
  { country: "609", barcodePrefix: "94", city: "Auckland" },
  { country: "304", barcodePrefix: "40", city: "Hamburg" },
  { country: "305", barcodePrefix: "30", city: "Lyon" },
  { country: "502", barcodePrefix: "07", city: "Portland" },
  { country: "303", barcodePrefix: "50", city: "Leeds" },
];
const SINGLE_ORDER_CAP = 4500;
const RECEIPT_TEXT: Record<number, string> = { 120: "海关入库", 500: "查验", 700: "退运", 800: "放行" };
const PACK_UNITS = ["122", "142", "140", "125", "011"];

// Orders are spread over these 22 months; fixed, so that the data does not depend on when it is seeded.
const PERIOD_START = Date.UTC(2025, 0, 1);
const PERIOD_END = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

export interface World {
  credit: {
    enterprises: CreditModel.EnterpriseCreateManyInput[];
    creditProfiles: CreditModel.CreditProfileCreateManyInput[];
    creditEvents: CreditModel.CreditEventCreateManyInput[];
    negativeList: CreditModel.NegativeListEntryCreateManyInput[];
  };
  ciq: {
    enterpriseFilings: CiqModel.EnterpriseFilingCreateManyInput[];
    productFilings: CiqModel.ProductFilingCreateManyInput[];
    inspections: CiqModel.InspectionCreateManyInput[];
  };
  customs: {
    /** The content hash and the goods value are the customs seed writer's to compute, by the rules submissions go through. */
    orders: Array<Omit<CustomsModel.OrderCreateManyInput, "contentHash">>;
    orderLines: CustomsModel.OrderLineCreateManyInput[];
    declarations: Array<Omit<CustomsModel.InventoryDeclarationCreateManyInput, "contentHash" | "goodsValue">>;
    inventoryLines: CustomsModel.InventoryLineCreateManyInput[];
    exportOrders: Array<Omit<CustomsModel.ExportOrderCreateManyInput, "contentHash">>;
    exportOrderLines: CustomsModel.ExportOrderLineCreateManyInput[];
    exportDeclarations: Array<Omit<CustomsModel.ExportDeclarationCreateManyInput, "contentHash">>;
    exportInventoryLines: CustomsModel.ExportInventoryLineCreateManyInput[];
    /** The content hash is the customs seed writer's to compute, as the summary resolver does. */
    summaries: Array<Omit<CustomsModel.SummaryDeclarationCreateManyInput, "contentHash">>;
    summaryResults: CustomsModel.SummaryResultCreateManyInput[];
    summaryItems: CustomsModel.SummaryItemCreateManyInput[];
  };
  logistics: {
    waybills: Array<Omit<LogisticsModel.WaybillCreateManyInput, "contentHash">>;
    trackingEvents: LogisticsModel.TrackingEventCreateManyInput[];
    exportWaybills: Array<Omit<LogisticsModel.ExportWaybillCreateManyInput, "contentHash">>;
    exportArrivals: Array<Omit<LogisticsModel.ExportArrivalCreateManyInput, "contentHash">>;
    exportArrivalItems: LogisticsModel.ExportArrivalItemCreateManyInput[];
    exportDepartures: Array<Omit<LogisticsModel.ExportDepartureCreateManyInput, "contentHash">>;
    exportDepartureItems: LogisticsModel.ExportDepartureItemCreateManyInput[];
  };
  finance: {
    payments: Array<Omit<FinanceModel.PaymentCreateManyInput, "contentHash">>;
    exportReceipts: Array<Omit<FinanceModel.ExportReceiptCreateManyInput, "contentHash">>;
  };
}

class Random {
  private readonly rng: RandomGenerator;
  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  digits(count: number): string {
    return Array.from({ length: count }, () => String(this.int(0, 9))).join("");
  }
  chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }
}

type TrackingStatus = LogisticsModel.TrackingEventCreateManyInput["status"];

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/**
 * The order the seed records a kind of record in, and so the order CIQ numbers filings in: by the instant each
 * happened (ties in the world's order), so every department's events run in time order, as live ones do.
 */
export function inTimeOrder<T>(items: readonly T[], at: (item: T) => Date | string): T[] {
  return [...items].sort((a, b) => new Date(at(a)).getTime() - new Date(at(b)).getTime());
}

/** A document number's date part: the day in China, as the live path writes it. */
const ymd = (date: Date) => chinaDay(date).replaceAll("-", "");
const money = (value: Decimal.Value) => new Decimal(value).toDecimalPlaces(2).toFixed(2);

function guid(random: Random): string {
  const hex = () => random.int(0, 15).toString(16).toUpperCase();
  return [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, hex).join("")).join("-");
}

function makeUscc(random: Random, district: string): string {
  const chars = USCC_CHARSET.slice(0, 10) + "ABCDEFGHJKLMNPQRTUWXY";
  const body = "MA" + Array.from({ length: 6 }, () => chars[random.int(0, chars.length - 1)]).join("");
  const first17 = `91${district}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

function ean13(prefix: string, random: Random): string {
  const first12 = prefix + random.digits(12 - prefix.length);
  const sum = [...first12].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return first12 + ((10 - (sum % 10)) % 10);
}

/**
 * The tax customs assesses on goods bought by a buyer with no purchases yet this year (import-tax.ts), which
 * is the tax a platform withholds on the order.
 */
export function assessedTax(lines: Array<{ totalPrice: Decimal; qty: Decimal; tariff: TariffRow }>, freight: Decimal, date: Date): TaxResult {
  // An order carries no insurance (CEB311 has no insuredFee); the list declared for it says 0.00.
  const dutiable = dutiableValues(
    lines.map((line) => line.totalPrice),
    { freight, insuredFee: 0 },
  );
  return importTax({
    declarationDate: date,
    buyerAnnualTotal: "0",
    lines: lines.map((line, index) => ({
      dutiableValue: dutiable[index]!,
      vatClass: line.tariff.vatClass,
      consumptionTaxRate: line.tariff.consumptionTaxRate,
      tariffRate: line.tariff.mfnRate,
      quantity: line.qty,
    })),
  });
}

/** The tax the platform withholds on a demo order, on the order's date; demo orders stay within the limits. */
function withheldTax(lines: Array<{ totalPrice: Decimal; qty: Decimal; tariff: TariffRow }>, freight: Decimal, date: Date): Decimal {
  const tax = assessedTax(lines, freight, date);
  if (tax.outcome === "refused") throw new Error(`a demo order would be refused: ${tax.reason}`);
  return new Decimal(tax.total);
}

export function buildWorld(options: { seed?: number; scale?: number } = {}): World {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error("scale must be a whole number from 1");
  const tariff = readTariff();

  const enterprises = ENTERPRISES.map((e, i) => ({
    ...e,
    uscc: makeUscc(random, e.district),
    customsCode: `4601${random.pick(["6", "9"])}${random.int(1, 9)}${pad(i + 1, 2)}${random.pick([..."ABCDEFGHJK"])}${random.int(0, 9)}`,
  }));
  const byRole = (role: Role) => enterprises.filter((e) => e.role === role);
  const platforms = byRole("PLATFORM");
  const sellers = byRole("ECOMMERCE");
  const carriers = byRole("LOGISTICS");
  const payers = byRole("PAYMENT");
  const agents = byRole("AGENT");
  const warehouse = byRole("WAREHOUSE")[0]!;

  const world: World = {
    credit: { enterprises: [], creditProfiles: [], creditEvents: [], negativeList: [] },
    ciq: { enterpriseFilings: [], productFilings: [], inspections: [] },
    customs: {
      orders: [],
      orderLines: [],
      declarations: [],
      inventoryLines: [],
      exportOrders: [],
      exportOrderLines: [],
      exportDeclarations: [],
      exportInventoryLines: [],
      summaries: [],
      summaryResults: [],
      summaryItems: [],
    },
    logistics: {
      waybills: [],
      trackingEvents: [],
      exportWaybills: [],
      exportArrivals: [],
      exportArrivalItems: [],
      exportDepartures: [],
      exportDepartureItems: [],
    },
    finance: { payments: [], exportReceipts: [] },
  };

  const scoreRange: Record<CreditClass, [number, number]> = {
    ADVANCED_CERTIFIED: [90, 100],
    GENERAL_CERTIFIED: [80, 89],
    GENERAL: [60, 79],
    DISHONEST: [20, 59],
  };
  for (const e of enterprises) {
    // The zone's first cohort: registered with customs before the zone opened in 2016 and filed with CIQ in its
    // first months, so a list of the zone plan's own period (2016–2018) finds every party registered and filed.
    const registeredOn = new Date(Date.UTC(random.int(2008, 2015), random.int(0, 11), random.int(1, 28)));
    world.credit.enterprises.push({ uscc: e.uscc, customsCode: e.customsCode, name: e.name, roles: [e.role], districtCode: e.district, registeredOn });
    const evaluatedAt = new Date(Date.UTC(2026, random.int(0, 8), random.int(1, 28), 2));
    world.credit.creditProfiles.push({
      uscc: e.uscc,
      creditClass: e.creditClass,
      score: random.int(...scoreRange[e.creditClass]),
      evaluatedAt,
      // From the day of the evaluation in China, as credit's live evaluation sets it.
      validFrom: new Date(chinaDay(evaluatedAt)),
    });
    if (e.role !== "AGENT") {
      const filedAt = new Date(Date.UTC(2016, random.int(0, 4), random.int(1, 28), 1));
      world.ciq.enterpriseFilings.push({
        filingNo: "", // numbered below, once every filing's date is drawn
        uscc: e.uscc,
        role: e.role,
        ciqOrgCode: "460000",
        status: "FILED",
        filedAt,
        effectiveFrom: new Date(chinaDay(filedAt)),
      });
    }
  }
  // The numbers CIQ's approval gives, from its sequence's start, in the order the seed approves them: by date.
  inTimeOrder(world.ciq.enterpriseFilings, (filing) => filing.filedAt!).forEach((filing, n) => (filing.filingNo = `QY46${pad(100000 + n, 10)}`));

  let eventNo = 0;
  const creditEvent = (
    uscc: string,
    kind: CreditModel.CreditEventCreateManyInput["kind"],
    occurredAt: Date,
    description: string,
    scoreDelta: number,
    sourceDepartment: string,
  ) => world.credit.creditEvents.push({ id: `CE${pad(++eventNo, 8)}`, uscc, kind, occurredAt, description, scoreDelta, sourceDepartment });
  for (const e of enterprises) {
    if (e.creditClass === "ADVANCED_CERTIFIED" || e.creditClass === "GENERAL_CERTIFIED") {
      creditEvent(e.uscc, "CERTIFICATION", new Date(Date.UTC(2024, random.int(0, 11), random.int(1, 28))), "认证企业资格通过海关认证", 10, "customs");
    }
    if (e.creditClass === "DISHONEST") {
      creditEvent(e.uscc, "PENALTY", new Date(Date.UTC(2025, random.int(0, 5), random.int(1, 28))), "申报不实被处以罚款人民币12万元", -25, "customs");
      creditEvent(
        e.uscc,
        "VIOLATION",
        new Date(Date.UTC(2025, random.int(6, 11), random.int(1, 28))),
        "上年度违规次数超过报关单总票数千分之一",
        -15,
        "customs",
      );
      const listedAt = new Date(Date.UTC(2026, random.int(0, 2), random.int(1, 28)));
      world.credit.negativeList.push({
        id: `NL${pad(world.credit.negativeList.length + 1, 6)}`,
        uscc: e.uscc,
        reason: "海关认定失信企业：两次以上被处10万元以上罚款",
        legalBasis: "《海关注册登记和备案企业信用管理办法》第十条",
        authority: "海口海关",
        evidenceRef: `琼关缉违字〔${chinaDay(listedAt).slice(0, 4)}〕${pad(world.credit.negativeList.length + 1, 3)}号`,
        listedAt,
        removedAt: null,
        effectiveFrom: new Date(chinaDay(listedAt)),
      });
    }
    if (e.creditClass === "GENERAL" && random.chance(30)) {
      creditEvent(e.uscc, "COMMENDATION", new Date(Date.UTC(2025, random.int(0, 11), random.int(1, 28))), "主动披露并及时纠正申报差错", 3, "customs");
    }
  }
  // One enterprise that served its time: listed, then removed after rectification.
  const reformed = carriers[1]!;
  world.credit.negativeList.push({
    id: `NL${pad(world.credit.negativeList.length + 1, 6)}`,
    uscc: reformed.uscc,
    reason: "拖欠税款",
    legalBasis: "《海关注册登记和备案企业信用管理办法》第十条",
    authority: "海口海关",
    evidenceRef: "琼关税字〔2024〕017号",
    listedAt: new Date(Date.UTC(2024, 3, 10)),
    removedAt: new Date(Date.UTC(2025, 3, 10)),
    effectiveFrom: new Date("2024-04-10"),
    removedOn: new Date("2025-04-10"),
    removalReason: "欠税已缴清，信用修复",
  });

  const usable = tariff.filter((row) => row.hs10 !== "");
  // Filed when CIQ approved it, in force from that China day (as the seed's approval sets it).
  const approvedAt = (filedAt: Date) => ({ filedAt, effectiveFrom: new Date(chinaDay(filedAt)) });
  const products = sellers.flatMap((seller, s) =>
    Array.from({ length: 6 }, (_, p) => {
      const row = usable[(s * 7 + p * 3) % usable.length]!;
      const origin = ORIGINS[(s + p) % ORIGINS.length]!;
      const filing = {
        filingNo: "", // numbered below, once every filing's date is drawn
        cusGoodsNo: `CUS6409${pad(s * 100 + p + 1, 8)}`,
        ownerUscc: seller.uscc,
        hsCode: row.hs10,
        barCode: ean13(origin.barcodePrefix, random),
        goodsName: row.nameZh.slice(0, 60),
        goodsStyle: `${random.pick(["200", "400", "800", "900"])}${row.unit1 === "095" ? "ml" : "g"}/${random.pick(["罐", "瓶", "盒", "袋"])}`,
        brand: `${origin.city} ${random.pick(["Natural", "Premium", "Pure", "Gold", "Classic"])}`,
        originCountry: origin.country,
        manufacturer: `${origin.city} ${random.pick(["Foods", "Health", "Cosmetics", "Home", "Nutrition"])} Co., Ltd.`,
        unit: random.pick(PACK_UNITS),
        regPrice: money(random.int(3000, 120000) / 100),
        businessType: p % 3 === 0 ? ("DIRECT_PURCHASE" as const) : ("BONDED_ZONE" as const),
        riskLevel: row.hs10.startsWith("19") || row.hs10.startsWith("04") ? ("HIGH" as const) : random.pick(["LOW", "MEDIUM"] as const),
        status: "FILED" as const,
        ...approvedAt(new Date(Date.UTC(2024, random.int(0, 11), random.int(1, 28), 3))),
      };
      world.ciq.productFilings.push(filing);
      // The seller's own item number, fixed by its place in the seller's range whatever number CIQ gives the filing.
      return { filing, tariff: row, seller, itemNo: `SKU${100000 + s * 6 + p}` };
    }),
  );
  inTimeOrder(world.ciq.productFilings, (filing) => filing.filedAt!).forEach((filing, n) => (filing.filingNo = `CIQ46${pad(100000 + n, 12)}`));

  const buyers = Array.from({ length: 60 * scale }, () => {
    const region = random.pick(BUYER_REGIONS);
    const birth = new Date(Date.UTC(random.int(1965, 2004), random.int(0, 11), random.int(1, 28)));
    const first17 = `${region.code}${ymd(birth)}${random.digits(3)}`;
    const name = random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(60) ? random.pick(GIVEN) : "");
    return {
      name,
      idNumber: first17 + residentIdCheckChar(first17),
      telephone: `1${random.pick(["3", "5", "8", "9"])}${random.digits(9)}`,
      address: `${region.address}${random.int(1, 999)}号${random.int(1, 30)}栋${random.int(101, 2808)}室`,
      district: region.code,
      city: region.city,
      regNo: `u${random.digits(9)}`,
    };
  });

  const orderCount = ORDERS_PER_SCALE * scale;
  const span = PERIOD_END - PERIOD_START;
  let inspectionNo = 0;
  let eventId = 0;
  for (let i = 0; i < orderCount; i++) {
    const slot = i % MISMATCH.period;
    const appTime = new Date(PERIOD_START + Math.floor((span * i) / orderCount) + random.int(0, 6 * 3600) * 1000);
    const platform = platforms[i % platforms.length]!;
    const seller = sellers[random.int(0, sellers.length - 1)]!;
    const own = products.filter((product) => product.seller === seller);
    const buyer = random.pick(buyers);
    const payer = payers[i % payers.length]!;
    const carrier = carriers[i % carriers.length]!;
    const agent = agents[i % agents.length]!;
    const orderNo = `HN${ymd(appTime)}${pad(i + 1, 7)}`;

    const picked = Array.from({ length: random.int(1, 3) }, (_, g) => own[(g + random.int(0, own.length - 1)) % own.length]!);
    const lines = picked.map((product, g) => {
      const qty = new Decimal(random.int(1, 3));
      const price = new Decimal(product.filing.regPrice);
      return { gnum: g + 1, product, qty, price, totalPrice: price.times(qty), tariff: product.tariff };
    });
    // Retail imports stay within the single-transaction limit (RMB 5,000 since 2019-01-01).
    const total = () => lines.reduce((sum, line) => sum.plus(line.totalPrice), new Decimal(0));
    while (lines.length > 1 && total().greaterThan(SINGLE_ORDER_CAP)) lines.pop();
    if (total().greaterThan(SINGLE_ORDER_CAP)) Object.assign(lines[0]!, { qty: new Decimal(1), totalPrice: lines[0]!.price });
    const goodsValue = lines.reduce((total, line) => total.plus(line.totalPrice), new Decimal(0));
    const freight = new Decimal(random.pick([0, 10, 15, 20]));
    const discount = new Decimal(random.chance(25) ? random.pick([5, 10, 20]) : 0);
    const taxTotal = withheldTax(lines, freight, appTime);
    const acturalPaid = goodsValue.plus(freight).plus(taxTotal).minus(discount);
    const bonded = lines.every((line) => line.product.filing.businessType === "BONDED_ZONE");

    world.customs.orders.push({
      ebpCode: platform.uscc,
      orderNo,
      guid: guid(random),
      appType: "1",
      appTime,
      appStatus: "2",
      orderType: "I",
      ebpName: platform.name,
      ebcCode: seller.uscc,
      ebcName: seller.name,
      goodsValue: money(goodsValue),
      freight: money(freight),
      discount: money(discount),
      taxTotal: money(taxTotal),
      acturalPaid: money(acturalPaid),
      currency: "142",
      buyerRegNo: buyer.regNo,
      buyerName: buyer.name,
      buyerTelephone: buyer.telephone,
      buyerIdType: "1",
      buyerIdNumber: buyer.idNumber,
      payCode: payer.uscc,
      payName: payer.name,
      payTransactionId: `P${ymd(appTime)}${pad(i + 1, 10)}`,
      batchNumbers: `B${random.digits(8)}`,
      consignee: buyer.name,
      consigneeTelephone: buyer.telephone,
      consigneeAddress: buyer.address,
      consigneeDistrict: buyer.district,
      note: null,
      returnStatus: 120,
    });
    for (const line of lines) {
      world.customs.orderLines.push({
        ebpCode: platform.uscc,
        orderNo,
        gnum: line.gnum,
        itemNo: line.product.itemNo,
        itemName: line.product.filing.goodsName,
        gmodel: line.product.filing.goodsStyle,
        itemDescribe: null,
        barCode: line.product.filing.barCode,
        unit: line.product.filing.unit,
        qty: line.qty.toFixed(),
        price: money(line.price),
        totalPrice: money(line.totalPrice),
        currency: "142",
        country: line.product.filing.originCountry,
        note: null,
      });
    }

    const otherPerson = buyers[(buyers.indexOf(buyer) + 1) % buyers.length]!;
    const payerPerson = slot === MISMATCH.wrongPayer ? otherPerson : buyer;
    const payTime = new Date(appTime.getTime() + random.int(30, 900) * 1000);
    world.finance.payments.push({
      payCode: payer.uscc,
      payTransactionId: `P${ymd(appTime)}${pad(i + 1, 10)}`,
      guid: guid(random),
      appType: "1",
      appTime: new Date(payTime.getTime() + 60_000),
      appStatus: "2",
      payName: payer.name,
      orderNo,
      ebpCode: platform.uscc,
      ebpName: platform.name,
      payerIdType: "1",
      payerIdNumber: payerPerson.idNumber,
      payerName: payerPerson.name,
      telephone: payerPerson.telephone,
      amountPaid: money(slot === MISMATCH.wrongAmount ? acturalPaid.plus(10) : acturalPaid),
      currency: "142",
      payTime,
      note: null,
      returnStatus: 120,
    });

    const logisticsNo = `${carrier.customsCode.slice(-4)}${ymd(appTime)}${pad(i + 1, 8)}`;
    const weight = lines.reduce((total, line) => total.plus(line.qty.times("0.45")), new Decimal("0.2"));
    const waybillTime = new Date(appTime.getTime() + random.int(1, 12) * 3600_000);
    if (slot === MISMATCH.undeclared) {
      world.logistics.waybills.push(waybill("DECLARED"));
      track("DECLARED", null, waybillTime, "海口", "物流企业已申报运单");
      continue;
    }

    // Declared the day after the waybill, in China.
    const declTime = new Date(Date.parse(chinaDay(waybillTime)) + DAY);
    const recent = PERIOD_END - appTime.getTime() < 15 * DAY;
    const customsCode = bonded ? "6409" : "6407";
    const copNo = `${agent.customsCode.slice(-4)}${ymd(declTime)}${pad(i + 1, 6)}`;
    const listLines = lines.map((line) => ({
      agentCode: agent.uscc,
      copNo,
      gnum: line.gnum,
      itemRecordNo: bonded ? line.product.filing.cusGoodsNo : null,
      itemNo: line.product.itemNo,
      itemName: line.product.filing.goodsName,
      gcode: line.product.filing.hsCode,
      gname: line.product.filing.goodsName,
      gmodel: line.product.filing.goodsStyle,
      barCode: line.product.filing.barCode,
      country: line.product.filing.originCountry,
      tradeCountry: line.product.filing.originCountry,
      currency: "142",
      qty: line.qty.toFixed(),
      qty1: line.tariff.unit1 === "035" ? line.qty.times("0.4").toFixed() : line.qty.toFixed(),
      qty2: null,
      unit: line.product.filing.unit,
      unit1: line.tariff.unit1,
      unit2: null,
      price: money(line.price),
      totalPrice: money(line.totalPrice),
      note: null,
      filingNo: line.product.filing.filingNo,
    }));
    // The list is judged as a live one is (three-document-match.ts), on the documents the world holds: the
    // planted mismatches are rejected with their findings, a list without its waybill waits for it.
    const order = world.customs.orders.at(-1)!;
    const payment = world.finance.payments.at(-1)!;
    const matchWaybill =
      slot === MISMATCH.missingWaybill
        ? null
        : {
            logisticsCode: carrier.uscc,
            logisticsNo,
            orderNo,
            freight: money(freight),
            insuredFee: "0.00",
            consignee: buyer.name,
            consigneeTelephone: buyer.telephone,
            consigneeAddress: buyer.address,
          };
    const matchList = {
      orderNo,
      ebpCode: platform.uscc,
      ebcCode: seller.uscc,
      logisticsCode: carrier.uscc,
      logisticsNo,
      buyerIdNumber: buyer.idNumber,
      buyerName: buyer.name,
      freight: money(freight),
      insuredFee: "0.00",
      currency: "142",
      declTime,
      lines: listLines,
    };
    const matchOrder = {
      ...(order as typeof order & { goodsValue: string; freight: string; taxTotal: string; acturalPaid: string }),
      lines: world.customs.orderLines.filter((line) => line.orderNo === orderNo) as unknown as MatchOrder["lines"],
    };
    // The demo's parties are registered and filed; the negative list in force on the declaration day is
    // judged as customs judges it, so that no listed enterprise has a list released after its listing day.
    const declaredOn = new Date(chinaDay(declTime));
    const listed = (uscc: string) =>
      world.credit.negativeList.some(
        (entry) =>
          entry.uscc === uscc &&
          entryInForce({ effectiveFrom: new Date(entry.effectiveFrom!), removedOn: entry.removedOn ? new Date(entry.removedOn) : null }, declaredOn),
      );
    const parties: Array<[MatchDocument, string, string]> = [
      ["inventory", "ebpCode", platform.uscc],
      ["inventory", "ebcCode", seller.uscc],
      ["inventory", "logisticsCode", carrier.uscc],
      ["order", "payCode", payment.payCode],
      ["inventory", "agentCode", agent.uscc],
      ...(bonded ? [["inventory", "areaCode", warehouse.uscc] as [MatchDocument, string, string]] : []),
    ];
    const judgement = judgeList({
      list: matchList,
      order: matchOrder,
      match: matchDocuments(matchList, matchOrder, payment as unknown as MatchPayment, matchWaybill),
      others: parties.filter(([, , uscc]) => listed(uscc)).map(([document, field]) => listedFinding(document, field)),
      admission: null,
      tax: assessedTax(lines, freight, declTime),
    });
    const decided = judgement.outcome !== "accepted";
    const inspected = !decided && i % 10 === 5;
    const inspectionOutcome = !inspected ? null : recent ? "PENDING" : i % 50 === 5 ? "FAILED" : "PASSED";
    const returnStatus = decided ? judgement.returnStatus : inspectionOutcome === "PENDING" ? 500 : inspectionOutcome === "FAILED" ? 700 : recent ? 120 : 800;
    world.customs.declarations.push({
      agentCode: agent.uscc,
      copNo,
      guid: guid(random),
      appType: "1",
      appTime: new Date(declTime.getTime() + 2 * 3600_000),
      appStatus: "2",
      orderNo,
      ebpCode: platform.uscc,
      ebpName: platform.name,
      ebcCode: seller.uscc,
      ebcName: seller.name,
      logisticsNo,
      logisticsCode: carrier.uscc,
      logisticsName: carrier.name,
      preNo: `B${ymd(declTime)}${pad(i + 1, 9)}`,
      invtNo: decided ? null : `${customsCode}${chinaYear(declTime)}I${pad(i + 1, 9)}`,
      assureCode: platform.uscc,
      // The demo names every party by USCC.
      ebpUscc: platform.uscc,
      ebcUscc: seller.uscc,
      agentUscc: agent.uscc,
      logisticsUscc: carrier.uscc,
      assureUscc: platform.uscc,
      emsNo: bonded ? "T6409W000001" : null,
      ieFlag: "I",
      declTime,
      customsCode,
      portCode: customsCode,
      ieDate: returnStatus === 800 ? declTime : null,
      buyerIdType: "1",
      buyerIdNumber: buyer.idNumber,
      buyerName: buyer.name,
      buyerTelephone: buyer.telephone,
      consigneeAddress: buyer.address,
      agentName: agent.name,
      areaCode: bonded ? warehouse.uscc : null,
      areaName: bonded ? warehouse.name : null,
      tradeMode: bonded ? "1210" : "9610",
      trafMode: bonded ? "Y" : "5",
      trafNo: bonded ? null : `HU${random.int(7000, 7999)}`,
      voyageNo: null,
      billNo: bonded ? null : `880-${random.digits(8)}`,
      loctNo: null,
      licenseNo: null,
      country: bonded ? "142" : lines[0]!.product.filing.originCountry,
      freight: money(freight),
      insuredFee: "0.00",
      currency: "142",
      wrapType: "2",
      packNo: 1,
      grossWeight: weight.toFixed(3),
      netWeight: weight.minus("0.2").toFixed(3),
      note: null,
      returnStatus,
      returnInfo: decided ? judgement.returnInfo : (RECEIPT_TEXT[returnStatus] ?? null),
      returnTime: new Date(declTime.getTime() + 3 * 3600_000),
      ...(decided ? { decision: judgement.decision as CustomsModel.InputJsonValue } : {}),
    });
    world.customs.inventoryLines.push(...listLines);

    if (inspectionOutcome) {
      world.ciq.inspections.push({
        id: `IN${pad(++inspectionNo, 8)}`,
        agentCode: agent.uscc,
        copNo,
        kind: lines.some((line) => line.product.filing.riskLevel === "HIGH") ? "PHYSICAL" : "SAMPLING",
        result: inspectionOutcome,
        disposal: inspectionOutcome === "FAILED" ? "RETURN" : inspectionOutcome === "PASSED" ? "RELEASE" : null,
        reason:
          inspectionOutcome === "FAILED"
            ? "风险监测抽检：标签不符合 GB 7718，退运"
            : `布控抽检：${lines[0]!.product.filing.riskLevel === "HIGH" ? "高风险商品" : "随机抽批"}`,
        decidedAt: new Date(declTime.getTime() + 3 * 3600_000),
        inspectedAt: inspectionOutcome === "PENDING" ? null : new Date(declTime.getTime() + 20 * 3600_000),
      });
    }

    if (slot === MISMATCH.missingWaybill) continue;
    const finalStatus: TrackingStatus =
      returnStatus === 100
        ? "DECLARED"
        : returnStatus === 700
          ? "RETURNED"
          : returnStatus === 500
            ? "INSPECTING"
            : returnStatus === 120
              ? "ARRIVED"
              : appTime.getTime() > PERIOD_END - 6 * DAY
                ? "IN_TRANSIT"
                : "DELIVERED";
    world.logistics.waybills.push(waybill(finalStatus));
    track("DECLARED", null, waybillTime, "海口", "物流企业已申报运单");
    const steps: Array<[TrackingStatus, string | null, number, string, string]> = [
      ["ARRIVED", null, 1, bonded ? "海口综合保税区" : "美兰机场监管场所", "包裹已到达监管场所"],
    ];
    if (returnStatus === 500 || returnStatus === 700) steps.push(["INSPECTING", null, 2, "海口综合保税区", "海关查验中"]);
    if (returnStatus === 700) steps.push(["RETURNED", null, 3, "海口综合保税区", "查验不合格，退运"]);
    if (returnStatus === 800) {
      steps.push(["RELEASED", null, 2, "海口综合保税区", "海关放行"]);
      steps.push(["DEPARTED", null, 3, "海口综合保税区", "包裹已出区"]);
      steps.push(["IN_TRANSIT", null, 4, "海口", `发往${buyer.city}`]);
      if (finalStatus === "DELIVERED") steps.push(["DELIVERED", "S", 24 + random.int(24, 120), buyer.city, "已签收"]);
    }
    if (returnStatus !== 100) {
      for (const [status, code, hours, location, description] of steps) {
        track(status, code, new Date(declTime.getTime() + hours * 3600_000), location, description);
      }
    }

    function waybill(status: TrackingStatus): World["logistics"]["waybills"][number] {
      return {
        logisticsCode: carrier.uscc,
        logisticsNo,
        guid: guid(random),
        appType: "1",
        appTime: waybillTime,
        appStatus: "2",
        logisticsName: carrier.name,
        billNo: bonded ? null : `880-${random.digits(8)}`,
        orderNo,
        freight: money(freight),
        insuredFee: "0.00",
        currency: "142",
        weight: weight.toFixed(3),
        packNo: 1,
        goodsInfo: lines
          .map((line) => line.product.filing.goodsName)
          .join(";")
          .slice(0, 200),
        consignee: buyer.name,
        consigneeAddress: buyer.address,
        consigneeTelephone: buyer.telephone,
        note: null,
        returnStatus: 120,
        status,
      };
    }
    function track(status: TrackingStatus, sourceCode: string | null, occurredAt: Date, location: string, description: string) {
      world.logistics.trackingEvents.push({
        id: `TE${pad(++eventId, 10)}`,
        logisticsCode: carrier.uscc,
        logisticsNo,
        status,
        sourceCode,
        occurredAt,
        location,
        description,
      });
    }
  }
  addExports(world, { seed: options.seed ?? DEFAULT_SEED, scale, tariff, sellers, platforms, carriers, payers, agents, warehouse });
  return world;
}

/*
 * The export side (CEB303 orders, CEB505 waybills, CEB603 lists, CEB403 receipts, CEB701 summaries): a
 * few exporters ship parcels abroad every month of the same period. Lists are numbered k in the order
 * built; exceptions are placed on purpose:
 *   k % 17 === 5    the list is only saved (appStatus 1), never declared
 *   k % 17 === 11   the list was released, then cancelled (CEB605) before the parcel reached the site
 *   k % 10 === 6    statisticsFlag A (简化申报), with goods whose export rebate is 0
 * Receipts of payment: the second list of month m of the first exporter when m % 5 === 3, and the list of
 * the second exporter when m % 6 === 1, have none; in months m % 10 === 3 the first exporter also has an
 * order that was paid but never declared. Every month but the last is summarised (CEB701 → CEB792).
 */
type Party = { name: string; role: Role; district: string; creditClass: CreditClass; uscc: string; customsCode: string };
type ExportProduct = { gcode: string; name: string; unit: string; kgPerUnit: string };

export const EXPORT_LISTS_PER_SCALE_MONTH = 4;
export const EXPORT_MISMATCH = { saved: 5, cancelled: 11, period: 17, simplified: 6, simplifiedPeriod: 10 } as const;
/** Seeded list, preNo and receipt serials start here: above every import serial and below 100000001, where customs' sequences start. */
const EXPORT_SERIAL_BASE = 50_000_000;

const EXPORT_CATALOGUE: ExportProduct[][] = [
  [
    { gcode: "1901101090", name: "新西兰婴幼儿配方奶粉 900g", unit: "122", kgPerUnit: "0.9" },
    { gcode: "0402210000", name: "全脂奶粉 1kg", unit: "136", kgPerUnit: "1" },
    { gcode: "0406200000", name: "切达干酪碎 250g", unit: "140", kgPerUnit: "0.25" },
    { gcode: "0409000000", name: "麦卢卡蜂蜜 500g", unit: "142", kgPerUnit: "0.5" },
  ],
  [
    { gcode: "9503008900", name: "益智积木玩具", unit: "007", kgPerUnit: "0.4" },
    { gcode: "9503002100", name: "毛绒动物玩偶", unit: "007", kgPerUnit: "0.3" },
    { gcode: "3401300000", name: "婴儿洁肤沐浴露 300ml", unit: "142", kgPerUnit: "0.3" },
    { gcode: "4202220000", name: "妈咪包 帆布手提包", unit: "011", kgPerUnit: "0.6" },
  ],
  [
    { gcode: "8509809000", name: "家用电动料理机", unit: "001", kgPerUnit: "2.5" },
    { gcode: "9603210000", name: "竹柄牙刷", unit: "016", kgPerUnit: "0.05" },
    { gcode: "1806320000", name: "黑巧克力排块 200g", unit: "140", kgPerUnit: "0.2" },
    { gcode: "9102110000", name: "电子石英手表", unit: "008", kgPerUnit: "0.1" },
  ],
];
/** Goods whose export rebate is 0 in the sample tariff, the only ones a flag-A list may carry. */
const SIMPLIFIED_GOODS: ExportProduct[] = [
  { gcode: "1509200000", name: "特级初榨橄榄油 1L", unit: "142", kgPerUnit: "0.9" },
  { gcode: "2201101000", name: "天然矿泉水 500ml×24", unit: "140", kgPerUnit: "12" },
];
const DESTINATIONS: Record<string, Array<{ country: string; pod: string }>> = {
  "502": [
    { country: "502", pod: "USLAX" },
    { country: "601", pod: "AUSYD" },
    { country: "609", pod: "NZAKL" },
    { country: "116", pod: "JPNRT" },
    { country: "303", pod: "GBLHR" },
  ],
  "300": [
    { country: "304", pod: "DEFRA" },
    { country: "305", pod: "FRCDG" },
  ],
  "142": [
    { country: "110", pod: "HKHKG" },
    { country: "133", pod: "KRICN" },
  ],
};
const EXPORT_TRADE_MODE_WEIGHTS: Array<[string, number]> = [
  ["9610", 60],
  ["9710", 15],
  ["9810", 10],
  ["1210", 15],
];
const EXPORT_BOOK = "T6409W000002";

function addExports(
  world: World,
  parties: {
    seed: number;
    scale: number;
    tariff: TariffRow[];
    sellers: Party[];
    platforms: Party[];
    carriers: Party[];
    payers: Party[];
    agents: Party[];
    warehouse: Party;
  },
): void {
  // A generator of its own, so that the import side stays exactly as it was built before exports existed.
  const random = new Random(parties.seed ^ 0x45585054);
  const { scale, sellers, platforms, carriers, payers, agents, warehouse } = parties;
  const tariff = tariffByCode(parties.tariff);
  // The first GENERAL exporter is left to the tests, which file their own months of it.
  const general = sellers.filter((seller) => seller.creditClass === "GENERAL");
  const exporters = [sellers.find((seller) => seller.creditClass === "ADVANCED_CERTIFIED")!, general[1]!, general[2]!];
  const brokerOf = (exporter: number) => agents[exporter % agents.length]!;
  const months: Date[] = [];
  for (let month = new Date(PERIOD_START); month.getTime() < PERIOD_END; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1)))
    months.push(month);
  const lastPeriod = billPeriod(months[months.length - 1]!);

  let serial = EXPORT_SERIAL_BASE;
  let k = 0;
  const departures = new Map<string, World["logistics"]["exportDepartures"][number] & { items: string[] }>();
  const receipts = world.finance.exportReceipts;

  function order(exporterIndex: number, appTime: Date, products: ExportProduct[], tradeMode: string, currency: string) {
    const exporter = exporters[exporterIndex]!;
    const platform = platforms[(k + exporterIndex) % platforms.length]!;
    const orderNo = `EX${ymd(appTime)}${pad(++serial - EXPORT_SERIAL_BASE, 7)}`;
    const bulk = tradeMode === "9710";
    const picked = Array.from(
      { length: random.int(1, Math.min(3, products.length)) },
      (_, g) => products[(g + random.int(0, products.length - 1)) % products.length]!,
    );
    const goods = [...new Map(picked.map((product) => [product.gcode, product])).values()];
    const lines = goods.map((product, g) => {
      const qty = new Decimal(bulk ? random.int(20, 60) : random.int(1, 4));
      const price = new Decimal(currency === "142" ? random.int(2000, 60000) : random.int(300, 9000)).dividedBy(100);
      return { gnum: g + 1, product, qty, price, totalPrice: price.times(qty) };
    });
    const goodsValue = lines.reduce((sum, line) => sum.plus(line.totalPrice), new Decimal(0));
    const freight = new Decimal(currency === "142" ? random.pick([30, 45, 60]) : random.pick([5, 8, 12, 20]));
    world.customs.exportOrders.push({
      ebpCode: platform.uscc,
      orderNo,
      guid: guid(random),
      appType: "1",
      appTime,
      appStatus: "2",
      orderType: "E",
      ebpName: platform.name,
      ebcCode: exporter.uscc,
      ebcName: exporter.name,
      goodsValue: money(goodsValue),
      freight: money(freight),
      currency,
      note: null,
      returnStatus: 120,
      version: 1,
    });
    for (const line of lines) {
      world.customs.exportOrderLines.push({
        ebpCode: platform.uscc,
        orderNo,
        gnum: line.gnum,
        itemNo: `ESKU${line.product.gcode.slice(0, 6)}`,
        itemName: line.product.name,
        itemDescribe: null,
        barCode: null,
        unit: line.product.unit,
        currency,
        qty: line.qty.toFixed(),
        price: money(line.price),
        totalPrice: money(line.totalPrice),
        note: null,
      });
    }
    return { exporter, platform, orderNo, lines, goodsValue, freight, currency };
  }

  function receipt(placed: ReturnType<typeof order>, after: Date) {
    const payer = payers[k % payers.length]!;
    const accountingDate = new Date(after.getTime() + random.int(1, 3) * DAY + random.int(0, 300) * 60_000);
    const exchangeRate = referenceRate(placed.currency, chinaDay(accountingDate))!;
    const charge = placed.goodsValue.plus(placed.freight);
    receipts.push({
      payCode: payer.uscc,
      payNo: `${payer.customsCode.slice(-4)}R${ymd(accountingDate)}${pad(serial - EXPORT_SERIAL_BASE, 7)}`,
      guid: guid(random),
      appType: "1",
      appTime: new Date(accountingDate.getTime() + 3600_000),
      appStatus: "2",
      ebpCode: placed.platform.uscc,
      ebpName: placed.platform.name,
      ebcCode: placed.exporter.uscc,
      ebcName: placed.exporter.name,
      orderNo: placed.orderNo,
      payName: payer.name,
      charge: money(charge),
      currency: placed.currency,
      accountingDate,
      note: null,
      exchangeRate: exchangeRate.toFixed(),
      rmbAmount: toCny(charge, exchangeRate).toFixed(2),
      rmbSettlement: placed.currency === CNY,
      returnStatus: 120,
      version: 1,
    });
  }

  function parcel(exporterIndex: number, month: Date, paid: boolean) {
    const status = k % EXPORT_MISMATCH.period === EXPORT_MISMATCH.saved ? 1 : k % EXPORT_MISMATCH.period === EXPORT_MISMATCH.cancelled ? CANCELLED : 800;
    const simplified = k % EXPORT_MISMATCH.simplifiedPeriod === EXPORT_MISMATCH.simplified;
    const day = random.int(1, 24);
    // Between 09:00 and 13:00 in China, so that every step of the day falls on the same calendar day there as in UTC.
    const appTime = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), day, random.int(1, 4), random.int(0, 59)));
    const ieDate = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), day));
    const roll = random.int(1, 100);
    let cumulative = 0;
    const [tradeMode] = EXPORT_TRADE_MODE_WEIGHTS.find(([, weight]) => roll <= (cumulative += weight))!;
    const currencyRoll = random.int(1, 100);
    const currency = currencyRoll <= 70 ? "502" : currencyRoll <= 85 ? "300" : "142";
    const destination = random.pick(DESTINATIONS[currency]!);
    const placed = order(exporterIndex, appTime, simplified ? SIMPLIFIED_GOODS : EXPORT_CATALOGUE[exporterIndex]!, tradeMode, currency);
    const carrier = carriers[k % carriers.length]!;
    const agent = brokerOf(exporterIndex);
    const bySea = tradeMode === "9810";
    const bonded = tradeMode === "1210";
    const customsCode = bonded ? "6409" : bySea ? "6401" : "6407";
    const portCode = bySea ? "6401" : "6407";
    const trafMode = bySea ? "2" : "5";
    const logisticsNo = `${carrier.customsCode.slice(-4)}E${ymd(appTime)}${pad(serial - EXPORT_SERIAL_BASE, 7)}`;
    const copNo = `${agent.customsCode.slice(-4)}E${ymd(appTime)}${pad(serial - EXPORT_SERIAL_BASE, 5)}`;
    const netWeight = placed.lines.reduce((sum, line) => sum.plus(line.qty.times(line.product.kgPerUnit)), new Decimal(0));
    const grossWeight = netWeight.plus("0.3");
    const releasedAt = status === 1 ? null : new Date(appTime.getTime() + 2 * 3600_000 + random.int(5, 120) * 1000);
    const invtNo = status === 1 ? null : `${customsCode}${chinaYear(ieDate)}E${pad(serial, 9)}`;

    const leaveDay = new Date(ieDate.getTime() + DAY);
    const departureKey = [carrier.uscc, ymd(leaveDay), trafMode, portCode].join("|");
    let departure = departures.get(departureKey);
    if (status === 800 && !departure) {
      const leaveTime = new Date(leaveDay.getTime() + (bySea ? 8 : 2) * 3600_000);
      const voyageNo = bySea ? `${pad(leaveDay.getUTCDate(), 3)}E` : `HU${7900 + carriers.indexOf(carrier) * 30 + leaveDay.getUTCDate()}`;
      const trafName = bySea ? "中远海运海南轮" : "海南航空";
      departure = {
        logisticsCode: carrier.uscc,
        copNo: `LJ${ymd(leaveDay)}${trafMode}${pad(departures.size + 1, 5)}`,
        guid: guid(random),
        appType: "1",
        appTime: new Date(leaveTime.getTime() - 3600_000),
        appStatus: "2",
        customsCode: portCode,
        trafMode,
        trafName,
        voyageNo,
        billNo: bySea ? `COSU${random.digits(10)}` : `880-${random.digits(8)}`,
        leaveTime,
        logisticsName: carrier.name,
        note: null,
        returnStatus: 120,
        returnInfo: "",
        returnTime: new Date(leaveTime.getTime() - 3600_000 + 60_000),
        items: [],
      };
      departures.set(departureKey, departure);
    }

    const arrivedAt = status === 800 ? new Date(releasedAt!.getTime() + 3600_000) : null;
    world.logistics.exportWaybills.push({
      logisticsCode: carrier.uscc,
      logisticsNo,
      guid: guid(random),
      appType: "1",
      appTime: new Date(appTime.getTime() + 30 * 60_000),
      appStatus: "2",
      logisticsName: carrier.name,
      freight: money(placed.freight),
      insuredFee: "0.00",
      currency,
      grossWeight: grossWeight.toFixed(3),
      packNo: 1,
      goodsInfo: placed.lines
        .map((line) => line.product.name)
        .join(";")
        .slice(0, 200),
      ebcCode: placed.exporter.uscc,
      ebcName: placed.exporter.name,
      ebcTelephone: null,
      note: null,
      returnStatus: 120,
      status: status === 800 ? "DEPARTED" : "FILED",
      arrivedAt,
      departedAt: status === 800 ? departure!.leaveTime : null,
      version: 1,
    });
    if (arrivedAt) {
      const loctNo = `${portCode}01`;
      const arrival = {
        logisticsCode: carrier.uscc,
        copNo: `YD${ymd(arrivedAt)}${pad(serial - EXPORT_SERIAL_BASE, 7)}`,
        guid: guid(random),
        appType: "1",
        appTime: arrivedAt,
        appStatus: "2",
        customsCode: portCode,
        operatorCode: carrier.uscc,
        operatorName: carrier.name,
        loctNo,
        ieFlag: "E",
        trafMode,
        billNo: departure!.billNo,
        logisticsName: carrier.name,
        note: null,
        returnStatus: 120,
        returnInfo: `运抵: 1 parcel(s) arrived at supervised site ${loctNo}`,
        returnTime: new Date(arrivedAt.getTime() + 60_000),
      };
      world.logistics.exportArrivals.push(arrival);
      world.logistics.exportArrivalItems.push({ logisticsCode: carrier.uscc, copNo: arrival.copNo, gnum: 1, logisticsNo, totalPackageNo: null, note: null });
      departure!.items.push(logisticsNo);
    }

    const flag = simplified ? "A" : "B";
    const returnInfo =
      status === 1
        ? "电子口岸已暂存: the list is saved and not yet declared"
        : status === CANCELLED
          ? "撤销: 买家取消订单，包裹未出运"
          : releaseInfo(invtNo!, flag);
    world.customs.exportDeclarations.push({
      agentCode: agent.uscc,
      copNo,
      guid: guid(random),
      appType: "1",
      appTime: new Date(appTime.getTime() + 2 * 3600_000),
      appStatus: status === 1 ? "1" : "2",
      customsCode,
      ebpCode: placed.platform.uscc,
      ebpName: placed.platform.name,
      orderNo: placed.orderNo,
      logisticsCode: carrier.uscc,
      logisticsName: carrier.name,
      logisticsNo,
      preNo: `B${ymd(ieDate)}${pad(serial, 9)}`,
      invtNo,
      ieFlag: "E",
      portCode,
      ieDate,
      statisticsFlag: flag,
      agentName: agent.name,
      ebcCode: placed.exporter.uscc,
      ebcName: placed.exporter.name,
      ownerCode: placed.exporter.uscc,
      ownerName: placed.exporter.name,
      iacCode: bonded ? warehouse.uscc : null,
      iacName: bonded ? warehouse.name : null,
      emsNo: bonded ? EXPORT_BOOK : null,
      tradeMode,
      trafMode,
      trafName: departure?.trafName ?? null,
      voyageNo: departure?.voyageNo ?? null,
      billNo: departure?.billNo ?? null,
      totalPackageNo: null,
      loctNo: null,
      licenseNo: null,
      country: destination.country,
      pod: destination.pod,
      freight: money(placed.freight),
      fCurrency: currency,
      fFlag: "3",
      insuredFee: "0.00",
      iCurrency: currency,
      iFlag: "3",
      wrapType: "2",
      packNo: 1,
      grossWeight: grossWeight.toFixed(3),
      netWeight: netWeight.toFixed(3),
      note: null,
      goodsValue: money(placed.goodsValue),
      currency,
      returnStatus: status,
      returnInfo,
      releasedAt,
      sumNo: null,
      version: 1,
      waybillVersion: 1,
    });
    for (const line of placed.lines) {
      const unit1 = tariff.get(line.product.gcode)!.unit1;
      world.customs.exportInventoryLines.push({
        agentCode: agent.uscc,
        copNo,
        gnum: line.gnum,
        itemNo: `ESKU${line.product.gcode.slice(0, 6)}`,
        itemRecordNo: bonded ? `${EXPORT_BOOK}-${line.product.gcode.slice(0, 4)}` : null,
        itemName: line.product.name,
        gcode: line.product.gcode,
        gname: line.product.name,
        gmodel: "零售包装",
        barCode: null,
        country: destination.country,
        currency,
        qty: line.qty.toFixed(),
        qty1: (unit1 === "035" ? line.qty.times(line.product.kgPerUnit) : line.qty).toFixed(),
        qty2: null,
        unit: line.product.unit,
        unit1,
        unit2: null,
        price: money(line.price),
        totalPrice: money(line.totalPrice),
        note: null,
      });
    }
    if (status === 800 && paid) receipt(placed, releasedAt!);
    k++;
  }

  months.forEach((month, m) => {
    for (let j = 0; j < EXPORT_LISTS_PER_SCALE_MONTH * scale; j++) {
      const exporterIndex = [0, 0, 1, 2][j % 4]!;
      parcel(exporterIndex, month, !((j % 4 === 1 && m % 5 === 3) || (j % 4 === 2 && m % 6 === 1)));
    }
    if (m % 10 !== 3) return;
    for (let s = 0; s < scale; s++) {
      const appTime = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), random.int(1, 24), random.int(1, 4), random.int(0, 59)));
      receipt(order(0, appTime, EXPORT_CATALOGUE[0]!, "9610", "502"), appTime);
    }
  });

  for (const { items, ...departure } of departures.values()) {
    if (items.length === 0) continue;
    world.logistics.exportDepartures.push({ ...departure, returnInfo: `离境: ${items.length} parcel(s) left on ${departure.trafName} ${departure.voyageNo}` });
    items.forEach((logisticsNo, index) =>
      world.logistics.exportDepartureItems.push({
        logisticsCode: departure.logisticsCode,
        copNo: departure.copNo,
        gnum: index + 1,
        logisticsNo,
        totalPackageNo: null,
        note: null,
      }),
    );
  }

  summariseExports(
    world,
    lastPeriod,
    exporters.map((_, index) => brokerOf(index)),
    random,
  );
}

/**
 * Each exporter's released flag-B lists of every month before the last, summarised early in the next
 * month as customs would (export-summary.ts); the last month is left for `summaryDeclarationsDue`.
 */
function summariseExports(world: World, lastPeriod: string, brokers: Party[], random: Random): void {
  const lines = new Map<string, World["customs"]["exportInventoryLines"]>();
  for (const line of world.customs.exportInventoryLines) {
    const key = listKey(line);
    lines.set(key, [...(lines.get(key) ?? []), line]);
  }
  const groups = new Map<string, World["customs"]["exportDeclarations"]>();
  for (const list of world.customs.exportDeclarations) {
    if (list.returnStatus !== 800 || list.statisticsFlag !== "B") continue;
    const period = billPeriod(list.releasedAt as Date);
    if (period >= lastPeriod) continue;
    const key = `${period}|${list.ebcCode}`;
    groups.set(key, [...(groups.get(key) ?? []), list]);
  }
  let sumSerial = 0;
  let entrySerial = 0;
  for (const [key, lists] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [period, ebcCode] = key.split("|") as [string, string];
    const [year, month] = period.split("-").map(Number) as [number, number];
    const agent = brokers.find((broker) => lists[0]!.agentCode === broker.uscc)!;
    const sorted = [...lists].sort((a, b) => String(a.invtNo).localeCompare(String(b.invtNo)));
    const customsCode = sorted[0]!.customsCode;
    const forms = summarise(
      sorted.map((list) => ({
        agentCode: list.agentCode,
        copNo: list.copNo,
        ebcCode: list.ebcCode,
        trafMode: list.trafMode,
        ownerCode: list.ownerCode,
        country: list.country,
        portCode: list.portCode,
        lines: (lines.get(listKey(list)) ?? []).map((line) => ({
          ...line,
          qty1: line.qty1 as Decimal.Value,
          qty: line.qty as Decimal.Value,
          totalPrice: line.totalPrice as Decimal.Value,
        })),
      })),
      "1",
    );
    const sumNo = `${customsCode}${year}S${pad(++sumSerial, 9)}`;
    const appTime = new Date(Date.UTC(year, month, random.int(2, 9), random.int(1, 8), random.int(0, 59)));
    const entries = forms.map((form) => {
      const serial = pad(++entrySerial, 9);
      return { form, entryId: `${customsCode}${year}0${serial}`, declSeqNo: `H${customsCode}${year}${serial}` };
    });
    world.customs.summaries.push({
      sumNo,
      agentCode: agent.uscc,
      copNo: `SD${period.replace("-", "")}${pad(sumSerial, 6)}`,
      guid: guid(random),
      appTime,
      customsCode,
      agentName: agent.name,
      ebcCode,
      ebcName: lists[0]!.ebcName,
      declAgentCode: agent.uscc,
      declAgentName: agent.name,
      startTime: new Date(Date.UTC(year, month - 1, 1)),
      endTime: new Date(Date.UTC(year, month, 0)),
      loctNo: null,
      summaryFlag: "1",
      itemNameFlag: null,
      dueDate: summaryDueDate(period),
      filedLate: false,
      returnStatus: 120,
      returnInfo: `汇总: ${lists.length} lists of ${period} on ${forms.length} declaration form(s) ${entries.map((entry) => entry.entryId).join(", ")}`,
      returnTime: appTime,
    });
    for (const { form, entryId, declSeqNo } of entries) {
      world.customs.summaryResults.push({
        entryId,
        declSeqNo,
        sumNo,
        decState: "800",
        ebcCode: form.ebcCode,
        ownerCode: form.ownerCode,
        trafMode: form.trafMode,
        country: form.country,
        portCode: form.portCode,
        totalPrice: form.totalPrice.toFixed(),
        lists: form.lists,
        createdAt: appTime,
      });
      for (const item of form.items) {
        world.customs.summaryItems.push({ ...item, entryId, qty: item.qty.toFixed(), qty1: item.qty1.toFixed(), totalPrice: item.totalPrice.toFixed() });
      }
    }
    for (const list of lists) list.sumNo = sumNo;
  }
}
