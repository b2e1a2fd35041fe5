import Decimal from "decimal.js";
import { buildWorld, MISMATCH, ORDERS_PER_SCALE } from "./world";

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
      const paid = new Decimal(order.goodsValue as string).plus(order.freight as string).plus(order.taxTotal as string).minus(order.discount as string);
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
        const waybill = world.logistics.waybills.find(
          (w) => w.logisticsCode === declaration.logisticsCode && w.logisticsNo === declaration.logisticsNo,
        );
        expect(waybill === undefined).toBe(slot === MISMATCH.missingWaybill);
        if (waybill) expect([waybill.consignee, waybill.consigneeAddress]).toEqual([order.consignee, order.consigneeAddress]);
      }
    });
  });

  it("puts the dishonest enterprises, and only those, on the active negative list", () => {
    const dishonest = world.credit.creditProfiles.filter((p) => p.creditClass === "DISHONEST").map((p) => p.uscc);
    const listed = world.credit.negativeList.filter((entry) => entry.removedAt === null).map((entry) => entry.uscc);
    expect(listed.sort()).toEqual(dishonest.sort());
    expect(listed.length).toBeGreaterThan(0);
  });
});
