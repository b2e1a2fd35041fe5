import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { requireStaffOrService } from "../../../lib/auth/guards";
import { concurrentChange, fileDocument, isResend, rejectDocument, SAVED, type ReceiptRow } from "../../../lib/documents/submission";
import { requireSender } from "../../../lib/documents/roles";
import type { Prisma } from "../../../prisma/customs/generated/client";
import type { InventoryInput } from "../__generated__/resolvers-types";
import type { CustomsContext } from "../context";
import { dutiableValues, importTax, type TaxResult } from "../rules/import-tax";
import { addToTaxBill } from "./tax-bills";
import { buyerYearTotal } from "./buyer-quota";
import { reportListToCredit } from "./conclude-inspection";
import { CREDIT_REPORT } from "../../../lib/service/credit-report";
import { CANCEL_RECEIPT } from "../rules/withdrawal";
import { checkInventory, declTimeProblems, goodsValueOf, INVENTORY_RECEIPT, INVENTORY_STATUS, inventoryHash, waitingDeadline } from "../rules/inventory";
import { checkAdmission, type FilingEvidence, type FilingMatch, type PartyEvidence } from "../rules/admission-gates";
import {
  judgeList,
  limitFinding,
  MATCH_STATUS,
  matchDocuments,
  withheldTaxFinding,
  findingText,
  type Finding,
  type MatchDocument,
  type MatchList,
  type MatchOrder,
  type MatchPayment,
  type MatchResult,
  type MatchWaybill,
} from "../rules/three-document-match";
import type { Problem } from "../../../lib/rules/document-checks";
import { now } from "../../../lib/clock";
import { recordEvents } from "../../../lib/service/outbox";
import { listEvents, taxListEvents, type ListParties } from "../events";
import { enterpriseCodeProblem } from "../../../lib/rules/enterprise-code";
import { customsCodes, enterprisesByCode, usccOf } from "../../../lib/documents/enterprise-codes";
import { departmentUnreachable } from "../../../lib/graphql/errors";
import { chinaDay, chinaTime, chinaYear } from "../../../lib/rules/china-time";

const WAITING = 2;

// A party is admitted by its registration, its CIQ filings and the negative list in force on the list's
// declaration date; a product filing by its status on that date.
const PARTY = `onNegativeList(on: $declaredOn) roles registration: statusOn(on: $declaredOn) filings { role status: statusOn(date: $declaredOn) }`;
const FILING = `filingNo hsCode status: statusOn(date: $declaredOn) owner { uscc }`;
const EVIDENCE = `
  query ListEvidence(
    $payCode: String!, $payTransactionId: String!, $logisticsCode: String!, $logisticsNo: String!,
    $parties: [String!]!, $filingNos: [String!]!, $unnamed: [ProductFilingLine!]!, $declaredOn: Date!
  ) {
    payment(payCode: $payCode, payTransactionId: $payTransactionId) {
      payCode payTransactionId ebpCode orderNo amountPaid payerIdType payerIdNumber payerName
    }
    waybill(logisticsCode: $logisticsCode, logisticsNo: $logisticsNo) {
      logisticsCode logisticsNo orderNo freight insuredFee consignee consigneeTelephone consigneeAddress
    }
    parties: enterprisesByCode(codes: $parties) { ${PARTY} }
    filings: productFilingsByNumber(filingNos: $filingNos) { ${FILING} }
    matched: productFilingsFor(lines: $unnamed, on: $declaredOn) { filing { ${FILING} } candidates }
  }`;

/**
 * The parties in the order the evidence query names them in `parties` (the warehouse only when the list names
 * one): asked as one list, so that CIQ is asked for all their filings in one fetch, not one per party.
 */
const PARTY_KEYS = ["platform", "seller", "carrier", "payer", "agent", "warehouse"] as const;

/** The evidence query's answer. */
interface EvidenceAnswer {
  payment: MatchPayment | null;
  waybill: MatchWaybill | null;
  parties: Array<PartyEvidence | null>;
  filings: Array<FilingEvidence | null>;
  matched: FilingMatch[];
}

interface Evidence {
  payment: MatchPayment | null;
  waybill: MatchWaybill | null;
  platform: PartyEvidence | null;
  seller: PartyEvidence | null;
  carrier: PartyEvidence | null;
  payer: PartyEvidence | null;
  agent: PartyEvidence | null;
  /** Absent when the list names no warehouse operator. */
  warehouse?: PartyEvidence | null;
  filings: Array<FilingEvidence | null>;
  /** The filings found for the lines without filingNo, in their order. */
  matched: FilingMatch[];
}

const SAMPLING = `
  mutation Sampling($request: InspectionRequest!) {
    decideInspection(request: $request) { selected rate draw riskLevel reason inspection { id kind } }
  }`;

interface Sampling {
  selected: boolean;
  rate: string;
  draw: string;
  riskLevel: string;
  reason: string;
  inspection: { id: string; kind: string } | null;
}

type Amount = Decimal.Value | { toFixed(): string };
/** The USCCs of a list's parties, stored beside the codes as filed (ListParties). */
type PartyUsccs = Pick<ListParties, "ebpUscc" | "ebcUscc" | "agentUscc" | "logisticsUscc" | "assureUscc">;

/**
 * The USCCs of the parties a list names by USCC or customs code: credit is asked once for all its customs
 * codes (not at all when it names none). A code no enterprise registered stays as filed: the admission gates
 * refuse that party. Null when credit cannot answer.
 */
async function partyUsccs(list: Omit<ListParties, keyof PartyUsccs | "copNo" | "customsCode">, graph: CustomsContext["graph"]): Promise<PartyUsccs | null> {
  const known = await enterprisesByCode(graph, customsCodes([list.ebpCode, list.ebcCode, list.agentCode, list.logisticsCode, list.assureCode]));
  if (!known) return null;
  return {
    ebpUscc: usccOf(list.ebpCode, known),
    ebcUscc: usccOf(list.ebcCode, known),
    agentUscc: usccOf(list.agentCode, known),
    logisticsUscc: usccOf(list.logisticsCode, known),
    assureUscc: usccOf(list.assureCode, known),
  };
}

type ListForDecision = Omit<MatchList, "lines"> &
  PartyUsccs & {
    agentCode: string;
    assureCode: string;
    areaCode?: string | null;
    copNo: string;
    customsCode: string;
    lines: Array<MatchList["lines"][number] & { gcode: string; filingNo?: string | null; itemNo?: string | null; barCode?: string | null }>;
  };

interface Decision {
  returnStatus: number;
  returnInfo: string;
  /** A receipt issued on the way to the final status (120 accepted, before 800 or 500). */
  accepted?: string;
  invtNo?: string;
  /** The documents a waiting list waits for (absent while it waits for a department to answer). */
  missing?: string[];
  taxes?: { dutiableValue: string; customsTax: string; valueAddedTax: string; consumptionTax: string; taxTotal: string };
  evidence: Prisma.InputJsonValue;
}

const amount = (value: Amount) => new Decimal(typeof value === "object" && !(value instanceof Decimal) ? value.toFixed() : value);

/**
 * The tax of a list under the rules of its declaration date, with the buyer's purchases so far this year;
 * without them (`countBuyer` false) only the list's own limits are checked. The year is the China year in
 * which the list is being accepted, now, and the purchases are the lists accepted in that year: a declared
 * date, which the sender writes, never moves a list into another year's quota (docs/domain.md#limits).
 */
async function taxOf(
  list: ListForDecision,
  { prisma, loaders }: CustomsContext,
  exclude?: { agentCode: string; copNo: string },
  countBuyer = true,
): Promise<TaxResult> {
  const buyerAnnualTotal = countBuyer ? await buyerYearTotal(prisma, list.buyerIdNumber, chinaYear(now()), exclude) : "0";
  // In gnum order, so that the per-line amounts the decision records are the lines' in order (the CEB816 reads them).
  const lines = [...list.lines].sort((a, b) => Number(a.gnum) - Number(b.gnum));
  const dutiable = dutiableValues(
    lines.map((line) => amount(line.totalPrice)),
    { freight: amount(list.freight), insuredFee: amount(list.insuredFee) },
  );
  const tariff = (await loaders.tariffOn.load(chinaDay(list.declTime))).rows;
  return importTax({
    declarationDate: list.declTime,
    buyerAnnualTotal,
    lines: lines.map((line, index) => {
      const row = tariff.get(line.gcode)!;
      return {
        dutiableValue: dutiable[index]!,
        vatClass: row.vatClass,
        consumptionTaxRate: row.consumptionTaxRate,
        tariffRate: row.mfnRate,
        quantity: amount(line.qty),
      };
    }),
  });
}

/** The next 9-digit serial of one of customs' numbering sequences (migrations 0004, 0010). */
export async function nextNumber(prisma: CustomsContext["prisma"], sequence: "pre_no_seq" | "invt_no_seq" | "sum_no_seq" | "entry_no_seq"): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT nextval('${sequence}') AS n`);
  return String(row!.n).padStart(9, "0").slice(-9);
}

/** The order a list names, with its lines in order (null: not filed). */
const orderOf = (list: { ebpCode: string; orderNo: string }, prisma: CustomsContext["prisma"]) =>
  prisma.order.findUnique({ where: { ebpCode_orderNo: { ebpCode: list.ebpCode, orderNo: list.orderNo } }, include: { lines: { orderBy: { gnum: "asc" } } } });
type ListOrder = Awaited<ReturnType<typeof orderOf>>;

/** What can be judged of a list now: the match with its documents and the admission of its parties and goods. */
interface Evaluation {
  order: Pick<MatchOrder, "buyerIdNumber" | "taxTotal"> | null;
  match: MatchResult;
  /** Findings other than the match's: enterprise codes and the admission gates. */
  others: Finding[];
  /** The parties' filings and negative-list state and the product filings judged (no personal data). */
  admission: Prisma.InputJsonValue | null;
  /** Each line's product filing: the one it names, or the one CIQ found for it (null: none found). */
  filingNos: Array<string | null>;
}

const departmentsOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>) =>
  [...new Set(errors.map((error) => String(error.extensions?.serviceName ?? "the graph")))].join(", ");

/**
 * The three-document match and the admission gates of one list. The order is customs' own; the payment,
 * the waybill and the parties' standing are read through the graph from finance, logistics, CIQ and credit.
 * A department that cannot answer gives its name instead (the list is checked again when it can).
 */
async function evaluate(list: ListForDecision, { prisma, graph }: CustomsContext, read?: ListOrder): Promise<Evaluation | { unavailable: string }> {
  const order = read === undefined ? await orderOf(list, prisma) : read;
  const parties = order ? partiesOf(list, order) : [];
  // A customs code is resolved by credit like a USCC (an enterprise registers its customs code); only a code
  // that is neither is refused without asking.
  const malformed: Finding[] = parties.flatMap((party) => {
    const problem = enterpriseCodeProblem(party.code);
    return problem
      ? [
          {
            rule: "enterprises are named by USCC or customs code",
            document: party.document,
            field: party.field,
            code: MATCH_STATUS.enterpriseCode,
            finding: problem,
            actual: party.code,
          },
        ]
      : [];
  });
  let evidence: Evidence | null = null;
  // CIQ files products under the e-commerce enterprise's USCC (ebcCode may be its customs code).
  const sellerUscc = list.ebcUscc;
  if (order && malformed.length === 0) {
    const codes = [list.ebpCode, list.ebcCode, list.logisticsCode, order.payCode, list.agentCode, ...(list.areaCode ? [list.areaCode] : [])];
    const answer = await graph.request<EvidenceAnswer>(EVIDENCE, {
      payCode: order.payCode,
      payTransactionId: order.payTransactionId,
      logisticsCode: list.logisticsCode,
      logisticsNo: list.logisticsNo,
      parties: codes,
      filingNos: list.lines.flatMap((line) => (line.filingNo ? [line.filingNo] : [])),
      unnamed: list.lines
        .filter((line) => !line.filingNo)
        .map((line) => ({ ebcCode: sellerUscc, gcode: line.gcode, itemNo: line.itemNo ?? null, barCode: line.barCode ?? null })),
      // Registrations, filings and negative-list entries are judged as they stand on the declaration date.
      declaredOn: chinaDay(list.declTime),
    });
    if (answer.errors?.length || !answer.data) return { unavailable: departmentsOf(answer.errors ?? []) };
    const { parties: found, ...documents } = answer.data;
    const byParty = Object.fromEntries(codes.map((_, index) => [PARTY_KEYS[index]!, found[index] ?? null]));
    evidence = { ...documents, platform: null, seller: null, carrier: null, payer: null, agent: null, ...byParty };
  }
  const match = matchDocuments(list, order, evidence?.payment ?? null, evidence?.waybill ?? null);
  const known = evidence;
  // The lines without filingNo take the filing CIQ found for them, in order (docs/partner-guide.md#product-filings).
  const matches = [...(known?.matched ?? [])];
  const lines = list.lines.map((line) => (line.filingNo ? line : { ...line, match: matches.shift() }));
  const admission = known
    ? checkAdmission({
        parties: parties.map((party) => ({ ...party, evidence: known[party.key] ?? null })),
        ebcCode: sellerUscc,
        lines,
        filings: [...known.filings, ...known.matched.map((match) => match.filing)],
      })
    : [];
  return {
    order,
    match,
    others: [...malformed, ...admission],
    admission: known
      ? {
          platform: known.platform,
          seller: known.seller,
          carrier: known.carrier,
          payer: known.payer,
          agent: known.agent,
          warehouse: known.warehouse ?? null,
          filings: known.filings,
          matched: known.matched,
        }
      : null,
    filingNos: lines.map((line) => line.filingNo ?? ("match" in line ? (line.match?.filing?.filingNo ?? null) : null)),
  } as Evaluation;
}

/**
 * The tax of a list for its judgement. The buyer's purchases of the year are counted only for the order's own
 * buyer: they are no answer to a list of a made-up order or a chosen identity number.
 */
const assessedTax = (list: ListForDecision, order: Evaluation["order"], context: CustomsContext, self?: { agentCode: string; copNo: string }) =>
  taxOf(list, context, self, order?.buyerIdNumber === list.buyerIdNumber);

/**
 * The three-document match, the admission gates, the limits and the withheld tax of one declared list, judged
 * by judgeList (three-document-match.ts). A department that cannot answer leaves the list waiting, never lost.
 */
async function decide(
  list: ListForDecision,
  context: CustomsContext,
  self?: { agentCode: string; copNo: string },
  /** The tax already worked out for this list a moment ago (declaring), so it is not asked of the database twice. */
  known?: TaxResult,
  /** The list's order as read a moment ago (declaring), for the same reason. */
  order?: ListOrder,
): Promise<Decision> {
  const { prisma, graph } = context;
  const unavailable = (departments: string): Decision => ({
    returnStatus: WAITING,
    returnInfo: `电子口岸申报中: ${departments} could not be read; the list is checked again when it can`,
    evidence: { outcome: "waiting", unavailable: departments },
  });
  const evaluation = await evaluate(list, context, order);
  if ("unavailable" in evaluation) return unavailable(evaluation.unavailable);
  const { match, admission, others, filingNos } = evaluation;
  const judgement = judgeList({
    list,
    order: evaluation.order,
    match,
    others,
    admission,
    tax: known ?? (await assessedTax(list, evaluation.order, context, self)),
  });
  if (judgement.outcome !== "accepted") {
    return {
      returnStatus: judgement.returnStatus,
      returnInfo: judgement.returnInfo,
      ...(judgement.outcome === "waiting" ? { missing: match.missing } : {}),
      evidence: judgement.decision as Prisma.InputJsonValue,
    };
  }
  const { tax } = judgement;
  const sampling = await graph.request<{ decideInspection: Sampling }>(SAMPLING, {
    request: {
      agentCode: list.agentCode,
      copNo: list.copNo,
      ebcCode: list.ebcUscc,
      // The order the draw belongs to and its buyer, hashed: CIQ binds the draw without learning who bought.
      ebpCode: list.ebpCode,
      orderNo: list.orderNo,
      buyerIdHash: createHash("sha256").update(`buyer|${list.buyerIdNumber}`).digest("hex"),
      declTime: chinaDay(list.declTime),
      // Accepted, so every line has its filing: the one named or the one found.
      filingNos: filingNos.map((filingNo) => filingNo!),
    },
  });
  if (sampling.errors?.length || !sampling.data) return unavailable(departmentsOf(sampling.errors ?? []));
  const inspection = sampling.data.decideInspection;
  const invtNo = `${list.customsCode}${chinaYear(list.declTime)}I${await nextNumber(prisma, "invt_no_seq")}`;
  return {
    accepted: `海关入库: accepted as ${invtNo}; import tax ${tax.total} (VAT ${tax.valueAddedTax}, consumption tax ${tax.consumptionTax}, tariff ${tax.customsTax}) under ${tax.rule}`,
    ...(inspection.selected
      ? { returnStatus: 500, returnInfo: `查验: ${inspection.reason}; inspection ${inspection.inspection?.id}` }
      : { returnStatus: 800, returnInfo: `放行: ${inspection.reason}` }),
    invtNo,
    taxes: {
      dutiableValue: tax.dutiableValue,
      customsTax: tax.customsTax,
      valueAddedTax: tax.valueAddedTax,
      consumptionTax: tax.consumptionTax,
      taxTotal: tax.total,
    },
    evidence: { ...judgement.decision, sampling: inspection } as unknown as Prisma.InputJsonValue,
  };
}

type PartyKey = "platform" | "seller" | "carrier" | "payer" | "agent" | "warehouse";
type Party = { document: MatchDocument; field: string; code: string; role: string; key: PartyKey };

/** Every enterprise a list and its order name, with the role it is checked for (docs/domain.md#admission). */
function partiesOf(list: ListForDecision, order: { payCode: string }): Party[] {
  const traders: Party[] = [
    { document: "inventory", field: "ebpCode", code: list.ebpCode, role: "PLATFORM", key: "platform" },
    { document: "inventory", field: "ebcCode", code: list.ebcCode, role: "ECOMMERCE", key: "seller" },
    { document: "inventory", field: "logisticsCode", code: list.logisticsCode, role: "LOGISTICS", key: "carrier" },
  ];
  // The guarantor is one of these three (checkInventory); it answers for the tax as that enterprise, so it is
  // judged again under its own field, for the partner to see that the list's guarantee fails.
  const guarantor = traders.find((party) => party.code === list.assureCode);
  return [
    ...traders,
    { document: "order", field: "payCode", code: order.payCode, role: "PAYMENT", key: "payer" },
    { document: "inventory", field: "agentCode", code: list.agentCode, role: "AGENT", key: "agent" },
    ...(guarantor ? [{ ...guarantor, field: "assureCode" }] : []),
    ...(list.areaCode ? [{ document: "inventory" as const, field: "areaCode", code: list.areaCode, role: "WAREHOUSE", key: "warehouse" as const }] : []),
  ];
}

/** The final answer to a list whose documents did not arrive by its deadline: what never arrived, by document name. */
function expired(missing: string[], deadline: Date): Decision {
  return {
    returnStatus: 100,
    returnInfo: `海关退单: the ${missing.join(", ")} never arrived; the list waited for its documents until ${chinaTime(deadline).slice(0, 16)} China time`,
    evidence: { outcome: "expired", missing, deadline: deadline.toISOString() },
  };
}

/**
 * Whatever else can be judged of a list refused for its fields or its limits, as problems of the same refusal,
 * so that a partner fixes everything in one round: the match and admission findings, and the limits and the
 * withheld tax when the list's goods and amounts are valid enough to assess (`limits`: already assessed).
 * Nothing is stored; a department that cannot answer only leaves its rules out.
 */
async function alsoFailing(list: ListForDecision, context: CustomsContext, problems: readonly Problem[], limits?: TaxResult): Promise<Problem[]> {
  const evaluation = await evaluate(list, context);
  if ("unavailable" in evaluation) return [];
  const { order, match, others } = evaluation;
  const findings = [...others, ...match.findings];
  const tariff = (await context.loaders.tariffOn.load(chinaDay(list.declTime))).rows;
  const assessable =
    list.lines.every((line) => tariff.has(line.gcode)) &&
    !problems.some((problem) => /^(freight|insuredFee|lines|lines\[\d+\]\.(gnum|qty|totalPrice|gcode))$/.test(problem.field));
  // A refused tax is the refusal's first problem already.
  if (limits?.outcome === "refused") return findings.map(findingProblem);
  const tax = limits ?? (assessable ? await assessedTax(list, order, context) : null);
  if (tax?.outcome === "refused") findings.push(limitFinding(tax));
  else if (tax && order) findings.push(...[withheldTaxFinding(order, tax.total, list.declTime)].filter((finding): finding is Finding => finding !== null));
  return findings.map(findingProblem);
}

/** A finding as a problem of a refusal, its field named in the document it is about. */
function findingProblem(finding: Finding): Problem {
  return { document: finding.document, field: finding.field, returnStatus: finding.code, message: findingText(finding, false) };
}

/** The receipts a decision issues, in order: 120 first when the list goes on to release or inspection. */
function receiptsOf(decision: Decision, guid: string, version: number, decidedAt: Date) {
  const at = decidedAt.getTime();
  const steps = [
    ...(decision.accepted ? [{ returnStatus: 120, returnInfo: decision.accepted }] : []),
    { returnStatus: decision.returnStatus, returnInfo: decision.returnInfo },
  ];
  return steps.map((step, index) => ({ guid, version, ...step, returnTime: new Date(at + index) }));
}

/**
 * A list released at `decidedAt` is released on that day in China; one accepted then counts in the buyer's
 * quota of that China year; one that starts waiting then waits until its deadline.
 */
const decisionColumns = (decision: Decision, decidedAt: Date) => ({
  returnStatus: decision.returnStatus,
  returnInfo: decision.returnInfo,
  returnTime: decidedAt,
  invtNo: decision.invtNo ?? null,
  acceptedAt: decision.invtNo ? decidedAt : null,
  ...(decision.missing ? { waitingUntil: waitingDeadline(decidedAt) } : {}),
  ...(decision.returnStatus === 800 ? { ieDate: new Date(chinaDay(decidedAt)) } : {}),
  // A stored list finally rejected counts against its declaring agent: credit is told (reportListToCredit).
  ...(decision.returnStatus === 100 ? { creditReport: CREDIT_REPORT.pending } : {}),
  decision: decision.evidence,
  ...(decision.taxes ?? {}),
});

/** Declares a CEB621 list (see `fileDocument` for resends and duplicates). */
export async function declareInventory(list: InventoryInput, context: CustomsContext): Promise<ReceiptRow> {
  const { prisma } = context;
  await requireSender(context, "inventory", list.agentCode);
  const usccs = await partyUsccs(list, context.graph);
  if (!usccs) throw departmentUnreachable("agentCode", "credit", "for the USCCs of the list's parties");
  const forDecision: ListForDecision = { ...list, ...usccs, declTime: list.declTime, lines: list.lines };
  const key = { agentCode: list.agentCode, copNo: list.copNo };
  // An order with a list of another agent, live or rejected (not cancelled), is not this agent's to declare
  // (docs/roles.md); the refusal names neither that list nor its agent nor its state.
  const heldByAnother = async () =>
    (await prisma.inventoryDeclaration.findFirst({
      where: {
        ebpCode: list.ebpCode,
        orderNo: list.orderNo,
        NOT: key,
        OR: [{ returnStatus: { not: 100 } }, { agentCode: { not: list.agentCode }, receipts: { none: { messageType: CANCEL_RECEIPT } } }],
      },
      select: { copNo: true },
    })) !== null;
  const problems = [...checkInventory(list, await context.loaders.tariffOn.load(chinaDay(list.declTime))), ...declTimeProblems(list, now())];
  // Every rule that can be judged is reported with the fields' problems, so that one round fixes them all;
  // an order another agent's list holds is not judged for this one.
  if (problems.length > 0) {
    rejectDocument([...problems, ...((await heldByAnother()) ? [] : await alsoFailing(forDecision, context, problems))], "inventory");
  }

  const contentHash = inventoryHash(list, list.lines);
  const latestReceipt = async () => ({
    ...(await prisma.declarationReceipt.findFirstOrThrow({
      where: { ...key, messageType: INVENTORY_RECEIPT },
      orderBy: [{ returnTime: "desc" }, { version: "desc" }],
    })),
  });
  const stored = () =>
    prisma.inventoryDeclaration.findUnique({ where: { agentCode_copNo: key }, select: { guid: true, contentHash: true, version: true, returnStatus: true } });
  // A resend is answered before the decision is worked out again (fileDocument would answer it the same way).
  let existing: Awaited<ReturnType<typeof stored>> | undefined = await stored();
  if (existing && isResend(existing, { guid: list.guid, contentHash })) return latestReceipt();

  if (await heldByAnother())
    rejectDocument([{ field: "orderNo", returnStatus: INVENTORY_STATUS.duplicate, message: "the order is already declared on another list" }], "inventory");

  // The buyer's purchases of the year are checked now only for the order's own buyer: they are no answer to
  // a list of a made-up order or a chosen identity number. Otherwise the decision checks them once the
  // order matches; the list's own limits are checked now either way.
  const order = await orderOf(list, prisma);
  const ownBuyer = order?.buyerIdNumber === list.buyerIdNumber;
  const limits = await taxOf(forDecision, context, undefined, ownBuyer);
  if (limits.outcome === "refused") {
    const { field, code, finding } = limitFinding(limits);
    rejectDocument([{ field, returnStatus: code, message: finding }, ...(await alsoFailing(forDecision, context, [], limits))], "inventory");
  }

  const preNo = `B${chinaDay(list.declTime).replaceAll("-", "")}${await nextNumber(prisma, "pre_no_seq")}`;
  const decision: Decision =
    list.appStatus === "1"
      ? { returnStatus: 1, returnInfo: "电子口岸已暂存: the list is saved and not yet declared", evidence: { outcome: "saved" } }
      : await decide(forDecision, context, undefined, ownBuyer ? limits : undefined, order);
  const { lines, ieFlag, ...fields } = list;
  const head = { ...fields, ...usccs, goodsValue: goodsValueOf(lines) };
  const receipt = await fileDocument({
    appType: list.appType,
    guid: list.guid,
    contentHash,
    keyField: "copNo",
    prefix: "inventory",
    duplicateStatus: INVENTORY_STATUS.duplicate,
    invalidStatus: INVENTORY_STATUS.invalid,
    // The list as read above, first: a list filed since then meets the key on create, and a change checks its
    // version, so fileDocument judges as it would have with a fresh read; a second look (a lost race) reads again.
    find: () => {
      const first = existing;
      existing = undefined;
      return first === undefined ? stored() : Promise.resolve(first);
    },
    // The list, its receipts, their events and its tax on the bill are stored together or not at all.
    create: () =>
      prisma.$transaction(async (tx) => {
        const decidedAt = now();
        const bill =
          decision.returnStatus === 800 && decision.taxes ? addToTaxBill(tx, { assureUscc: head.assureUscc, ...decision.taxes }, decidedAt) : undefined;
        const receipts = receiptsOf(decision, list.guid, 1, decidedAt);
        await tx.inventoryDeclaration.create({
          data: {
            ...head,
            ieFlag: ieFlag ?? "I",
            preNo,
            contentHash,
            ...decisionColumns(decision, decidedAt),
            taxBillPeriod: bill?.period ?? null,
            lines: { create: lines },
            receipts: { create: receipts },
          },
        });
        if (bill) await bill.write;
        await recordEvents(tx, [...listEvents({ ...head, preNo, invtNo: decision.invtNo }, receipts), ...(await taxListEvents(tx, key, decidedAt))]);
        // The last receipt issued is the list's latest.
        return { ...receipts.at(-1)!, messageType: INVENTORY_RECEIPT };
      }),
    unchangeable: async () => ({ returnStatus: INVENTORY_STATUS.invalid, message: "a declared list changes by cancelling it and declaring again" }),
    // Reached only for a list that was saved and not declared: it is filed again in full.
    change: (expected) =>
      prisma.$transaction(async (tx) => {
        const decidedAt = now();
        const bill =
          decision.returnStatus === 800 && decision.taxes ? addToTaxBill(tx, { assureUscc: head.assureUscc, ...decision.taxes }, decidedAt) : undefined;
        const version = expected.version + 1;
        const { count } = await tx.inventoryDeclaration.updateMany({
          where: { ...key, version: expected.version, returnStatus: SAVED },
          data: { ...head, ieFlag: ieFlag ?? "I", contentHash, version, ...decisionColumns(decision, decidedAt), taxBillPeriod: bill?.period ?? null },
        });
        if (count === 0) throw concurrentChange("inventory");
        await tx.inventoryLine.deleteMany({ where: key });
        await tx.inventoryLine.createMany({ data: lines.map((line) => ({ ...line, ...key })) });
        const receipts = receiptsOf(decision, list.guid, version, decidedAt);
        await tx.declarationReceipt.createMany({ data: receipts.map((receipt) => ({ ...receipt, ...key })) });
        if (bill) await bill.write;
        const { preNo: filedPreNo } = await tx.inventoryDeclaration.findUniqueOrThrow({ where: { agentCode_copNo: key }, select: { preNo: true } });
        await recordEvents(tx, [
          ...listEvents({ ...head, preNo: filedPreNo, invtNo: decision.invtNo }, receipts),
          ...(await taxListEvents(tx, key, decidedAt)),
        ]);
      }),
    latestReceipt,
  });
  if (decision.returnStatus === 100) await reportOwed(key, context);
  return receipt;
}

/** Tells credit of a list whose decision left the report owed (a list stored as rejected). */
async function reportOwed(key: { agentCode: string; copNo: string }, context: CustomsContext): Promise<void> {
  const list = await context.prisma.inventoryDeclaration.findFirst({
    where: { ...key, creditReport: CREDIT_REPORT.pending },
    select: { agentCode: true, copNo: true, ebcCode: true, returnStatus: true, returnInfo: true },
  });
  if (list) await reportListToCredit(list, context);
}

/**
 * Decides again the lists that wait for a document; each decision gets a new receipt. A list whose documents
 * are still missing after its deadline gets its final answer, a rejection naming them; one waiting only
 * because a department did not answer keeps waiting, for the documents may be there.
 */
export async function recheckDeclarations(orderNo: string | null | undefined, context: CustomsContext): Promise<ReceiptRow[]> {
  const { identity, prisma } = context;
  requireStaffOrService(identity, "customs", "recheck declarations");
  const waiting = await prisma.inventoryDeclaration.findMany({
    where: { returnStatus: WAITING, ...(orderNo ? { orderNo } : {}) },
    include: { lines: { orderBy: { gnum: "asc" } } },
    orderBy: { appTime: "asc" },
    take: 500,
  });
  const receipts: ReceiptRow[] = [];
  for (const list of waiting) {
    const key = { agentCode: list.agentCode, copNo: list.copNo };
    let decision = await decide(list, context, key);
    const decidedAt = now();
    // The deadline runs from when the list began to wait for a document and never moves; a list that waited
    // from before deadlines existed gets one from now.
    const deadline = list.waitingUntil ?? (decision.missing ? waitingDeadline(decidedAt) : null);
    if (decision.missing && deadline && decidedAt >= deadline) decision = expired(decision.missing, deadline);
    if (decision.returnStatus === WAITING && decision.returnInfo === list.returnInfo) {
      if (deadline && !list.waitingUntil)
        await prisma.inventoryDeclaration.updateMany({ where: { ...key, returnStatus: WAITING }, data: { waitingUntil: deadline } });
      continue;
    }
    // Only a list still waiting is decided: a concurrent recheck that got there first wins. The decision, its
    // receipts and their events are stored together.
    const issued = await prisma.$transaction(async (tx) => {
      const bill =
        decision.returnStatus === 800 && decision.taxes ? addToTaxBill(tx, { assureUscc: list.assureUscc, ...decision.taxes }, decidedAt) : undefined;
      const { count } = await tx.inventoryDeclaration.updateMany({
        where: { ...key, returnStatus: WAITING },
        data: { ...decisionColumns(decision, decidedAt), waitingUntil: deadline, taxBillPeriod: bill?.period ?? null },
      });
      if (count === 0) return [];
      if (bill) await bill.write;
      const steps = receiptsOf(decision, list.guid, list.version, decidedAt);
      const rows: ReceiptRow[] = [];
      for (const step of steps) rows.push(await tx.declarationReceipt.create({ data: { ...key, ...step } }));
      await recordEvents(tx, [...listEvents({ ...list, invtNo: decision.invtNo ?? list.invtNo }, steps), ...(await taxListEvents(tx, key, decidedAt))]);
      return rows;
    });
    receipts.push(...issued);
    if (issued.length > 0 && decision.returnStatus === 100) await reportOwed(key, context);
  }
  return receipts;
}
