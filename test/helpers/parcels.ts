import { sendersOf, type Parcel } from "../../demo/parcels";
import type { Credentials, TestSystem } from "./system";

const RECEIPT = "{ messageType version returnStatus returnInfo }";

/** Files a parcel's documents through the gateway, each as the enterprise that sends it. */
export function parcelFiler(system: () => TestSystem) {
  const as = (uscc: string): Promise<Credentials> =>
    system()
      .security.token({ sub: `clerk-${uscc}`, role: "enterprise", uscc })
      .then((token) => ({ token }));
  return {
    as,
    order: async (p: Parcel) => system().query(`mutation($d: OrderInput!) { submitOrder(order: $d) ${RECEIPT} }`, { d: p.order }, await as(sendersOf(p).order)),
    payment: async (p: Parcel) =>
      system().query(`mutation($d: PaymentInput!) { submitPayment(payment: $d) ${RECEIPT} }`, { d: p.payment }, await as(sendersOf(p).payment)),
    waybill: async (p: Parcel) =>
      system().query(`mutation($d: WaybillInput!) { submitWaybill(waybill: $d) ${RECEIPT} }`, { d: p.waybill }, await as(sendersOf(p).waybill)),
    inventory: async (p: Parcel) =>
      system().query(`mutation($d: InventoryInput!) { declareInventory(inventory: $d) ${RECEIPT} }`, { d: p.inventory }, await as(sendersOf(p).inventory)),
  };
}
