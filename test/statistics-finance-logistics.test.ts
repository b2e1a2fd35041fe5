import Decimal from "decimal.js";
import { chinaDay, chinaMonth } from "../lib/rules/china-time";
import { startTestSystem, type Credentials, type TestSystem } from "./helpers/system";

/**
 * Finance's and logistics' statistics are SQL over their own tables; these tests compute the same
 * figures from the stored rows (exact decimals, percentiles by linear interpolation as percentile_cont)
 * and expect them from the graph.
 */
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem("statsfl");
});

afterAll(async () => {
  await system?.stop();
});

// Ten years around the demo world's dates (2025-01 to 2026-11), within the longest period a query may cover.
const PERIOD = { from: "2020-01-01", to: "2030-01-01" };
// A quarter of the demo world, for the dashboard.
const QUARTER = { from: "2025-03-01", to: "2025-06-01" };
const D = (value: unknown) => new Decimal(String(value ?? 0));
const inQuarter = (day: string) => day >= QUARTER.from && day < QUARTER.to;
/** Month ranges are half-open: the month after `period` ends one. */
const monthAfter = (period: string) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)), 1)).toISOString().slice(0, 7);

/** percentile_cont: linear interpolation between the ordered values, rounded to 2 decimals. */
function percentile(sorted: Decimal[], fraction: number): Decimal {
  const position = D(fraction).times(sorted.length - 1);
  const low = position.floor().toNumber();
  const high = position.ceil().toNumber();
  return sorted[low]!.plus(position.minus(low).times(sorted[high]!.minus(sorted[low]!))).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

interface PaymentRow {
  month: string;
  day: string;
  payCode: string;
  ebpCode: string;
  currency: string;
  amountPaid: string;
}
/** The stored vouchers, each in the day and month of its payment in China. */
const storedPayments = async (): Promise<PaymentRow[]> =>
  (
    await system.databases.finance.sql.query<Omit<PaymentRow, "month" | "day"> & { payTime: Date }>(
      `SELECT "payTime", "payCode", "ebpCode", "currency", "amountPaid"::text AS "amountPaid" FROM "Payment"`,
    )
  ).map(({ payTime, ...payment }) => ({ ...payment, month: chinaMonth(new Date(payTime)), day: chinaDay(new Date(payTime)) }));

interface WaybillRow {
  logisticsCode: string;
  logisticsNo: string;
  status: string;
  month: string;
  day: string;
  consigneeAddress: string;
}
interface EventRow {
  logisticsCode: string;
  logisticsNo: string;
  status: string;
  ms: string;
  day: string;
}
async function storedParcels() {
  const { sql } = system.databases.logistics;
  // Days and months are China's.
  const waybills = (
    await sql.query<Omit<WaybillRow, "month" | "day"> & { appTime: Date }>(
      `SELECT "logisticsCode", "logisticsNo", "status"::text AS status, "appTime", "consigneeAddress" FROM "Waybill"`,
    )
  ).map(({ appTime, ...waybill }): WaybillRow => ({ ...waybill, month: chinaMonth(new Date(appTime)), day: chinaDay(new Date(appTime)) }));
  const events = (
    await sql.query<Omit<EventRow, "day">>(
      `SELECT "logisticsCode", "logisticsNo", "status"::text AS status, (extract(epoch FROM "occurredAt") * 1000)::bigint::text AS ms FROM "TrackingEvent"`,
    )
  ).map((event): EventRow => ({ ...event, day: chinaDay(new Date(Number(event.ms))) }));
  return { waybills, events };
}

/** Delivered parcels: release → delivery hours (null without a RELEASED event), the delivery day, and the waybill. */
async function storedDeliveries() {
  const { waybills, events } = await storedParcels();
  const byWaybill = new Map(waybills.map((waybill) => [`${waybill.logisticsCode}|${waybill.logisticsNo}`, waybill]));
  const first = new Map<string, { released?: EventRow; delivered?: EventRow }>();
  for (const event of events) {
    const key = `${event.logisticsCode}|${event.logisticsNo}`;
    const entry = first.get(key) ?? {};
    if (event.status === "RELEASED" && (!entry.released || Number(event.ms) < Number(entry.released.ms))) entry.released = event;
    if (event.status === "DELIVERED" && (!entry.delivered || Number(event.ms) < Number(entry.delivered.ms))) entry.delivered = event;
    first.set(key, entry);
  }
  return [...first]
    .filter(([, entry]) => entry.delivered)
    .map(([key, { released, delivered }]) => ({
      waybill: byWaybill.get(key)!,
      day: delivered!.day,
      hours: released ? D(delivered!.ms).minus(released.ms).dividedBy(3_600_000) : null,
    }));
}

// Written independently of the resolver's pattern: the demo addresses start with a province or a municipality.
const province = (address: string) => /^(北京市|天津市|上海市|重庆市|.{2,3}?省|.{2,5}?自治区)/.exec(address)?.[1] ?? null;

describe("payment statistics", () => {
  it("count and sum exactly what the stored vouchers hold, by month and payment company", async () => {
    const payments = await storedPayments();
    const expected = new Map<string, { payments: number; volume: Decimal }>();
    for (const payment of payments) {
      const key = `${payment.month}|${payment.payCode}`;
      const group = expected.get(key) ?? { payments: 0, volume: D(0) };
      group.payments += 1;
      group.volume = group.volume.plus(payment.amountPaid);
      expected.set(key, group);
    }
    const { data, errors } = await system.query(
      `query($f: PaymentStatisticsFilter!) { paymentStatistics(groupBy: [MONTH, PAYMENT_COMPANY], filter: $f) { month paymentCompanyCode paymentCompany { uscc name } currency payments volume } }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    const groups = data!.paymentStatistics as Array<Record<string, any>>;
    expect(groups.length).toBe(expected.size);
    expect(groups.length).toBeGreaterThan(12);
    for (const group of groups) {
      const want = expected.get(`${group.month}|${group.paymentCompanyCode}`)!;
      expect(group.payments).toBe(want.payments);
      expect(D(group.volume).equals(want.volume)).toBe(true);
      expect(group.currency).toBeNull();
      if (group.paymentCompanyCode.length === 18) expect(group.paymentCompany).toEqual({ uscc: group.paymentCompanyCode, name: expect.any(String) });
    }
    expect(groups.map((group) => `${group.month}|${group.paymentCompanyCode}`)).toEqual([...expected.keys()].sort());
  });

  it("filters by currency, and gives one row of totals (zeros when nothing matches) when not grouped", async () => {
    const payments = await storedPayments();
    const total = payments.reduce((sum, payment) => sum.plus(payment.amountPaid), D(0));
    const { data, errors } = await system.query(
      `query($all: PaymentStatisticsFilter!, $cny: PaymentStatisticsFilter!, $usd: PaymentStatisticsFilter!) {
        all: paymentStatistics(filter: $all) { payments volume }
        byCurrency: paymentStatistics(groupBy: [CURRENCY], filter: $cny) { currency payments volume }
        usd: paymentStatistics(filter: $usd) { payments volume }
      }`,
      { all: PERIOD, cny: { ...PERIOD, currency: ["142"] }, usd: { ...PERIOD, currency: ["502"] } },
    );
    expect(errors).toBeUndefined();
    expect(data!.all).toHaveLength(1);
    expect(data!.all[0].payments).toBe(payments.length);
    expect(D(data!.all[0].volume).equals(total)).toBe(true);
    const cny = payments.filter((payment) => payment.currency === "142");
    expect(data!.byCurrency).toEqual([{ currency: "142", payments: cny.length, volume: expect.any(String) }]);
    expect(D(data!.byCurrency[0].volume).equals(cny.reduce((sum, payment) => sum.plus(payment.amountPaid), D(0)))).toBe(true);
    expect(data!.usd).toEqual([{ payments: 0, volume: "0" }]);
  });

  it("counts for an enterprise only the vouchers it is a party to", async () => {
    const payments = await storedPayments();
    const platform: Credentials = { token: await system.security.token({ sub: "stats-platform", role: "enterprise", uscc: system.partnerUscc }) };
    const { data, errors } = await system.query(
      `query($f: PaymentStatisticsFilter!) { paymentStatistics(filter: $f) { payments volume } }`,
      { f: PERIOD },
      platform,
    );
    expect(errors).toBeUndefined();
    const own = payments.filter((payment) => payment.payCode === system.partnerUscc || payment.ebpCode === system.partnerUscc);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(payments.length);
    expect(data!.paymentStatistics[0].payments).toBe(own.length);
    expect(D(data!.paymentStatistics[0].volume).equals(own.reduce((sum, payment) => sum.plus(payment.amountPaid), D(0)))).toBe(true);
  });
});

describe("tax bill payments", () => {
  it("total the recorded payments per period, and the graph adds paid and outstanding to customs' monthly bills", async () => {
    const bills = await system.databases.customs.sql.query<{ guarantorUscc: string; period: string; total: string }>(
      `SELECT "guarantorUscc", "period", "total"::text AS total FROM "TaxBill" WHERE "total" > 100 ORDER BY "period", "guarantorUscc"`,
    );
    const [first, second] = [bills[0]!, bills.find((bill) => bill.period > bills[0]!.period)!];
    const record = [
      { reference: "STATS-FL-1", guarantorUscc: first.guarantorUscc, period: first.period, amount: "60.25", paidAt: "2026-01-05T02:00:00.000Z" },
      { reference: "STATS-FL-2", guarantorUscc: first.guarantorUscc, period: first.period, amount: "12.5", paidAt: "2026-01-06T02:00:00.000Z" },
      { reference: "STATS-FL-3", guarantorUscc: second.guarantorUscc, period: second.period, amount: second.total, paidAt: "2026-01-07T02:00:00.000Z" },
    ];
    for (const payment of record) {
      const { errors } = await system.query(`mutation($p: TaxBillPaymentInput!) { recordTaxBillPayment(payment: $p) { reference } }`, { p: payment });
      expect(errors).toBeUndefined();
    }

    const stored = await system.databases.finance.sql.query<{ period: string; amount: string }>(
      `SELECT "period", "amount"::text AS amount FROM "TaxBillPayment"`,
    );
    const allBills = await system.databases.customs.sql.query<{ period: string; total: string }>(`SELECT "period", "total"::text AS total FROM "TaxBill"`);
    const sum = <Row>(rows: Row[], value: (row: Row) => string) => rows.reduce((total, row) => total.plus(value(row)), D(0));
    // The demo world pays its bills on their due day; the queried months hold those payments and the ones recorded here.
    const periods = [...new Set(stored.map((payment) => payment.period))].filter((period) => period >= first.period && period <= second.period).sort();
    expect(periods).toEqual(expect.arrayContaining([first.period, second.period]));

    const { data, errors } = await system.query(
      `query($a: Month!, $b: Month!) {
        taxBillPaymentTotals(fromPeriod: $a, toPeriod: $b) { period payments paid bills { period total paid outstanding } }
        taxBillTotals(fromPeriod: $a, toPeriod: $b) { period total paid outstanding }
      }`,
      { a: first.period, b: monthAfter(second.period) },
    );
    expect(errors).toBeUndefined();
    const paidIn = (period: string) =>
      sum(
        stored.filter((payment) => payment.period === period),
        (payment) => payment.amount,
      );
    const totalOf = (period: string) =>
      sum(
        allBills.filter((bill) => bill.period === period),
        (bill) => bill.total,
      );
    expect(data!.taxBillPaymentTotals.map((row: any) => row.period)).toEqual(periods);
    for (const row of data!.taxBillPaymentTotals) {
      expect(row.payments).toBe(stored.filter((payment) => payment.period === row.period).length);
      expect(D(row.paid).equals(paidIn(row.period))).toBe(true);
      // The month as customs totals it (customs resolves the TaxBillMonth entity), with finance's figures.
      expect(row.bills.period).toBe(row.period);
      expect(D(row.bills.total).equals(totalOf(row.period))).toBe(true);
      expect(D(row.bills.paid).equals(paidIn(row.period))).toBe(true);
      expect(D(row.bills.outstanding).equals(totalOf(row.period).minus(paidIn(row.period)))).toBe(true);
    }
    // From customs' side: every month of bills, finance's paid (0 where nothing is recorded) and total − paid.
    const months = [...new Set(allBills.map((bill) => bill.period))].filter((period) => period >= first.period && period <= second.period).sort();
    expect(data!.taxBillTotals.map((month: any) => month.period)).toEqual(months);
    for (const month of data!.taxBillTotals) {
      expect(D(month.paid).equals(paidIn(month.period))).toBe(true);
      expect(D(month.outstanding).equals(D(month.total).minus(paidIn(month.period)))).toBe(true);
    }
    // However many months are referred to, each side answers them in one statement.
    const statements = await system.countStatements(() =>
      system.query(`query($a: Month!, $b: Month!) { taxBillPaymentTotals(fromPeriod: $a, toPeriod: $b) { bills { total paid } } }`, {
        a: "2020-01",
        b: "2030-01",
      }),
    );
    expect(data!.taxBillPaymentTotals.length).toBeGreaterThan(1);
    expect(statements).toMatchObject({ customs: 1, finance: 2 });
  });
});

describe("parcel statistics", () => {
  it("count the stored waybills by status and logistics company, and by month", async () => {
    const { waybills } = await storedParcels();
    const count = (key: (waybill: WaybillRow) => string) => {
      const counts = new Map<string, number>();
      for (const waybill of waybills) counts.set(key(waybill), (counts.get(key(waybill)) ?? 0) + 1);
      return counts;
    };
    const byStatusCompany = count((waybill) => `${waybill.status}|${waybill.logisticsCode}`);
    const byMonth = count((waybill) => waybill.month);
    const { data, errors } = await system.query(
      `query($f: ParcelStatisticsFilter!, $delivered: ParcelStatisticsFilter!) {
        byStatus: parcelStatistics(groupBy: [STATUS, LOGISTICS_COMPANY], filter: $f) { status logisticsCompanyCode logisticsCompany { uscc } parcels }
        byMonth: parcelStatistics(groupBy: [MONTH], filter: $f) { month parcels }
        delivered: parcelStatistics(filter: $delivered) { parcels }
      }`,
      { f: PERIOD, delivered: { ...PERIOD, status: ["DELIVERED"] } },
    );
    expect(errors).toBeUndefined();
    expect(new Map(data!.byStatus.map((group: any) => [`${group.status}|${group.logisticsCompanyCode}`, group.parcels]))).toEqual(byStatusCompany);
    expect(new Set(data!.byStatus.map((group: any) => group.status)).size).toBeGreaterThan(2);
    for (const group of data!.byStatus) expect(group.logisticsCompany).toEqual({ uscc: group.logisticsCompanyCode });
    expect(data!.byMonth).toEqual([...byMonth.keys()].sort().map((month) => ({ month, parcels: byMonth.get(month) })));
    expect(data!.delivered).toEqual([{ parcels: waybills.filter((waybill) => waybill.status === "DELIVERED").length }]);
  });

  it("counts for a logistics company only its own parcels", async () => {
    const { waybills } = await storedParcels();
    const carrier = waybills[0]!.logisticsCode;
    const token: Credentials = { token: await system.security.token({ sub: "stats-carrier", role: "enterprise", uscc: carrier }) };
    const { data, errors } = await system.query(
      `query($f: ParcelStatisticsFilter!, $d: DeliveryTimesFilter!) { parcelStatistics(groupBy: [LOGISTICS_COMPANY], filter: $f) { logisticsCompanyCode parcels } deliveryTimes(groupBy: [LOGISTICS_COMPANY], filter: $d) { logisticsCompanyCode } }`,
      { f: PERIOD, d: PERIOD },
      token,
    );
    expect(errors).toBeUndefined();
    expect(data!.parcelStatistics).toEqual([
      { logisticsCompanyCode: carrier, parcels: waybills.filter((waybill) => waybill.logisticsCode === carrier).length },
    ]);
    expect(data!.deliveryTimes).toEqual([{ logisticsCompanyCode: carrier }]);
  });
});

describe("delivery times", () => {
  it("are percentiles of the hours from release to delivery, by destination province and by logistics company", async () => {
    const deliveries = (await storedDeliveries()).filter((delivery) => delivery.hours);
    const groups = (key: (delivery: (typeof deliveries)[number]) => string) => {
      const grouped = new Map<string, Decimal[]>();
      for (const delivery of deliveries) grouped.set(key(delivery), [...(grouped.get(key(delivery)) ?? []), delivery.hours!]);
      return new Map([...grouped].map(([name, hours]) => [name, hours.sort((a, b) => a.comparedTo(b))]));
    };
    const byProvince = groups((delivery) => String(province(delivery.waybill.consigneeAddress)));
    const byCompany = groups((delivery) => delivery.waybill.logisticsCode);
    expect(byProvince.size).toBeGreaterThan(3);
    expect(byProvince.has("null")).toBe(false);

    const { data, errors } = await system.query(
      `query($f: DeliveryTimesFilter!) {
        byProvince: deliveryTimes(groupBy: [DESTINATION_PROVINCE], filter: $f) { destinationProvince parcels p50Hours p90Hours p99Hours }
        byCompany: deliveryTimes(groupBy: [LOGISTICS_COMPANY], filter: $f) { logisticsCompanyCode logisticsCompany { uscc } parcels p50Hours p90Hours p99Hours }
        all: deliveryTimes(filter: $f) { parcels p50Hours }
      }`,
      { f: PERIOD },
    );
    expect(errors).toBeUndefined();
    const check = (row: Record<string, any>, hours: Decimal[]) => {
      expect(row.parcels).toBe(hours.length);
      expect([row.p50Hours, row.p90Hours, row.p99Hours].map((value) => D(value).toFixed(2))).toEqual(
        [0.5, 0.9, 0.99].map((f) => percentile(hours, f).toFixed(2)),
      );
    };
    expect(data!.byProvince.map((row: any) => row.destinationProvince).sort()).toEqual([...byProvince.keys()].sort());
    for (const row of data!.byProvince) check(row, byProvince.get(row.destinationProvince)!);
    expect(data!.byCompany.map((row: any) => row.logisticsCompanyCode)).toEqual([...byCompany.keys()].sort());
    for (const row of data!.byCompany) check(row, byCompany.get(row.logisticsCompanyCode)!);
    const all = deliveries.map((delivery) => delivery.hours!).sort((a, b) => a.comparedTo(b));
    expect(data!.all).toEqual([{ parcels: all.length, p50Hours: percentile(all, 0.5).toString() }]);
  });
});

describe("the zone dashboard", () => {
  it("answers customs', finance's and logistics' figures together in one request", async () => {
    const declarations = await system.databases.customs.sql.query<{ day: string; returnStatus: number; goodsValue: string }>(
      `SELECT to_char("declTime", 'YYYY-MM-DD') AS day, "returnStatus", "goodsValue"::text AS "goodsValue" FROM "InventoryDeclaration"`,
    );
    const payments = (await storedPayments()).filter((payment) => inQuarter(payment.day));
    const { waybills } = await storedParcels();
    const delivered = (await storedDeliveries()).filter((delivery) => inQuarter(delivery.day));
    const hours = delivered.flatMap((delivery) => (delivery.hours ? [delivery.hours] : [])).sort((a, b) => a.comparedTo(b));
    expect(payments.length).toBeGreaterThan(0);
    expect(hours.length).toBeGreaterThan(0);

    const { data, errors } = await system.query(
      `query($from: Date!, $to: Date!) { zoneDashboard(from: $from, to: $to) { from to declarations tradeValue payments paymentVolume parcels delivered medianDeliveryHours } }`,
      QUARTER,
    );
    expect(errors).toBeUndefined();
    const quarterLists = declarations.filter((list) => inQuarter(list.day));
    expect(data!.zoneDashboard).toEqual({
      ...QUARTER,
      declarations: quarterLists.length,
      tradeValue: expect.any(String),
      payments: payments.length,
      paymentVolume: expect.any(String),
      parcels: waybills.filter((waybill) => inQuarter(waybill.day)).length,
      delivered: delivered.length,
      medianDeliveryHours: percentile(hours, 0.5).toString(),
    });
    const released = quarterLists.filter((list) => list.returnStatus === 800);
    expect(D(data!.zoneDashboard.tradeValue).equals(released.reduce((sum, list) => sum.plus(list.goodsValue), D(0)))).toBe(true);
    expect(D(data!.zoneDashboard.paymentVolume).equals(payments.reduce((sum, payment) => sum.plus(payment.amountPaid), D(0)))).toBe(true);
  });

  it("has no median delivery time for a period without deliveries", async () => {
    const { data, errors } = await system.query(
      `{ zoneDashboard(from: "2021-01-01", to: "2021-02-01") { payments paymentVolume parcels delivered medianDeliveryHours } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.zoneDashboard).toEqual({ payments: 0, paymentVolume: "0", parcels: 0, delivered: 0, medianDeliveryHours: null });
  });

  it("is refused to an enterprise", async () => {
    const platform: Credentials = { token: await system.security.token({ sub: "stats-platform", role: "enterprise", uscc: system.partnerUscc }) };
    const { data, errors } = await system.query(`{ zoneDashboard(from: "2025-03-01", to: "2025-06-01") { payments parcels } }`, {}, platform);
    expect(data?.zoneDashboard ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("bad input", () => {
  it.each([
    [`paymentStatistics(groupBy: [MONTH, MONTH], filter: { from: "2025-01-01", to: "2026-01-01" }) { payments }`, "groupBy"],
    [`paymentStatistics(filter: { from: "2025-02-01", to: "2025-01-01" }) { payments }`, "filter.to"],
    [`parcelStatistics(groupBy: [STATUS], filter: { from: "2000-01-01", to: "2026-01-01" }) { parcels }`, "filter.to"],
    [`parcelStatistics(groupBy: [STATUS, STATUS], filter: { from: "2025-01-01", to: "2026-01-01" }) { parcels }`, "groupBy"],
    [`deliveryTimes(groupBy: [LOGISTICS_COMPANY, LOGISTICS_COMPANY], filter: { from: "2025-01-01", to: "2026-01-01" }) { parcels }`, "groupBy"],
    [`deliveryTimes(filter: { from: "2025-02-01", to: "2025-01-01" }) { parcels }`, "filter.to"],
    [`taxBillPaymentTotals(fromPeriod: "2025-13", toPeriod: "2026-01") { paid }`, "fromPeriod"],
    [`taxBillPaymentTotals(fromPeriod: "2026-01", toPeriod: "2025-01") { paid }`, "toPeriod"],
  ])("refuses %s, naming %s", async (field, name) => {
    const { data, errors } = await system.query(`{ ${field} }`);
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: name });
  });
});
