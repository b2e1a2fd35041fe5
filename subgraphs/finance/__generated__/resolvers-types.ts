import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Connection } from '../../../lib/graphql/pagination';
import type { ReceiptRow } from '../../../lib/documents/submission';
import type { PersonalDataRead as PersonalDataReadModel, Payment as PaymentModel, TaxBillPayment as TaxBillPaymentModel, ExportReceipt as ExportReceiptModel, ExportRebateApplication as ExportRebateApplicationModel, ExportRebateItem as ExportRebateItemModel, ExportRebateList as ExportRebateListModel, ExportRebateDecision as ExportRebateDecisionModel } from '../../../prisma/finance/generated/client';
import type { OrderRef, TaxBillRef, ExportDeclarationRef, SummaryResultRef, FinanceContext } from '../context';
import type { PaymentGroupRow, RebateGroupRow, TaxBillPaymentMonthRow, TaxBillMonthRef } from '../statistics-rows';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO-8601 form, YYYY-MM-DD. */
  Date: { input: Date; output: import('../../../lib/graphql/scalars').DateOutput; }
  /** An instant in ISO-8601 form with an offset, e.g. "2026-03-01T08:00:00.000Z". */
  DateTime: { input: Date; output: import('../../../lib/graphql/scalars').DateOutput; }
  /** A decimal amount or quantity (CEB N19,5) carried as a string, e.g. "1020.5". Never a binary float. */
  Decimal: { input: string; output: import('../../../lib/graphql/scalars').DecimalOutput; }
  /** A JSON value as the record holds it (an event's document keys and receipt); output only. */
  JSON: { input: never; output: unknown; }
  /**
   * A calendar month, YYYY-MM with the month 01 to 12, e.g. "2026-03" (a tax bill period, a month of figures).
   * Any other value is refused with BAD_USER_INPUT naming the argument.
   */
  Month: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * What a code of the standard means, from the zone's code tables (JGS-20 currencies, countries and units,
 * transport modes, customs districts, trade modes, receipt statuses). The code field beside it keeps the bare
 * code; a code the tables do not hold has no label (null).
 */
export type CodeLabel = {
  __typename?: 'CodeLabel';
  /** The code as the standard writes it, e.g. "142" or "800". */
  code: Scalars['String']['output'];
  /** Its name in Chinese, the table's own wording, e.g. 人民币, 放行. */
  name: Scalars['String']['output'];
  /** Its name in English, e.g. Renminbi (CNY), released. */
  nameEn: Scalars['String']['output'];
};

export type Enterprise = {
  __typename?: 'Enterprise';
  uscc: Scalars['String']['output'];
};

export type ExportDeclaration = {
  __typename?: 'ExportDeclaration';
  agentCode: Scalars['String']['output'];
  copNo: Scalars['String']['output'];
};

export type ExportOrder = {
  __typename?: 'ExportOrder';
  ebpCode: Scalars['String']['output'];
  orderNo: Scalars['String']['output'];
};

/** An export rebate application with what finance computed for it and every step taken. */
export type ExportRebateApplication = {
  __typename?: 'ExportRebateApplication';
  /** When the exporter filed it. */
  appTime: Scalars['DateTime']['output'];
  /** The exporter's own number. */
  applicationNo: Scalars['String']['output'];
  /** The applicant's credit class when it applied. */
  creditClass: Maybe<Scalars['String']['output']>;
  /** The exporter. */
  ebcCode: Scalars['String']['output'];
  /** The declaration form's entry number. */
  entryId: Scalars['String']['output'];
  /** The last export date of the form's lists: the day the rates were taken at. */
  exportDate: Scalars['Date']['output'];
  /** True when the applicant's class gets the green channel: finance's sweep reviews and approves it by reviewDeadline. */
  greenChannel: Scalars['Boolean']['output'];
  /** Every step, oldest first: who, when, why. */
  history: Array<ExportRebateDecision>;
  /** Every item with its rate and amount. */
  items: Array<ExportRebateItem>;
  /** The form's lists and what was received for each. */
  lists: Array<ExportRebateList>;
  /** Σ item rebates in CNY. */
  rebateAmount: Scalars['Decimal']['output'];
  /** Green channel only: by when it is reviewed. */
  reviewDeadline: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: ExportRebateStatus;
  /** The form (customs resolves its fields). */
  summaryResult: SummaryResult;
  /** Σ item values in CNY. */
  valueCny: Scalars['Decimal']['output'];
};

/** A page of rebate applications. */
export type ExportRebateApplicationConnection = {
  __typename?: 'ExportRebateApplicationConnection';
  /** The applications of this page. */
  nodes: Array<ExportRebateApplication>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** One step of a rebate application. */
export type ExportRebateDecision = {
  __typename?: 'ExportRebateDecision';
  /** True when the sweep took the step. */
  automatic: Scalars['Boolean']['output'];
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who: the user's subject, or service:finance for the green channel's sweep. */
  decidedBy: Scalars['String']['output'];
  /** The status before (null for the submission). */
  fromStatus: Maybe<ExportRebateStatus>;
  /** Why. */
  reason: Scalars['String']['output'];
  /** The status after. */
  toStatus: ExportRebateStatus;
};

/** Narrows a list of rebate applications; all given conditions must hold. */
export type ExportRebateFilter = {
  /** Only this exporter (USCC). */
  ebcCode?: InputMaybe<Scalars['String']['input']>;
  /** Only green-channel (true) or other (false) applications. */
  greenChannel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this status. */
  status?: InputMaybe<ExportRebateStatus>;
};

/** An export rebate application (出口退税申请) of one declaration form. */
export type ExportRebateInput = {
  /** When you filed it. */
  appTime: Scalars['DateTime']['input'];
  /** Your own number for the application, 1..60 characters; the same number again returns the stored application. */
  applicationNo: Scalars['String']['input'];
  /** Your enterprise: the consignor on the form (USCC). */
  ebcCode: Scalars['String']['input'];
  /** The declaration form's entry number (CEB792 entryId). */
  entryId: Scalars['String']['input'];
};

/** One item of the form and its rebate. */
export type ExportRebateItem = {
  __typename?: 'ExportRebateItem';
  /** Final destination country of the merged lines. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** Currency of the value. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Commodity code (10 digits). */
  gcode: Scalars['String']['output'];
  /** Item number on the form. */
  gnum: Scalars['Int']['output'];
  /** V when the rate was seen on a cited page; M when the rate table marks it illustrative. */
  rateConfidence: Maybe<Scalars['String']['output']>;
  /** valueCny × rebateRate, rounded half up to the fen (0 without a rate). */
  rebateAmount: Scalars['Decimal']['output'];
  /** Rebate rate in percent at the export date; null when the table has none. */
  rebateRate: Maybe<Scalars['Decimal']['output']>;
  /** CNY per unit from the reference rates at the export date (1 for CNY). */
  referenceRate: Scalars['Decimal']['output'];
  /** Value in that currency. */
  totalPrice: Scalars['Decimal']['output'];
  /** Value in CNY, rounded half up to the fen. */
  valueCny: Scalars['Decimal']['output'];
};

/** A list of the form and the payment received for its order when the application was made. */
export type ExportRebateList = {
  __typename?: 'ExportRebateList';
  /** Its currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Platform code. */
  ebpCode: Scalars['String']['output'];
  /** The list's goods value. */
  goodsValue: Scalars['Decimal']['output'];
  /** List number. */
  invtNo: Scalars['String']['output'];
  /** Order number. */
  orderNo: Scalars['String']['output'];
  /** Σ declared receipts in that currency. */
  received: Scalars['Decimal']['output'];
};

/** One group of export rebate applications. Only the fields of the dimensions grouped by are set. */
export type ExportRebateStatistics = {
  __typename?: 'ExportRebateStatistics';
  /** Applications in the group (an application with items in several groups counts in each). */
  applications: Scalars['Int']['output'];
  /** Applications approved (paid ones included). */
  approved: Scalars['Int']['output'];
  /** Σ rebate of the approved ones (CNY). */
  approvedAmount: Scalars['Decimal']['output'];
  /** Σ rebate claimed (CNY), whatever became of the applications. */
  claimed: Scalars['Decimal']['output'];
  /** Destination country code, when grouped by DESTINATION_COUNTRY. */
  destinationCountry: Maybe<Scalars['String']['output']>;
  /** `destinationCountry` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  destinationCountryLabel: Maybe<CodeLabel>;
  /** HS chapter (2 digits), when grouped by HS_CHAPTER. */
  hsChapter: Maybe<Scalars['String']['output']>;
  /** Month (YYYY-MM), when grouped by MONTH. */
  month: Maybe<Scalars['String']['output']>;
  /** Σ rebate paid (CNY). */
  paid: Scalars['Decimal']['output'];
  /** Applications rejected. */
  rejected: Scalars['Int']['output'];
  /** Status, when grouped by STATUS. */
  status: Maybe<Scalars['String']['output']>;
};

/** Which rebate applications rebate statistics count. */
export type ExportRebateStatisticsFilter = {
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['input'];
};

/** Where an export rebate application stands. */
export type ExportRebateStatus =
  /** Approved; waiting for payment. */
  | 'APPROVED'
  /** The rebate was paid (final). */
  | 'PAID'
  /** Rejected (final); the form may be applied for again. */
  | 'REJECTED'
  /** Reviewed by finance; waiting for the decision. */
  | 'REVIEWED'
  /** Filed by the exporter; waiting for review. */
  | 'SUBMITTED';

/** A CEB403 receipt of payment for an export order, with the RMB equivalent finance stores. */
export type ExportReceipt = {
  __typename?: 'ExportReceipt';
  /** When the money reached the exporter's account. */
  accountingDate: Scalars['DateTime']['output'];
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When the institution filed it. */
  appTime: Scalars['DateTime']['output'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['output'];
  /** Amount received. */
  charge: Scalars['Decimal']['output'];
  /** Currency of the charge. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** E-commerce enterprise (exporter) code. */
  ebcCode: Scalars['String']['output'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['output'];
  /** Platform code. */
  ebpCode: Scalars['String']['output'];
  /** Platform name. */
  ebpName: Scalars['String']['output'];
  /** CNY per unit of the currency the institution converted at (1 for CNY). */
  exchangeRate: Scalars['Decimal']['output'];
  /** Message GUID of the filing. */
  guid: Scalars['String']['output'];
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** The export order paid for. */
  order: Maybe<ExportOrder>;
  /** Export order number. */
  orderNo: Scalars['String']['output'];
  /** Payment institution code. */
  payCode: Scalars['String']['output'];
  /** Payment institution name. */
  payName: Scalars['String']['output'];
  /** The institution's payment serial number. */
  payNo: Scalars['String']['output'];
  /** Every CEB404 receipt issued for it, newest first. */
  receipts: Array<Receipt>;
  /** Latest receipt status (CEB404: 1 saved, 120 accepted). */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** charge × exchangeRate, rounded half up to the fen (2 decimals). */
  rmbAmount: Scalars['Decimal']['output'];
  /** True for cross-border RMB settlement (currency 142): no foreign exchange, so no FX per-transaction limit. */
  rmbSettlement: Scalars['Boolean']['output'];
  /** 1, +1 per accepted change. */
  version: Scalars['Int']['output'];
};

/** A page of receipts of payment. */
export type ExportReceiptConnection = {
  __typename?: 'ExportReceiptConnection';
  /** The receipts of this page. */
  nodes: Array<ExportReceipt>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of receipts of payment; all given conditions must hold. */
export type ExportReceiptFilter = {
  /** Only receipts in this currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Only receipts this enterprise is a party to (institution, exporter or platform), by customs code or USCC. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** Only receipts accounted in this month (YYYY-MM, China Standard Time). */
  period?: InputMaybe<Scalars['Month']['input']>;
};

/** A CEB403 receipt of payment for an export order (收款单) as the payment institution files it. */
export type ExportReceiptInput = {
  /** 到账时间: when the money reached the exporter's account. */
  accountingDate: Scalars['DateTime']['input'];
  /** 1 save only, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When the institution filed it. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['input'];
  /** Amount received, greater than 0, in the currency. */
  charge: Scalars['Decimal']['input'];
  /** Currency of the charge (JGS-20, e.g. 502 USD, 142 CNY). */
  currency: Scalars['String']['input'];
  /** E-commerce enterprise (exporter) code: the one paid. */
  ebcCode: Scalars['String']['input'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['input'];
  /** Platform code of the export order. */
  ebpCode: Scalars['String']['input'];
  /** Platform name. */
  ebpName: Scalars['String']['input'];
  /** Our extension to CEB403: the rate the institution converted at, CNY per unit of the currency. Required and greater than 0 for a foreign currency; absent or 1 for 142. */
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Free text, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The export order's number. */
  orderNo: Scalars['String']['input'];
  /** Payment institution code: your own enterprise. */
  payCode: Scalars['String']['input'];
  /** Payment institution name. */
  payName: Scalars['String']['input'];
  /** The institution's payment serial number, unique per institution, 1..60 characters. */
  payNo: Scalars['String']['input'];
};

/** An exporter's month: released lists matched with receipts of payment by platform and order number. */
export type ExportReconciliation = {
  __typename?: 'ExportReconciliation';
  /** The exporter. */
  ebcCode: Scalars['String']['output'];
  /** Released lists whose order is paid in full, in the order's currency. */
  matched: Array<ReconciledDeclaration>;
  /** The month, YYYY-MM. */
  period: Scalars['String']['output'];
  /** Released lists whose order is not (fully) paid, with the reason. */
  unmatchedDeclarations: Array<UnmatchedDeclaration>;
  /** Receipts of the exporter accounted in the month whose order has no released list of the month (a receipt for a list released in another month appears here too: a timing difference). */
  unmatchedReceipts: Array<ExportReceipt>;
};

/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Applies for the export VAT rebate of one declaration form (CEB792), as the exporter named on it. The
   * same applicationNo for the same form again returns the stored application. Refused with nothing stored
   * (extensions.reason says why): FORM_NOT_FOUND (also for another consignor's form), NEGATIVE_LIST (FORBIDDEN),
   * LIST_NOT_RELEASED, LIST_NOT_SUMMARY, ALREADY_APPLIED, PAYMENT_NOT_RECEIVED, NO_REFERENCE_RATE,
   * NO_REBATE_RATE, APPLICATION_NO_TAKEN; SUBGRAPH_UNAVAILABLE when customs or credit cannot be asked.
   */
  applyExportRebate: ExportRebateApplication;
  /** Finance staff: approves or rejects a REVIEWED application. Any other status is refused with CONFLICT, reason INVALID_TRANSITION. */
  decideExportRebate: ExportRebateApplication;
  /** Finance staff: records that an APPROVED application's rebate was paid. Any other status is refused with CONFLICT, reason INVALID_TRANSITION. */
  payExportRebate: ExportRebateApplication;
  /**
   * Records a payment of an aggregated tax bill (finance staff only). The same reference again records
   * nothing new.
   */
  recordTaxBillPayment: TaxBillPayment;
  /** Finance staff: marks a SUBMITTED application REVIEWED. Any other status is refused with CONFLICT, reason INVALID_TRANSITION. */
  reviewExportRebate: ExportRebateApplication;
  /**
   * Files a CEB403 receipt of payment for an export order (收款单). Only the payment institution (payCode)
   * may file it, as itself. The same content again returns the same receipt (CEB404) and stores nothing new;
   * appType 2 changes a filed receipt (kept as a new version) unless an open rebate application relies on it.
   */
  submitExportReceipt: Receipt;
  /**
   * Files a CEB411 payment voucher. Only the payment company (payCode) may file it, as itself. Sending the
   * same content again returns the same receipt; appType 2 changes a filed voucher (kept as a new version).
   */
  submitPayment: Receipt;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationApplyExportRebateArgs = {
  application: ExportRebateInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationDecideExportRebateArgs = {
  applicationNo: Scalars['String']['input'];
  approve: Scalars['Boolean']['input'];
  ebcCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationPayExportRebateArgs = {
  applicationNo: Scalars['String']['input'];
  ebcCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecordTaxBillPaymentArgs = {
  payment: TaxBillPaymentInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationReviewExportRebateArgs = {
  applicationNo: Scalars['String']['input'];
  ebcCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitExportReceiptArgs = {
  receipt: ExportReceiptInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitPaymentArgs = {
  payment: PaymentInput;
};

export type Order = {
  __typename?: 'Order';
  ebpCode: Scalars['String']['output'];
  orderNo: Scalars['String']['output'];
  /** The payment voucher filed for this order, if any. */
  payment: Maybe<Payment>;
};

/** Where a page of a cursor-paginated list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** CEB411 import payment voucher as filed by the payment company. Payer data is masked. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount paid. */
  amountPaid: Scalars['Decimal']['output'];
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When the payment company filed the voucher. */
  appTime: Scalars['DateTime']['output'];
  /** 1 new, 2 change, 3 delete. */
  appType: Scalars['String']['output'];
  /** Currency code (142 = CNY). */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Platform code of the order. */
  ebpCode: Scalars['String']['output'];
  /** Platform name. */
  ebpName: Scalars['String']['output'];
  /** Message GUID. */
  guid: Scalars['String']['output'];
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** The order paid for. */
  order: Maybe<Order>;
  /** Order number paid for. */
  orderNo: Scalars['String']['output'];
  /** Payment company code. */
  payCode: Scalars['String']['output'];
  /** Payment company name. */
  payName: Scalars['String']['output'];
  /** When the payment was made. */
  payTime: Scalars['DateTime']['output'];
  /** Payment transaction serial number, unique per payment company. */
  payTransactionId: Scalars['String']['output'];
  /** Payer identity number (masked). */
  payerIdNumber: Scalars['String']['output'];
  /** Payer identity document type (1 = resident ID). */
  payerIdType: Scalars['String']['output'];
  /** Payer's name (masked). */
  payerName: Scalars['String']['output'];
  /** The payment company. */
  paymentCompany: Maybe<Enterprise>;
  /** Every CEB412 receipt issued for this voucher, newest first. */
  receipts: Array<Receipt>;
  /** Latest receipt status (CEB412). */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** Payer's telephone (masked). */
  telephone: Scalars['String']['output'];
};

/** A page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The payments of this page. */
  nodes: Array<Payment>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** A dimension payment statistics can be grouped by. */
export type PaymentDimension =
  /** The currency of the voucher (customs currency code, 142 = CNY). */
  | 'CURRENCY'
  /** Month of the payment time, YYYY-MM. */
  | 'MONTH'
  /** The payment company (payCode). */
  | 'PAYMENT_COMPANY';

/** Narrows a list of payments; all given conditions must hold. */
export type PaymentFilter = {
  /** Code of the payment company or the platform. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Latest receipt status (CEB412 returnStatus). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A CEB411 payment voucher as the payment company files it, in the standard's field names. */
export type PaymentInput = {
  /** Amount paid; equals the order's acturalPaid. */
  amountPaid: Scalars['Decimal']['input'];
  /** 1 save only, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When the payment company filed it. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['input'];
  /** 142 (CNY). */
  currency: Scalars['String']['input'];
  /** Platform code of the order. */
  ebpCode: Scalars['String']['input'];
  /** Platform name. */
  ebpName: Scalars['String']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Order number paid for. */
  orderNo: Scalars['String']['input'];
  /** Payment company code. */
  payCode: Scalars['String']['input'];
  /** Payment company name. */
  payName: Scalars['String']['input'];
  /** When the payment was made. */
  payTime: Scalars['DateTime']['input'];
  /** Payment serial number, unique per payment company. */
  payTransactionId: Scalars['String']['input'];
  /** Payer's resident ID number. */
  payerIdNumber: Scalars['String']['input'];
  /** 1 (resident ID). */
  payerIdType: Scalars['String']['input'];
  /** Payer's name. */
  payerName: Scalars['String']['input'];
  /** Payer's telephone. */
  telephone: Scalars['String']['input'];
};

/** One group of payment vouchers. Only the fields of the dimensions grouped by are set. */
export type PaymentStatistics = {
  __typename?: 'PaymentStatistics';
  /** Currency code, when grouped by CURRENCY. */
  currency: Maybe<Scalars['String']['output']>;
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Month (YYYY-MM), when grouped by MONTH. */
  month: Maybe<Scalars['String']['output']>;
  /** The payment company as the credit department knows it, when grouped by PAYMENT_COMPANY. */
  paymentCompany: Maybe<Enterprise>;
  /** The payment company's code, when grouped by PAYMENT_COMPANY. */
  paymentCompanyCode: Maybe<Scalars['String']['output']>;
  /** Vouchers in the group. */
  payments: Scalars['Int']['output'];
  /** Σ amountPaid of the group's vouchers, in their currency. */
  volume: Scalars['Decimal']['output'];
};

/** Which payment vouchers payment statistics count. */
export type PaymentStatisticsFilter = {
  /** Only vouchers in these currencies (customs currency codes, e.g. ["142"]); all when absent. */
  currency?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['input'];
};

/** One full read of a personal-data field, from a department's append-only audit log. */
export type PersonalDataRead = {
  __typename?: 'PersonalDataRead';
  /** When the field was read. */
  at: Scalars['DateTime']['output'];
  /** The reader's department. */
  department: Maybe<Scalars['String']['output']>;
  /** Type of the record read, e.g. Order. */
  entityType: Scalars['String']['output'];
  /** The personal-data field read in full. */
  field: Scalars['String']['output'];
  /** Entry id. */
  id: Scalars['String']['output'];
  /** For a department's service reading on a user's behalf (subject service:<department>): that user's token subject. Null for a user's own read and a service's own work. */
  onBehalfOf: Maybe<Scalars['String']['output']>;
  /** The client's operation name, when it gave one; for a service's read, the operation of the user it served. */
  operation: Maybe<Scalars['String']['output']>;
  /** Key of the record read, as a JSON array of its key fields. */
  recordKey: Scalars['String']['output'];
  /** Request id, the same in the gateway's and every subgraph's logs. */
  requestId: Scalars['String']['output'];
  /** The reader's role. */
  role: Scalars['String']['output'];
  /** Who read it (token subject). */
  subject: Scalars['String']['output'];
};

/** A page of audit log entries. */
export type PersonalDataReadConnection = {
  __typename?: 'PersonalDataReadConnection';
  /** The entries of this page. */
  nodes: Array<PersonalDataRead>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows an audit log; all given conditions must hold. */
export type PersonalDataReadFilter = {
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only reads by this subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** An export rebate application by the exporter and its own number; null when there is none or you may not read it. */
  exportRebateApplication: Maybe<ExportRebateApplication>;
  /** Export rebate applications, newest first; only those you may read. */
  exportRebateApplications: ExportRebateApplicationConnection;
  /**
   * Export VAT rebate applications of a period (by the day of application, China time), one row per group:
   * by month, HS chapter or destination the applications' items are counted, so a group's amounts are its
   * items' and they add up to the applications'. Staff, analysts and administrators see every exporter's; an
   * enterprise its own.
   */
  exportRebateStatistics: Array<ExportRebateStatistics>;
  /** A receipt of payment for an export order (CEB403) by its key; null when there is none or you may not read it. */
  exportReceipt: Maybe<ExportReceipt>;
  /** Receipts of payment for export orders, newest accounting date first; only those you may read. */
  exportReceipts: ExportReceiptConnection;
  /**
   * One exporter's month: its released export lists (asked of customs) matched with the receipts of payment
   * finance holds, by platform and order number. For the exporter itself, finance and customs staff,
   * analysts and administrators; anyone else gets FORBIDDEN.
   */
  exportReconciliation: ExportReconciliation;
  /** Administrators only: full reads of finance personal data, newest first. */
  financePersonalDataReads: PersonalDataReadConnection;
  /** A payment voucher (CEB411) by its key; null when there is none. */
  payment: Maybe<Payment>;
  /**
   * Payment vouchers (CEB411) paid in a period, counted and summed in finance's database, one row per group.
   * Staff, analysts and administrators count every voucher; an enterprise counts the vouchers it is a party
   * to (as payment company or platform). Money is exact (Decimal), in the vouchers' own currency: group by
   * CURRENCY before adding up vouchers of several currencies.
   */
  paymentStatistics: Array<PaymentStatistics>;
  /** Payment vouchers, newest payment first. */
  payments: PaymentConnection;
  /**
   * Tax bill payments recorded per bill period (YYYY-MM), over the months of a period: only months with a
   * payment have a row. Staff, analysts and administrators see every guarantor's; an enterprise the payments
   * of its own bills (as guarantor).
   */
  taxBillPaymentTotals: Array<TaxBillPaymentMonth>;
};


export type QueryExportRebateApplicationArgs = {
  applicationNo: Scalars['String']['input'];
  ebcCode: Scalars['String']['input'];
};


export type QueryExportRebateApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportRebateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportRebateStatisticsArgs = {
  filter: ExportRebateStatisticsFilter;
  groupBy?: Array<RebateDimension>;
};


export type QueryExportReceiptArgs = {
  payCode: Scalars['String']['input'];
  payNo: Scalars['String']['input'];
};


export type QueryExportReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportReceiptFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportReconciliationArgs = {
  ebcCode: Scalars['String']['input'];
  period: Scalars['Month']['input'];
};


export type QueryFinancePersonalDataReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalDataReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentArgs = {
  payCode: Scalars['String']['input'];
  payTransactionId: Scalars['String']['input'];
};


export type QueryPaymentStatisticsArgs = {
  filter: PaymentStatisticsFilter;
  groupBy?: Array<PaymentDimension>;
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaxBillPaymentTotalsArgs = {
  fromPeriod: Scalars['Month']['input'];
  toPeriod: Scalars['Month']['input'];
};

/** A dimension rebate statistics can be grouped by. */
export type RebateDimension =
  /** Final destination country of the form's items. */
  | 'DESTINATION_COUNTRY'
  /** HS chapter (first 2 digits) of the form's items. */
  | 'HS_CHAPTER'
  /** Month of application (China time), YYYY-MM. */
  | 'MONTH'
  /** The application's status. */
  | 'STATUS';

/** A receipt for a filed document, shaped like the standard's (CEB312, CEB412, CEB512, CEB622). */
export type Receipt = {
  __typename?: 'Receipt';
  /** GUID of the message it answers. */
  guid: Scalars['String']['output'];
  /** The receipt message type, e.g. CEB312 for an order. */
  messageType: Scalars['String']['output'];
  /** What the status means for this document. */
  returnInfo: Scalars['String']['output'];
  /** Status in the standard's numbering: 1 saved, 2 declaring (waiting), 100 rejected or cancelled, 120 accepted, 500 under inspection, 599 detained, 700 returned, 800 released, 899 closed; a negative value is a refusal numbered by the standard's error ranges. */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** When it was issued. */
  returnTime: Scalars['DateTime']['output'];
  /** Version of the document it answers (1 for the first filing, +1 per change). */
  version: Scalars['Int']['output'];
};

/** A released list with the receipts that pay its order. */
export type ReconciledDeclaration = {
  __typename?: 'ReconciledDeclaration';
  /** The order's currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** The list (customs resolves its fields). */
  declaration: ExportDeclaration;
  /** Platform code of the order. */
  ebpCode: Scalars['String']['output'];
  /** What the order is worth: its goods value plus freight. */
  expected: Scalars['Decimal']['output'];
  /** Order number. */
  orderNo: Scalars['String']['output'];
  /** The order's receipts of payment (declared ones count). */
  receipts: Array<ExportReceipt>;
  /** Σ declared receipts in the order's currency. */
  received: Scalars['Decimal']['output'];
};

/** Why a released list is not reconciled. */
export type ReconciliationGap =
  /** No declared receipt of payment for the order. */
  | 'NO_RECEIPT'
  /** Receipts in the order's currency add up to less than expected (see shortBy). */
  | 'SHORT'
  /** Receipts exist, but none in the order's currency. */
  | 'WRONG_CURRENCY';

export type SummaryResult = {
  __typename?: 'SummaryResult';
  entryId: Scalars['String']['output'];
};

export type TaxBill = {
  __typename?: 'TaxBill';
  guarantorUscc: Scalars['String']['output'];
  /** Sum of the payments. */
  paidAmount: Scalars['Decimal']['output'];
  /** UNPAID, PARTIAL or PAID against the bill's total. */
  paymentStatus: TaxBillPaymentStatus;
  /** Payments recorded for the bill, oldest first. */
  payments: Array<TaxBillPayment>;
  period: Scalars['String']['output'];
  total: Scalars['Decimal']['output'];
};

/** The aggregated tax bills of one month. */
export type TaxBillMonth = {
  __typename?: 'TaxBillMonth';
  /** total − paid (CNY); negative when the bills were overpaid. */
  outstanding: Scalars['Decimal']['output'];
  /** Σ of the payments finance recorded for the month's bills (CNY), for the same bills as total. */
  paid: Scalars['Decimal']['output'];
  /** Month of release, YYYY-MM. */
  period: Scalars['String']['output'];
  /** Σ of the bills' totals (CNY). */
  total: Scalars['Decimal']['output'];
};

/** A recorded payment of a tax bill. */
export type TaxBillPayment = {
  __typename?: 'TaxBillPayment';
  /** Amount paid. */
  amount: Scalars['Decimal']['output'];
  /** When it was paid. */
  paidAt: Scalars['DateTime']['output'];
  /** The payer's reference. */
  reference: Scalars['String']['output'];
};

/** A transfer paying an aggregated tax bill. */
export type TaxBillPaymentInput = {
  /** Amount paid. */
  amount: Scalars['Decimal']['input'];
  /** USCC of the guarantor whose bill is paid. */
  guarantorUscc: Scalars['String']['input'];
  /** When it was paid. */
  paidAt: Scalars['DateTime']['input'];
  /** The bill's period, YYYY-MM. */
  period: Scalars['Month']['input'];
  /** The payer's reference for the transfer (≤ 60). */
  reference: Scalars['String']['input'];
};

/** The tax bill payments recorded for the bills of one month. */
export type TaxBillPaymentMonth = {
  __typename?: 'TaxBillPaymentMonth';
  /** The month's tax bills as customs totals them, with what is still outstanding on them. */
  bills: TaxBillMonth;
  /** Σ of those payments (CNY). */
  paid: Scalars['Decimal']['output'];
  /** Payments recorded for the month's bills. */
  payments: Scalars['Int']['output'];
  /** The bills' period (month of release), YYYY-MM. */
  period: Scalars['String']['output'];
};

/** Whether a tax bill is paid. */
export type TaxBillPaymentStatus =
  /** Paid in full (or more). */
  | 'PAID'
  /** Paid in part. */
  | 'PARTIAL'
  /** Nothing paid yet. */
  | 'UNPAID';

/** A released list whose order is not paid in full. */
export type UnmatchedDeclaration = {
  __typename?: 'UnmatchedDeclaration';
  /** The order's currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** The list (customs resolves its fields). */
  declaration: ExportDeclaration;
  /** Platform code of the order. */
  ebpCode: Scalars['String']['output'];
  /** What the order is worth: its goods value plus freight. */
  expected: Scalars['Decimal']['output'];
  /** Order number. */
  orderNo: Scalars['String']['output'];
  /** Why. */
  reason: ReconciliationGap;
  /** The order's receipts of payment, whatever their currency. */
  receipts: Array<ExportReceipt>;
  /** Σ declared receipts in the order's currency. */
  received: Scalars['Decimal']['output'];
  /** What is missing, in the order's currency (SHORT only). */
  shortBy: Maybe<Scalars['Decimal']['output']>;
};

/**
 * The zone's headline figures for one period, each department adding its own. The period is half-open,
 * [from, to), in China days: `to` is the day after the last one.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['output'];
  /** Σ amountPaid of those vouchers (in their currencies; the demo zone's are all CNY). */
  paymentVolume: Scalars['Decimal']['output'];
  /** Payment vouchers with a payment time in the period. */
  payments: Scalars['Int']['output'];
  /** How many rebate payments that was. */
  rebatePayments: Scalars['Int']['output'];
  /** Export rebates paid in the period (by the day finance paid them), CNY. */
  rebatesPaid: Scalars['Decimal']['output'];
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ExportRebateApplication: ExportRebateApplication;
  ExportReceipt: ExportReceipt;
  Order: Order;
  Payment: Payment;
  TaxBill: TaxBill;
  TaxBillMonth: TaxBillMonth;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ExportRebateApplication:
    ( { __typename: 'ExportRebateApplication' }
    & GraphQLRecursivePick<FederationTypes['ExportRebateApplication'], {"ebcCode":true,"applicationNo":true}> );
  ExportReceipt:
    ( { __typename: 'ExportReceipt' }
    & GraphQLRecursivePick<FederationTypes['ExportReceipt'], {"payCode":true,"payNo":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"payCode":true,"payTransactionId":true}> );
  TaxBill:
    ( { __typename: 'TaxBill' }
    & GraphQLRecursivePick<FederationTypes['TaxBill'], {"guarantorUscc":true,"period":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['TaxBill'], {"total":true}> ) );
  TaxBillMonth:
    ( { __typename: 'TaxBillMonth' }
    & GraphQLRecursivePick<FederationTypes['TaxBillMonth'], {"period":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['TaxBillMonth'], {"total":true}> ) );
  ZoneDashboard:
    ( { __typename: 'ZoneDashboard' }
    & GraphQLRecursivePick<FederationTypes['ZoneDashboard'], {"from":true,"to":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CodeLabel: ResolverTypeWrapper<CodeLabel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Enterprise: ResolverTypeWrapper<Enterprise>;
  ExportDeclaration: ResolverTypeWrapper<ExportDeclarationRef>;
  ExportOrder: ResolverTypeWrapper<OrderRef>;
  ExportRebateApplication: ResolverTypeWrapper<ExportRebateApplicationModel>;
  ExportRebateApplicationConnection: ResolverTypeWrapper<Connection<ExportRebateApplicationModel>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ExportRebateDecision: ResolverTypeWrapper<ExportRebateDecisionModel>;
  ExportRebateFilter: ExportRebateFilter;
  ExportRebateInput: ExportRebateInput;
  ExportRebateItem: ResolverTypeWrapper<ExportRebateItemModel>;
  ExportRebateList: ResolverTypeWrapper<ExportRebateListModel>;
  ExportRebateStatistics: ResolverTypeWrapper<RebateGroupRow>;
  ExportRebateStatisticsFilter: ExportRebateStatisticsFilter;
  ExportRebateStatus: ExportRebateStatus;
  ExportReceipt: ResolverTypeWrapper<ExportReceiptModel>;
  ExportReceiptConnection: ResolverTypeWrapper<Connection<ExportReceiptModel>>;
  ExportReceiptFilter: ExportReceiptFilter;
  ExportReceiptInput: ExportReceiptInput;
  ExportReconciliation: ResolverTypeWrapper<Omit<ExportReconciliation, 'matched' | 'unmatchedDeclarations' | 'unmatchedReceipts'> & { matched: Array<ResolversTypes['ReconciledDeclaration']>, unmatchedDeclarations: Array<ResolversTypes['UnmatchedDeclaration']>, unmatchedReceipts: Array<ResolversTypes['ExportReceipt']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentConnection: ResolverTypeWrapper<Connection<PaymentModel>>;
  PaymentDimension: PaymentDimension;
  PaymentFilter: PaymentFilter;
  PaymentInput: PaymentInput;
  PaymentStatistics: ResolverTypeWrapper<PaymentGroupRow>;
  PaymentStatisticsFilter: PaymentStatisticsFilter;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadModel>;
  PersonalDataReadConnection: ResolverTypeWrapper<Connection<PersonalDataReadModel>>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RebateDimension: RebateDimension;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  ReconciledDeclaration: ResolverTypeWrapper<Omit<ReconciledDeclaration, 'currencyLabel' | 'declaration' | 'receipts'> & { declaration: ResolversTypes['ExportDeclaration']; receipts: Array<ResolversTypes['ExportReceipt']> }>;
  ReconciliationGap: ReconciliationGap;
  SummaryResult: ResolverTypeWrapper<SummaryResultRef>;
  TaxBill: ResolverTypeWrapper<TaxBillRef>;
  TaxBillMonth: ResolverTypeWrapper<TaxBillMonthRef>;
  TaxBillPayment: ResolverTypeWrapper<TaxBillPaymentModel>;
  TaxBillPaymentInput: TaxBillPaymentInput;
  TaxBillPaymentMonth: ResolverTypeWrapper<TaxBillPaymentMonthRow>;
  TaxBillPaymentStatus: TaxBillPaymentStatus;
  UnmatchedDeclaration: ResolverTypeWrapper<Omit<UnmatchedDeclaration, 'currencyLabel' | 'declaration' | 'receipts'> & { declaration: ResolversTypes['ExportDeclaration']; receipts: Array<ResolversTypes['ExportReceipt']> }>;
  ZoneDashboard: ResolverTypeWrapper<ZoneDashboard>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CodeLabel: CodeLabel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: Enterprise;
  ExportDeclaration: ExportDeclarationRef;
  ExportOrder: OrderRef;
  ExportRebateApplication: ExportRebateApplicationModel;
  ExportRebateApplicationConnection: Connection<ExportRebateApplicationModel>;
  Int: Scalars['Int']['output'];
  ExportRebateDecision: ExportRebateDecisionModel;
  ExportRebateFilter: ExportRebateFilter;
  ExportRebateInput: ExportRebateInput;
  ExportRebateItem: ExportRebateItemModel;
  ExportRebateList: ExportRebateListModel;
  ExportRebateStatistics: RebateGroupRow;
  ExportRebateStatisticsFilter: ExportRebateStatisticsFilter;
  ExportReceipt: ExportReceiptModel;
  ExportReceiptConnection: Connection<ExportReceiptModel>;
  ExportReceiptFilter: ExportReceiptFilter;
  ExportReceiptInput: ExportReceiptInput;
  ExportReconciliation: Omit<ExportReconciliation, 'matched' | 'unmatchedDeclarations' | 'unmatchedReceipts'> & { matched: Array<ResolversParentTypes['ReconciledDeclaration']>, unmatchedDeclarations: Array<ResolversParentTypes['UnmatchedDeclaration']>, unmatchedReceipts: Array<ResolversParentTypes['ExportReceipt']> };
  JSON: Scalars['JSON']['output'];
  Month: Scalars['Month']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  Payment: PaymentModel;
  PaymentConnection: Connection<PaymentModel>;
  PaymentFilter: PaymentFilter;
  PaymentInput: PaymentInput;
  PaymentStatistics: PaymentGroupRow;
  PaymentStatisticsFilter: PaymentStatisticsFilter;
  PersonalDataRead: PersonalDataReadModel;
  PersonalDataReadConnection: Connection<PersonalDataReadModel>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  ReconciledDeclaration: Omit<ReconciledDeclaration, 'currencyLabel' | 'declaration' | 'receipts'> & { declaration: ResolversTypes['ExportDeclaration']; receipts: Array<ResolversTypes['ExportReceipt']> };
  SummaryResult: SummaryResultRef;
  TaxBill: TaxBillRef;
  TaxBillMonth: TaxBillMonthRef;
  TaxBillPayment: TaxBillPaymentModel;
  TaxBillPaymentInput: TaxBillPaymentInput;
  TaxBillPaymentMonth: TaxBillPaymentMonthRow;
  UnmatchedDeclaration: Omit<UnmatchedDeclaration, 'currencyLabel' | 'declaration' | 'receipts'> & { declaration: ResolversTypes['ExportDeclaration']; receipts: Array<ResolversTypes['ExportReceipt']> };
  ZoneDashboard: ZoneDashboard | FederationReferenceTypes['ZoneDashboard'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AccessDirectiveArgs = {
  owner: Scalars['String']['input'];
  parties?: Maybe<Array<Scalars['String']['input']>>;
  public?: Maybe<Scalars['Boolean']['input']>;
  shared?: Maybe<Array<Scalars['String']['input']>>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelDirectiveArgs = {
  of: Scalars['String']['input'];
  table: Scalars['String']['input'];
};

export type CodeLabelDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = CodeLabelDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CodeLabel'] = ResolversParentTypes['CodeLabel']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EnterpriseResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = ResolversObject<{
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportDeclarationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportDeclaration'] = ResolversParentTypes['ExportDeclaration']> = ResolversObject<{
  agentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportOrderResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportOrder'] = ResolversParentTypes['ExportOrder']> = ResolversObject<{
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportRebateApplicationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportRebateApplication'] = ResolversParentTypes['ExportRebateApplication'], FederationReferenceType extends FederationReferenceTypes['ExportRebateApplication'] = FederationReferenceTypes['ExportRebateApplication']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportRebateApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  applicationNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  greenChannel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ExportRebateDecision']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ExportRebateItem']>, ParentType, ContextType>;
  lists?: Resolver<Array<ResolversTypes['ExportRebateList']>, ParentType, ContextType>;
  rebateAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  reviewDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportRebateStatus'], ParentType, ContextType>;
  summaryResult?: Resolver<ResolversTypes['SummaryResult'], ParentType, ContextType>;
  valueCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ExportRebateApplicationConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportRebateApplicationConnection'] = ResolversParentTypes['ExportRebateApplicationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExportRebateApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportRebateDecisionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportRebateDecision'] = ResolversParentTypes['ExportRebateDecision']> = ResolversObject<{
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ExportRebateStatus']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ExportRebateStatus'], ParentType, ContextType>;
}>;

export type ExportRebateItemResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportRebateItem'] = ResolversParentTypes['ExportRebateItem']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  gcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateConfidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rebateAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rebateRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  referenceRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ExportRebateListResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportRebateList'] = ResolversParentTypes['ExportRebateList']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ExportRebateStatisticsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportRebateStatistics'] = ResolversParentTypes['ExportRebateStatistics']> = ResolversObject<{
  applications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  destinationCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationCountryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExportReceiptResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportReceipt'] = ResolversParentTypes['ExportReceipt'], FederationReferenceType extends FederationReferenceTypes['ExportReceipt'] = FederationReferenceTypes['ExportReceipt']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportReceipt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountingDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  charge?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exchangeRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['ExportOrder']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  rmbAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rmbSettlement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportReceiptConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportReceiptConnection'] = ResolversParentTypes['ExportReceiptConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExportReceipt']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportReconciliationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExportReconciliation'] = ResolversParentTypes['ExportReconciliation']> = ResolversObject<{
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['ReconciledDeclaration']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unmatchedDeclarations?: Resolver<Array<ResolversTypes['UnmatchedDeclaration']>, ParentType, ContextType>;
  unmatchedReceipts?: Resolver<Array<ResolversTypes['ExportReceipt']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyExportRebate?: Resolver<ResolversTypes['ExportRebateApplication'], ParentType, ContextType, RequireFields<MutationApplyExportRebateArgs, 'application'>>;
  decideExportRebate?: Resolver<ResolversTypes['ExportRebateApplication'], ParentType, ContextType, RequireFields<MutationDecideExportRebateArgs, 'applicationNo' | 'approve' | 'ebcCode' | 'reason'>>;
  payExportRebate?: Resolver<ResolversTypes['ExportRebateApplication'], ParentType, ContextType, RequireFields<MutationPayExportRebateArgs, 'applicationNo' | 'ebcCode' | 'reason'>>;
  recordTaxBillPayment?: Resolver<ResolversTypes['TaxBillPayment'], ParentType, ContextType, RequireFields<MutationRecordTaxBillPaymentArgs, 'payment'>>;
  reviewExportRebate?: Resolver<ResolversTypes['ExportRebateApplication'], ParentType, ContextType, RequireFields<MutationReviewExportRebateArgs, 'applicationNo' | 'ebcCode' | 'reason'>>;
  submitExportReceipt?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitExportReceiptArgs, 'receipt'>>;
  submitPayment?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitPaymentArgs, 'payment'>>;
}>;

export type OrderResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payTransactionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerIdType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentCompany?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  telephone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaymentStatisticsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentStatistics'] = ResolversParentTypes['PaymentStatistics']> = ResolversObject<{
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentCompany?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  paymentCompanyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volume?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PersonalDataReadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalDataReadConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  exportRebateApplication?: Resolver<Maybe<ResolversTypes['ExportRebateApplication']>, ParentType, ContextType, RequireFields<QueryExportRebateApplicationArgs, 'applicationNo' | 'ebcCode'>>;
  exportRebateApplications?: Resolver<ResolversTypes['ExportRebateApplicationConnection'], ParentType, ContextType, RequireFields<QueryExportRebateApplicationsArgs, 'first'>>;
  exportRebateStatistics?: Resolver<Array<ResolversTypes['ExportRebateStatistics']>, ParentType, ContextType, RequireFields<QueryExportRebateStatisticsArgs, 'filter' | 'groupBy'>>;
  exportReceipt?: Resolver<Maybe<ResolversTypes['ExportReceipt']>, ParentType, ContextType, RequireFields<QueryExportReceiptArgs, 'payCode' | 'payNo'>>;
  exportReceipts?: Resolver<ResolversTypes['ExportReceiptConnection'], ParentType, ContextType, RequireFields<QueryExportReceiptsArgs, 'first'>>;
  exportReconciliation?: Resolver<ResolversTypes['ExportReconciliation'], ParentType, ContextType, RequireFields<QueryExportReconciliationArgs, 'ebcCode' | 'period'>>;
  financePersonalDataReads?: Resolver<ResolversTypes['PersonalDataReadConnection'], ParentType, ContextType, RequireFields<QueryFinancePersonalDataReadsArgs, 'first'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'payCode' | 'payTransactionId'>>;
  paymentStatistics?: Resolver<Array<ResolversTypes['PaymentStatistics']>, ParentType, ContextType, RequireFields<QueryPaymentStatisticsArgs, 'filter' | 'groupBy'>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'first'>>;
  taxBillPaymentTotals?: Resolver<Array<ResolversTypes['TaxBillPaymentMonth']>, ParentType, ContextType, RequireFields<QueryTaxBillPaymentTotalsArgs, 'fromPeriod' | 'toPeriod'>>;
}>;

export type ReceiptResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnInfo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  returnTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReconciledDeclarationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ReconciledDeclaration'] = ResolversParentTypes['ReconciledDeclaration']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  declaration?: Resolver<ResolversTypes['ExportDeclaration'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['ExportReceipt']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type SummaryResultResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['SummaryResult'] = ResolversParentTypes['SummaryResult']> = ResolversObject<{
  entryId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxBillResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxBill'] = ResolversParentTypes['TaxBill'], FederationReferenceType extends FederationReferenceTypes['TaxBill'] = FederationReferenceTypes['TaxBill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TaxBill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guarantorUscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paymentStatus?: Resolver<ResolversTypes['TaxBillPaymentStatus'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['TaxBillPayment']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxBillMonthResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxBillMonth'] = ResolversParentTypes['TaxBillMonth'], FederationReferenceType extends FederationReferenceTypes['TaxBillMonth'] = FederationReferenceTypes['TaxBillMonth']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TaxBillMonth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxBillPaymentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxBillPayment'] = ResolversParentTypes['TaxBillPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxBillPaymentMonthResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TaxBillPaymentMonth'] = ResolversParentTypes['TaxBillPaymentMonth']> = ResolversObject<{
  bills?: Resolver<ResolversTypes['TaxBillMonth'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnmatchedDeclarationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['UnmatchedDeclaration'] = ResolversParentTypes['UnmatchedDeclaration']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  declaration?: Resolver<ResolversTypes['ExportDeclaration'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReconciliationGap'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['ExportReceipt']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shortBy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type ZoneDashboardResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paymentVolume?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rebatePayments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rebatesPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  CodeLabel?: CodeLabelResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  ExportDeclaration?: ExportDeclarationResolvers<ContextType>;
  ExportOrder?: ExportOrderResolvers<ContextType>;
  ExportRebateApplication?: ExportRebateApplicationResolvers<ContextType>;
  ExportRebateApplicationConnection?: ExportRebateApplicationConnectionResolvers<ContextType>;
  ExportRebateDecision?: ExportRebateDecisionResolvers<ContextType>;
  ExportRebateItem?: ExportRebateItemResolvers<ContextType>;
  ExportRebateList?: ExportRebateListResolvers<ContextType>;
  ExportRebateStatistics?: ExportRebateStatisticsResolvers<ContextType>;
  ExportReceipt?: ExportReceiptResolvers<ContextType>;
  ExportReceiptConnection?: ExportReceiptConnectionResolvers<ContextType>;
  ExportReconciliation?: ExportReconciliationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Month?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentStatistics?: PaymentStatisticsResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  PersonalDataReadConnection?: PersonalDataReadConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  ReconciledDeclaration?: ReconciledDeclarationResolvers<ContextType>;
  SummaryResult?: SummaryResultResolvers<ContextType>;
  TaxBill?: TaxBillResolvers<ContextType>;
  TaxBillMonth?: TaxBillMonthResolvers<ContextType>;
  TaxBillPayment?: TaxBillPaymentResolvers<ContextType>;
  TaxBillPaymentMonth?: TaxBillPaymentMonthResolvers<ContextType>;
  UnmatchedDeclaration?: UnmatchedDeclarationResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  codeLabel?: CodeLabelDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
