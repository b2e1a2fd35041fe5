import { filingStatus } from "../../lib/documents/submission";
import { insertAll, seededReceipts, seededUuid } from "../insert";
import type { World } from "../world";
import type { PrismaClient } from "../../prisma/logistics/generated/client";
import { waybillHash } from "../../subgraphs/logistics/rules/waybill";
import { ACCEPTED, ARRIVAL_RECEIPT, arrivalHash, DEPARTURE_RECEIPT, departureHash } from "../../subgraphs/logistics/rules/export-movement";
import { EXPORT_WAYBILL_RECEIPT, exportWaybillHash } from "../../subgraphs/logistics/rules/export-waybill";

export async function seedLogistics(prisma: PrismaClient, { logistics }: World): Promise<void> {
  await insertAll(
    logistics.waybills.map((waybill) => ({ ...waybill, contentHash: waybillHash(waybill) })),
    (data) => prisma.waybill.createMany({ data }),
  );
  await insertAll(
    seededReceipts(
      "CEB512",
      logistics.waybills,
      (w) => ({ logisticsCode: w.logisticsCode, logisticsNo: w.logisticsNo }),
      () => filingStatus("2", "waybill").returnInfo,
    ),
    (data) => prisma.waybillReceipt.createMany({ data }),
  );
  await insertAll(logistics.trackingEvents, (data) => prisma.trackingEvent.createMany({ data }));
  await seedExports(prisma, logistics);
}

type Parcel = { logisticsCode: string; copNo: string; gnum: number; logisticsNo: string; totalPackageNo?: string | null; note?: string | null };

function itemsOf<Movement extends { logisticsCode: string; copNo: string }>(movements: Movement[], items: Parcel[]): Map<Movement, Parcel[]> {
  return new Map(
    movements.map((movement) => [movement, items.filter((item) => item.logisticsCode === movement.logisticsCode && item.copNo === movement.copNo)]),
  );
}

/** Export waybills, their arrivals and departures, and each parcel's CEB506, CEB508 and CEB510 receipts. */
async function seedExports(prisma: PrismaClient, logistics: World["logistics"]): Promise<void> {
  await insertAll(
    logistics.exportWaybills.map((waybill) => ({ ...waybill, contentHash: exportWaybillHash(waybill) })),
    (data) => prisma.exportWaybill.createMany({ data }),
  );
  const arrivals = itemsOf(logistics.exportArrivals, logistics.exportArrivalItems);
  const departures = itemsOf(logistics.exportDepartures, logistics.exportDepartureItems);
  await insertAll(
    [...arrivals].map(([arrival, items]) => ({ ...arrival, contentHash: arrivalHash({ ...arrival, appTime: new Date(arrival.appTime), items }) })),
    (data) => prisma.exportArrival.createMany({ data }),
  );
  await insertAll(logistics.exportArrivalItems, (data) => prisma.exportArrivalItem.createMany({ data }));
  await insertAll(
    [...departures].map(([departure, items]) => ({
      ...departure,
      contentHash: departureHash({ ...departure, appTime: new Date(departure.appTime), leaveTime: new Date(departure.leaveTime), items }),
    })),
    (data) => prisma.exportDeparture.createMany({ data }),
  );
  await insertAll(logistics.exportDepartureItems, (data) => prisma.exportDepartureItem.createMany({ data }));

  // Each parcel of a movement gets the movement's receipt, as recordMovement writes it.
  const movementReceipts = (
    messageType: string,
    movements: Map<{ logisticsCode: string; copNo: string; guid: string; returnTime?: Date | string }, Parcel[]>,
    info: (copNo: string) => string,
  ) =>
    [...movements].flatMap(([movement, items]) =>
      items.map((item) => ({
        id: seededUuid(`${messageType}|${item.logisticsCode}|${item.logisticsNo}|1`),
        messageType,
        logisticsCode: item.logisticsCode,
        logisticsNo: item.logisticsNo,
        guid: movement.guid,
        version: 1,
        returnStatus: ACCEPTED,
        returnInfo: info(movement.copNo),
        returnTime: movement.returnTime,
      })),
    );
  const departureOf = new Map(logistics.exportDepartures.map((departure) => [departure.copNo, departure]));
  const arrivalOf = new Map(logistics.exportArrivals.map((arrival) => [arrival.copNo, arrival]));
  await insertAll(
    [
      ...seededReceipts(
        EXPORT_WAYBILL_RECEIPT,
        logistics.exportWaybills,
        (w) => ({ logisticsCode: w.logisticsCode, logisticsNo: w.logisticsNo }),
        () => filingStatus("2", "export waybill").returnInfo,
      ).map((receipt) => ({ ...receipt, messageType: EXPORT_WAYBILL_RECEIPT })),
      ...movementReceipts(ARRIVAL_RECEIPT, arrivals, (copNo) => `运抵: arrival ${copNo} at supervised site ${arrivalOf.get(copNo)!.loctNo}`),
      ...movementReceipts(
        DEPARTURE_RECEIPT,
        departures,
        (copNo) => `离境: departure ${copNo} on ${departureOf.get(copNo)!.trafName} ${departureOf.get(copNo)!.voyageNo}`,
      ),
    ],
    (data) => prisma.exportWaybillReceipt.createMany({ data }),
  );
}
