/**
 * CEB507 arrival (运抵) and CEB509 departure (离境) rules (docs/domain.md#arrival-and-departure): an export
 * parcel reaches the supervised site once its waybill is declared, and leaves the country once it has arrived
 * and customs has released its export list. Each message moves all its parcels or none, so every failing
 * parcel is named in one answer.
 */
import { documentHash } from "../../../lib/rules/document-hash";
import { DocumentChecks, type Problem } from "../../../lib/rules/document-checks";
import { CUSTOMS_DISTRICTS, TRANSPORT_MODES } from "../../../lib/rules/code-tables";
import type { ExportArrivalInput, ExportDepartureInput, ExportParcelInput } from "../__generated__/resolvers-types";
import { RELEASED_LIST } from "./tracking";
import { ruleOn } from "../../../lib/rules/effective";
import { futureProblem } from "../../../lib/rules/platform-time";
import movementRules from "./export-movement.rules.json";

export const ARRIVAL_RECEIPT = "CEB508";
export const DEPARTURE_RECEIPT = "CEB510";

/** Our own return statuses (the spec verifies none for export), named after the receipts that carry them. */
export const ARRIVAL_STATUS = {
  /** A field is missing or malformed. */
  invalid: -508001,
  /** The company has no export waybill with this number. */
  unknownWaybill: -508002,
  /** The waybill is only saved (appStatus 1), not declared. */
  notDeclared: -508003,
  /** The parcel's arrival is already recorded. */
  alreadyArrived: -508004,
  /** The company already used this copNo for another arrival. */
  duplicate: -508012,
} as const;

export const DEPARTURE_STATUS = {
  /** A field is missing or malformed. */
  invalid: -510001,
  /** The company has no export waybill with this number. */
  unknownWaybill: -510002,
  /** The parcel's arrival at the supervised site is not recorded. */
  notArrived: -510003,
  /** The parcel has already departed. */
  alreadyDeparted: -510004,
  /** Customs has not released the parcel's export list (or there is none). */
  notReleased: -510005,
  /** Another departure holds the parcel's export list: the parcel is leaving under it. */
  heldByAnother: -510006,
  /** The stated departure time is before the parcel's recorded arrival. */
  beforeArrival: -510007,
  /** The waybill changed after customs released its list against an earlier version. */
  waybillChanged: -510008,
  /** The company already used this copNo for another departure. */
  duplicate: -510012,
} as const;

/** Parcels one arrival or departure may carry; also the most customs answers for in one request. */
export const MAX_PARCELS = 500;

/** What the movement rules need to know of a stored export waybill. */
export interface ParcelState {
  returnStatus: number;
  status: "FILED" | "ARRIVED" | "DEPARTED";
  arrivedAt?: Date | null;
}

/** An export list as customs reports it for a parcel; null when no list names the parcel. */
export type ParcelList = { invtNo: string | null; returnStatus: number; departureCopNo?: string | null; waybillVersion?: number | null } | null;

/** The status of an accepted message (海关入库), on a declared waybill and on every receipt of a recorded movement. */
export const ACCEPTED = 120;

function checkItems(check: DocumentChecks, items: readonly ExportParcelInput[]): void {
  if (items.length === 0) check.fail("items", "must name at least one parcel");
  if (items.length > MAX_PARCELS) check.fail("items", `may name at most ${MAX_PARCELS} parcels; send the rest in another message`);
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const at = `items[${index}]`;
    if (item.gnum !== index + 1) check.fail(`${at}.gnum`, `must be ${index + 1}: items are numbered 1..n in order`);
    check.text(`${at}.logisticsNo`, item.logisticsNo, 60);
    if (item.logisticsNo.trim() !== item.logisticsNo) check.fail(`${at}.logisticsNo`, "must not start or end with spaces");
    const first = seen.get(item.logisticsNo);
    if (first !== undefined) check.fail(`${at}.logisticsNo`, `names the same waybill as items[${first}]`);
    else seen.set(item.logisticsNo, index);
    check.text(`${at}.totalPackageNo`, item.totalPackageNo, 50, false);
    check.text(`${at}.note`, item.note, 1000, false);
  });
}

function checkHead(check: DocumentChecks, message: ExportArrivalInput | ExportDepartureInput): void {
  check.guid("guid", message.guid);
  check.fixed("appType", message.appType, "1", "new; a recorded movement is not changed");
  check.fixed("appStatus", message.appStatus, "2", "declare");
  check.oneOf("customsCode", message.customsCode, CUSTOMS_DISTRICTS, "customs district");
  check.text("copNo", message.copNo, 20);
  if (message.copNo.trim() !== message.copNo) check.fail("copNo", "must not start or end with spaces");
  check.enterprise("logisticsCode", message.logisticsCode);
  check.text("logisticsName", message.logisticsName, 100);
  check.oneOf("trafMode", message.trafMode, TRANSPORT_MODES, "transport mode");
  check.text("note", message.note, 1000, false);
}

export function checkArrival(arrival: ExportArrivalInput): Problem[] {
  const check = new DocumentChecks(ARRIVAL_STATUS.invalid);
  checkHead(check, arrival);
  check.enterprise("operatorCode", arrival.operatorCode);
  check.text("operatorName", arrival.operatorName, 100);
  check.text("loctNo", arrival.loctNo, 10);
  check.fixed("ieFlag", arrival.ieFlag, "E", "export");
  check.text("billNo", arrival.billNo, 37, false);
  checkItems(check, arrival.items);
  return check.problems;
}

export function checkDeparture(departure: ExportDepartureInput): Problem[] {
  const check = new DocumentChecks(DEPARTURE_STATUS.invalid);
  checkHead(check, departure);
  check.text("trafName", departure.trafName, 100);
  check.text("voyageNo", departure.voyageNo, 32);
  check.text("billNo", departure.billNo, 37);
  checkItems(check, departure.items);
  return check.problems;
}

/** Why each parcel may not arrive: it must be the company's declared export waybill, not arrived yet. */
export function arrivalProblems(items: readonly ExportParcelInput[], waybills: ReadonlyMap<string, ParcelState>): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const field = `items[${index}].logisticsNo`;
    const waybill = waybills.get(item.logisticsNo);
    if (!waybill) problems.push({ field, returnStatus: ARRIVAL_STATUS.unknownWaybill, message: `the company has no export waybill ${item.logisticsNo}` });
    else if (waybill.status !== "FILED")
      problems.push({ field, returnStatus: ARRIVAL_STATUS.alreadyArrived, message: `parcel ${item.logisticsNo} is already ${waybill.status}` });
    else if (waybill.returnStatus !== ACCEPTED) {
      problems.push({
        field,
        returnStatus: ARRIVAL_STATUS.notDeclared,
        message: `the export waybill ${item.logisticsNo} is only saved; declare it (appStatus 2) first`,
      });
    }
  });
  return problems;
}

type MovementTimeRule = { validFrom: string; futureToleranceMinutes: number };

/**
 * A movement's stated times against the platform's clock: neither the application time nor the departure
 * time lies in the future. They are recorded as the sender states them, never trusted further.
 */
export function movementTimeProblems(message: { appTime: Date; leaveTime?: Date }, now: Date, invalidStatus: number): Problem[] {
  const rule = ruleOn<MovementTimeRule>(movementRules.rules, now, "export-movement.rules.json");
  const check = new DocumentChecks(invalidStatus);
  for (const [field, at] of [
    ["appTime", message.appTime],
    ["leaveTime", message.leaveTime],
  ] as const) {
    const ahead = at && futureProblem(at, now, rule.futureToleranceMinutes);
    if (ahead) check.fail(field, ahead);
  }
  return check.problems;
}

/**
 * Why each parcel may not depart on local grounds: it must be the company's, arrived, not departed, and
 * leave no earlier than it arrived.
 */
export function departureProblems(items: readonly ExportParcelInput[], waybills: ReadonlyMap<string, ParcelState>, leaveTime?: Date): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const field = `items[${index}].logisticsNo`;
    const waybill = waybills.get(item.logisticsNo);
    if (!waybill) problems.push({ field, returnStatus: DEPARTURE_STATUS.unknownWaybill, message: `the company has no export waybill ${item.logisticsNo}` });
    else if (waybill.status === "DEPARTED")
      problems.push({ field, returnStatus: DEPARTURE_STATUS.alreadyDeparted, message: `parcel ${item.logisticsNo} has already departed` });
    else if (waybill.status !== "ARRIVED") {
      problems.push({
        field,
        returnStatus: DEPARTURE_STATUS.notArrived,
        message: `parcel ${item.logisticsNo} has not arrived at the supervised site (no CEB507 recorded)`,
      });
    } else if (leaveTime && waybill.arrivedAt && leaveTime < waybill.arrivedAt) {
      problems.push({
        field,
        returnStatus: DEPARTURE_STATUS.beforeArrival,
        message: `leaveTime ${leaveTime.toISOString()} is before parcel ${item.logisticsNo} arrived (${waybill.arrivedAt.toISOString()})`,
      });
    }
  });
  return problems;
}

/**
 * Why each parcel asked about may not depart on customs' grounds: its one live export list must be released
 * against the waybill's current version and, when `copNo` is given, held by this departure rather than by
 * another one.
 */
export function releaseProblems(
  asked: ReadonlyArray<{ index: number; logisticsNo: string; version?: number }>,
  lists: readonly ParcelList[],
  copNo?: string,
): Problem[] {
  const problems: Problem[] = [];
  asked.forEach(({ index, logisticsNo, version }, position) => {
    const list = lists[position] ?? null;
    const field = `items[${index}].logisticsNo`;
    if (list && RELEASED_LIST.has(list.returnStatus)) {
      // A list recorded before versions were kept (null) is not compared.
      if (version !== undefined && list.waybillVersion != null && list.waybillVersion !== version) {
        problems.push({
          field,
          returnStatus: DEPARTURE_STATUS.waybillChanged,
          message: `the export waybill ${logisticsNo} changed (version ${version}) after customs released its list against version ${list.waybillVersion}; cancel and declare the list again`,
        });
        return;
      }
      if (copNo === undefined || list.departureCopNo === copNo) return;
      problems.push({
        field,
        returnStatus: DEPARTURE_STATUS.heldByAnother,
        message: `parcel ${logisticsNo} is already leaving under departure ${list.departureCopNo ?? "(another)"}; its export list is held by it`,
      });
      return;
    }
    problems.push({
      field,
      returnStatus: DEPARTURE_STATUS.notReleased,
      message: list
        ? `customs has not released the export list of parcel ${logisticsNo} (list ${list.invtNo ?? "without number"}, status ${list.returnStatus})`
        : `no export list declares parcel ${logisticsNo}`,
    });
  });
  return problems;
}

/** Problems in item order, so that a refusal on local and on customs' grounds lists its parcels as the message does. */
export function byItem(problems: Problem[]): Problem[] {
  const position = (problem: Problem) => Number(/^items\[(\d+)\]/.exec(problem.field)?.[1] ?? -1);
  return [...problems].sort((a, b) => position(a) - position(b));
}

const ARRIVAL_FIELDS = [
  "appStatus",
  "customsCode",
  "copNo",
  "operatorCode",
  "operatorName",
  "loctNo",
  "ieFlag",
  "trafMode",
  "billNo",
  "logisticsCode",
  "logisticsName",
  "note",
] as const;
const DEPARTURE_FIELDS = [
  "appStatus",
  "customsCode",
  "copNo",
  "logisticsCode",
  "logisticsName",
  "trafMode",
  "trafName",
  "voyageNo",
  "billNo",
  "leaveTime",
  "note",
] as const;

function movementHash(message: Record<string, unknown>, fields: readonly string[], items: readonly ExportParcelInput[]): string {
  const head = Object.fromEntries(fields.map((field) => [field, message[field] ?? null]));
  const parcels = items.map((item) => ({
    gnum: item.gnum,
    logisticsNo: item.logisticsNo,
    totalPackageNo: item.totalPackageNo ?? null,
    note: item.note ?? null,
  }));
  return documentHash({ ...head, items: parcels }, new Set());
}

export const arrivalHash = (arrival: ExportArrivalInput): string => movementHash(arrival, ARRIVAL_FIELDS, arrival.items);
export const departureHash = (departure: ExportDepartureInput): string => movementHash(departure, DEPARTURE_FIELDS, departure.items);
