import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Connection } from '../../../lib/graphql/pagination';
import type { TaxList as TaxListModel } from '../rules/tax-list';
import type { BuyerQuota as BuyerQuotaModel } from '../resolvers/buyer-quota';
import type { PartnerEvent as PartnerEventModel, PersonalDataRead as PersonalDataReadModel, Order as OrderModel, OrderLine as OrderLineModel, InventoryDeclaration as InventoryDeclarationModel, InventoryLine as InventoryLineModel, TaxBill as TaxBillModel, ExportOrder as ExportOrderModel, ExportOrderLine as ExportOrderLineModel, ExportDeclaration as ExportDeclarationModel, ExportInventoryLine as ExportInventoryLineModel, SummaryDeclaration as SummaryDeclarationModel, SummaryResult as SummaryResultModel, SummaryItem as SummaryItemModel, WebhookEndpoint as WebhookEndpointModel, WebhookDelivery as WebhookDeliveryModel } from '../../../prisma/customs/generated/client';
import type { ReceiptEventPage } from '../resolvers/receipts';
import type { ReceiptRow } from '../../../lib/documents/submission';
import type { DeclarationGroupRow, ExportGroupRow } from '../statistics-rows';
import type { WaybillRef, ProductFilingRef, CustomsContext } from '../context';
import type { TariffLoad, TariffLineOf } from '../tariff';
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

/** A buyer as an order names them: the quota is counted by the identity number, as the annual limit is. */
export type BuyerIdentityInput = {
  /** Resident identity number (18 characters, GB 11643 check character); an invalid one is refused with BAD_USER_INPUT, without repeating it. */
  idNumber: Scalars['String']['input'];
  /** 1 (resident identity card); anything else is refused with BAD_USER_INPUT. */
  idType: Scalars['String']['input'];
  /** The buyer's name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** What remains of a buyer's personal annual limit (年度限额) in a China year: nothing of the buyer's purchases beyond it. */
export type BuyerQuota = {
  __typename?: 'BuyerQuota';
  /** The personal annual limit in force today (RMB 26,000 from 2019, 财关税〔2018〕49号). */
  limit: Scalars['Decimal']['output'];
  /** What the buyer may still buy this year: the limit less the 完税价格 of the buyer's lists accepted this year (returns taken off); 0 when none is left. */
  remaining: Scalars['Decimal']['output'];
  /** Whether an order of `amount` would be over the annual limit (and so refused with -621018); null when no amount was given. */
  wouldExceed: Maybe<Scalars['Boolean']['output']>;
  /** The China year (UTC+8) counted: the year in which customs would accept a list now. */
  year: Scalars['Int']['output'];
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

/** An amount in one currency. */
export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  /** The amount, exact. */
  amount: Scalars['Decimal']['output'];
  /** Currency (JGS-20 code, e.g. 502 USD, 142 CNY). */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
};

/** A dimension declaration statistics can be grouped by. */
export type DeclarationDimension =
  /** The customs district the list was declared at (customsCode). */
  | 'CUSTOMS_DISTRICT'
  /** Declaration date. */
  | 'DAY'
  /** The e-commerce enterprise (ebcCode). */
  | 'ECOMMERCE_ENTERPRISE'
  /** HS chapter (first 2 digits of the goods' commodity code); a list with goods of several chapters counts in each. */
  | 'HS_CHAPTER'
  /** HS heading (first 4 digits); a list with goods of several headings counts in each. */
  | 'HS_HEADING'
  /** Month of the declaration date, YYYY-MM. */
  | 'MONTH'
  /** The goods' country of origin; a list with goods of several origins counts in each. */
  | 'ORIGIN_COUNTRY'
  /** The e-commerce platform (ebpCode). */
  | 'PLATFORM'
  /** Trade mode: 9610 direct purchase, 1210 bonded, 1239 bonded (category B). */
  | 'TRADE_MODE';

/** Narrows a list of inventory lists; all given conditions must hold. */
export type DeclarationFilter = {
  /** Code of a party to the list: platform, e-commerce enterprise, declaring agent, logistics company or guarantor. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Latest receipt status (CEB622 returnStatus, e.g. 120 accepted, 800 released). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Trade mode: 9610 direct purchase, 1210 bonded, 1239 bonded A. */
  tradeMode?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One group of import inventory lists. Only the fields of the dimensions grouped by are set. Grouped by HS
 * chapter, heading or origin, goods value is the group's lines' and a released list's tax is shared over its
 * lines by their value (tax is assessed per list), so such groups' tax adds up to the lists' tax to within a
 * fen per group.
 */
export type DeclarationStatistics = {
  __typename?: 'DeclarationStatistics';
  /** Customs district code, when grouped by CUSTOMS_DISTRICT. */
  customsDistrict: Maybe<Scalars['String']['output']>;
  /** `customsDistrict` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  customsDistrictLabel: Maybe<CodeLabel>;
  /** Declaration date, when grouped by DAY. */
  day: Maybe<Scalars['Date']['output']>;
  /** Lists in the group. */
  declarations: Scalars['Int']['output'];
  /** The e-commerce enterprise as the credit department knows it, when grouped by ECOMMERCE_ENTERPRISE. */
  ecommerceEnterprise: Maybe<Enterprise>;
  /** The e-commerce enterprise's code, when grouped by ECOMMERCE_ENTERPRISE. */
  ecommerceEnterpriseCode: Maybe<Scalars['String']['output']>;
  /** Σ of the goods' totalPrice (CNY). */
  goodsValue: Scalars['Decimal']['output'];
  /** HS chapter (2 digits), when grouped by HS_CHAPTER. */
  hsChapter: Maybe<Scalars['String']['output']>;
  /** HS heading (4 digits), when grouped by HS_HEADING. */
  hsHeading: Maybe<Scalars['String']['output']>;
  /** Month (YYYY-MM), when grouped by MONTH. */
  month: Maybe<Scalars['String']['output']>;
  /** Country of origin (customs country code), when grouped by ORIGIN_COUNTRY. */
  originCountry: Maybe<Scalars['String']['output']>;
  /** `originCountry` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  originCountryLabel: Maybe<CodeLabel>;
  /** The platform as the credit department knows it, when grouped by PLATFORM. */
  platform: Maybe<Enterprise>;
  /** The platform's code, when grouped by PLATFORM. */
  platformCode: Maybe<Scalars['String']['output']>;
  /** Lists in the group released (status 800). */
  released: Scalars['Int']['output'];
  /** released / declarations, four decimals (0.9512 = 95.12%). */
  releasedShare: Scalars['Decimal']['output'];
  /** Import tax assessed on the released lists of the group (CNY). */
  tax: Scalars['Decimal']['output'];
  /** Trade mode, when grouped by TRADE_MODE. */
  tradeMode: Maybe<Scalars['String']['output']>;
  /** `tradeMode` in words, from the zone's trade mode code table: Chinese and English names; null for a code the table does not hold. */
  tradeModeLabel: Maybe<CodeLabel>;
};

/** Which inventory lists declaration statistics count. */
export type DeclarationStatisticsFilter = {
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** Only lists whose latest status is one of these (e.g. [800] released); all when absent. */
  returnStatus?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['input'];
  /** Only lists of these trade modes; all when absent. */
  tradeMode?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Released parcels of one product filing that reached one district. */
export type Destination = {
  __typename?: 'Destination';
  /** Consignee district (GB/T 2260, 6 digits). */
  district: Scalars['String']['output'];
  /** How many released parcels went there. */
  parcels: Scalars['Int']['output'];
  /** Its province (first two digits, then 0000). */
  province: Scalars['String']['output'];
  /** How much of the goods (declared quantity). */
  quantity: Scalars['Decimal']['output'];
};

export type Enterprise = {
  __typename?: 'Enterprise';
  uscc: Scalars['String']['output'];
};

/** A CEB605 cancel request. */
export type ExportCancelInput = {
  /** Declaring agent code: your own enterprise. */
  agentCode: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** The list, by the agent's internal number. */
  copNo: Scalars['String']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Why the list is withdrawn. */
  reason: Scalars['String']['input'];
};

/** A CEB603 export inventory list, as customs stores it. */
export type ExportDeclaration = {
  __typename?: 'ExportDeclaration';
  /** Declaring agent code. */
  agentCode: Scalars['String']['output'];
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['output'];
  /** Bill of lading. */
  billNo: Maybe<Scalars['String']['output']>;
  /** Agent's internal number. */
  copNo: Scalars['String']['output'];
  /** Destination country. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** The lines' currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Customs district where declared. */
  customsCode: Scalars['String']['output'];
  /** `customsCode` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  customsCodeLabel: Maybe<CodeLabel>;
  /** The departure (CEB509 copNo of the list's logistics company) that holds it while its parcel leaves: a held list cannot be cancelled. */
  departureCopNo: Maybe<Scalars['String']['output']>;
  /** E-commerce enterprise (consignor) code. */
  ebcCode: Scalars['String']['output'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['output'];
  /** Platform code. */
  ebpCode: Scalars['String']['output'];
  /** Platform name. */
  ebpName: Scalars['String']['output'];
  /** Bonded account book. */
  emsNo: Maybe<Scalars['String']['output']>;
  /** Freight currency. */
  fCurrency: Scalars['String']['output'];
  /** `fCurrency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  fCurrencyLabel: Maybe<CodeLabel>;
  /** Freight mark. */
  fFlag: Scalars['String']['output'];
  /** Freight. */
  freight: Scalars['Decimal']['output'];
  /** Σ lines.totalPrice, in the lines' currency. */
  goodsValue: Scalars['Decimal']['output'];
  /** Gross weight, kg. */
  grossWeight: Scalars['Decimal']['output'];
  /** Message GUID of the filing. */
  guid: Scalars['String']['output'];
  /** Insurance currency. */
  iCurrency: Scalars['String']['output'];
  /** `iCurrency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  iCurrencyLabel: Maybe<CodeLabel>;
  /** Insurance mark. */
  iFlag: Scalars['String']['output'];
  /** Zone warehouse enterprise code. */
  iacCode: Maybe<Scalars['String']['output']>;
  /** Export date. */
  ieDate: Scalars['Date']['output'];
  /** E. */
  ieFlag: Scalars['String']['output'];
  /** Insurance. */
  insuredFee: Scalars['Decimal']['output'];
  /** List number customs assigned (district + year + E + serial). */
  invtNo: Maybe<Scalars['String']['output']>;
  /** Licence number. */
  licenseNo: Maybe<Scalars['String']['output']>;
  /** The goods. */
  lines: Array<ExportInventoryLine>;
  /** Supervised site. */
  loctNo: Maybe<Scalars['String']['output']>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['output'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['output'];
  /** Net weight, kg. */
  netWeight: Scalars['Decimal']['output'];
  /** The export order. */
  order: Maybe<ExportOrder>;
  /** Order number. */
  orderNo: Scalars['String']['output'];
  /** Producer / seller code (NO when not registered). */
  ownerCode: Scalars['String']['output'];
  /** Producer / seller name. */
  ownerName: Scalars['String']['output'];
  /** Packages. */
  packNo: Scalars['Int']['output'];
  /** Port of destination. */
  pod: Scalars['String']['output'];
  /** Exit customs. */
  portCode: Scalars['String']['output'];
  /** `portCode` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  portCodeLabel: Maybe<CodeLabel>;
  /** E-port pre-entry number. */
  preNo: Maybe<Scalars['String']['output']>;
  /** Every CEB604/CEB606 receipt, newest first. */
  receipts: Array<Receipt>;
  /** When customs released it. */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the status means. */
  returnInfo: Maybe<Scalars['String']['output']>;
  /** Latest CEB604 status: 800 released, 100 rejected, 1 saved, 399 cancelled. */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** A simplified, B summary. */
  statisticsFlag: Scalars['String']['output'];
  /** The summary application that holds it (flag B). */
  sumNo: Maybe<Scalars['String']['output']>;
  /** Pallet / mail-bag number. */
  totalPackageNo: Maybe<Scalars['String']['output']>;
  /** Trade mode: 9610, 1210, 9710 or 9810. */
  tradeMode: Scalars['String']['output'];
  /** `tradeMode` in words, from the zone's trade mode code table: Chinese and English names; null for a code the table does not hold. */
  tradeModeLabel: Maybe<CodeLabel>;
  /** Transport mode. */
  trafMode: Scalars['String']['output'];
  /** `trafMode` in words, from the zone's transport mode code table: Chinese and English names; null for a code the table does not hold. */
  trafModeLabel: Maybe<CodeLabel>;
  /** Means of transport. */
  trafName: Maybe<Scalars['String']['output']>;
  /** Voyage number. */
  voyageNo: Maybe<Scalars['String']['output']>;
  /** The export waybill; null when you may not read it (a declaring agent is not a party to the carrier's waybill), without hiding the list. */
  waybill: Maybe<ExportWaybill>;
  /** The version of the export waybill the list was matched against when declared: the parcel leaves only on that version (a waybill changed since cannot depart with this list). */
  waybillVersion: Maybe<Scalars['Int']['output']>;
};

/** A page of export lists. */
export type ExportDeclarationConnection = {
  __typename?: 'ExportDeclarationConnection';
  /** The lists of this page. */
  nodes: Array<ExportDeclaration>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of export lists; all given conditions must hold. */
export type ExportDeclarationFilter = {
  /** Only lists this enterprise is a party to (platform, e-commerce enterprise, agent, logistics company or producer), by customs code or USCC. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only lists with this status (800 released, 100 rejected, …). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Only lists of this statistics flag (A simplified, B summary). */
  statisticsFlag?: InputMaybe<Scalars['String']['input']>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A departure (CEB509) holding its parcels' export lists. */
export type ExportDepartureHoldInput = {
  /** The departure's copNo. */
  copNo: Scalars['String']['input'];
  /** Logistics company code. */
  logisticsCode: Scalars['String']['input'];
  /** The parcels' waybill numbers. */
  logisticsNos: Array<Scalars['String']['input']>;
};

/** A dimension export statistics can be grouped by. */
export type ExportDimension =
  /** Destination country (运抵国) of the list. */
  | 'DESTINATION_COUNTRY'
  /** The e-commerce enterprise exporting (ebcCode). */
  | 'ECOMMERCE_ENTERPRISE'
  /** Exit customs (portCode). */
  | 'EXIT_CUSTOMS'
  /** HS chapter (first 2 digits) of the goods; a list with goods of several chapters counts in each. */
  | 'HS_CHAPTER'
  /** Month of the export date (ieDate), YYYY-MM. */
  | 'MONTH'
  /** Statistics flag: A simplified, B summarised monthly. */
  | 'STATISTICS_FLAG'
  /** Trade mode: 9610, 1210, 9710 or 9810. */
  | 'TRADE_MODE';

/** A CEB603 export inventory list as the declaring agent files it: the standard's fields, with statisticsFlag A (simplified declaration) or B (summary declaration). */
export type ExportInventoryInput = {
  /** Declaring agent code: your own enterprise. */
  agentCode: Scalars['String']['input'];
  /** Declaring agent name. */
  agentName: Scalars['String']['input'];
  /** 1 save, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new: a saved list is filed again in full; a declared one changes by cancelling it (CEB605) and declaring again. */
  appType: Scalars['String']['input'];
  /** Bill of lading / master air waybill. */
  billNo?: InputMaybe<Scalars['String']['input']>;
  /** The agent's internal number for the list, 1..20 characters. */
  copNo: Scalars['String']['input'];
  /** Destination country (运抵国, JGS-20). */
  country: Scalars['String']['input'];
  /** Customs district where declared (4 digits, JGS/T 18). */
  customsCode: Scalars['String']['input'];
  /** E-commerce enterprise (consignor) code: the order's. */
  ebcCode: Scalars['String']['input'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['input'];
  /** Platform code: the order's. */
  ebpCode: Scalars['String']['input'];
  /** Platform name. */
  ebpName: Scalars['String']['input'];
  /** Bonded account book; required for 1210. */
  emsNo?: InputMaybe<Scalars['String']['input']>;
  /** Freight currency. */
  fCurrency: Scalars['String']['input'];
  /** Freight mark: 1 rate, 2 unit price, 3 total. */
  fFlag: Scalars['String']['input'];
  /** Freight. */
  freight: Scalars['Decimal']['input'];
  /** Gross weight, kg. */
  grossWeight: Scalars['Decimal']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Insurance currency. */
  iCurrency: Scalars['String']['input'];
  /** Insurance mark: 1 rate, 2 unit price, 3 total. */
  iFlag: Scalars['String']['input'];
  /** Warehouse enterprise in the special zone (iacCode); required for 1210. */
  iacCode?: InputMaybe<Scalars['String']['input']>;
  /** Warehouse enterprise name. */
  iacName?: InputMaybe<Scalars['String']['input']>;
  /** Export date. */
  ieDate: Scalars['Date']['input'];
  /** E for export. */
  ieFlag: Scalars['String']['input'];
  /** Insurance. */
  insuredFee: Scalars['Decimal']['input'];
  /** Licence number. */
  licenseNo?: InputMaybe<Scalars['String']['input']>;
  /** The goods, numbered as on the order. */
  lines: Array<ExportInventoryLineInput>;
  /** Supervised site code. */
  loctNo?: InputMaybe<Scalars['String']['input']>;
  /** Logistics company code: the export waybill's. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** The export waybill's number. */
  logisticsNo: Scalars['String']['input'];
  /** Net weight, kg. */
  netWeight: Scalars['Decimal']['input'];
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The export order's number. */
  orderNo: Scalars['String']['input'];
  /** Producer / seller (生产销售单位) code, or NO when not registered with customs. */
  ownerCode: Scalars['String']['input'];
  /** Producer / seller name. */
  ownerName: Scalars['String']['input'];
  /** Number of packages. */
  packNo: Scalars['Int']['input'];
  /** Port of destination. */
  pod: Scalars['String']['input'];
  /** Exit customs (4 digits): where the goods leave the country. */
  portCode: Scalars['String']['input'];
  /** A 简化申报 (simplified; no licence, export duty or rebate; a 4-digit heading is enough) or B 汇总申报 (summarised monthly). */
  statisticsFlag: Scalars['String']['input'];
  /** Pallet or mail-bag number. */
  totalPackageNo?: InputMaybe<Scalars['String']['input']>;
  /** 9610 direct, 1210 bonded zone, 9710 B2B direct, 9810 overseas warehouse. */
  tradeMode: Scalars['String']['input'];
  /** Transport mode (JGS-20). */
  trafMode: Scalars['String']['input'];
  /** Means of transport. */
  trafName?: InputMaybe<Scalars['String']['input']>;
  /** Voyage number. */
  voyageNo?: InputMaybe<Scalars['String']['input']>;
  /** Packing type code (1 character). */
  wrapType?: InputMaybe<Scalars['String']['input']>;
};

/** One line of an export list. */
export type ExportInventoryLine = {
  __typename?: 'ExportInventoryLine';
  /** Final destination country. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** Currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Commodity code (10 digits; 4 with flag A). */
  gcode: Scalars['String']['output'];
  /** Model / specification. */
  gmodel: Scalars['String']['output'];
  /** Goods name. */
  gname: Scalars['String']['output'];
  /** Line number. */
  gnum: Scalars['Int']['output'];
  /** Unit price (FOB). */
  price: Scalars['Decimal']['output'];
  /** Quantity. */
  qty: Scalars['Decimal']['output'];
  /** Legal first quantity. */
  qty1: Scalars['Decimal']['output'];
  /** price × qty. */
  totalPrice: Scalars['Decimal']['output'];
  /** Unit. */
  unit: Scalars['String']['output'];
  /** Legal first unit. */
  unit1: Scalars['String']['output'];
  /** `unit1` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unit1Label: Maybe<CodeLabel>;
  /** `unit` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unitLabel: Maybe<CodeLabel>;
};

/** One line of a CEB603 export list. */
export type ExportInventoryLineInput = {
  /** Bar code, or 无. */
  barCode?: InputMaybe<Scalars['String']['input']>;
  /** Final destination country (JGS-20). */
  country: Scalars['String']['input'];
  /** Currency: the order's. */
  currency: Scalars['String']['input'];
  /** Commodity code: 10 digits; 4 (the heading) allowed with statisticsFlag A. */
  gcode: Scalars['String']['input'];
  /** Model / specification. */
  gmodel: Scalars['String']['input'];
  /** Goods name as declared: the order line's itemName. */
  gname: Scalars['String']['input'];
  /** Line number: the order line's gnum. */
  gnum: Scalars['Int']['input'];
  /** Goods name on the order. */
  itemName?: InputMaybe<Scalars['String']['input']>;
  /** SKU. */
  itemNo?: InputMaybe<Scalars['String']['input']>;
  /** Account book item (1210). */
  itemRecordNo?: InputMaybe<Scalars['String']['input']>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Unit price (FOB): the order line's. */
  price: Scalars['Decimal']['input'];
  /** Quantity: the order line's. */
  qty: Scalars['Decimal']['input'];
  /** Legal first quantity. */
  qty1: Scalars['Decimal']['input'];
  /** Legal second quantity. */
  qty2?: InputMaybe<Scalars['Decimal']['input']>;
  /** price × qty: the order line's. */
  totalPrice: Scalars['Decimal']['input'];
  /** Unit: the order line's. */
  unit: Scalars['String']['input'];
  /** Legal first unit. */
  unit1: Scalars['String']['input'];
  /** Legal second unit. */
  unit2?: InputMaybe<Scalars['String']['input']>;
};

/** A CEB303 export order, as customs stores it. */
export type ExportOrder = {
  __typename?: 'ExportOrder';
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['output'];
  /** Currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** The newest export list that declares this order. */
  declaration: Maybe<ExportDeclaration>;
  /** E-commerce enterprise (exporter) code. */
  ebcCode: Scalars['String']['output'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['output'];
  /** Platform code. */
  ebpCode: Scalars['String']['output'];
  /** Platform name. */
  ebpName: Scalars['String']['output'];
  /** Freight. */
  freight: Scalars['Decimal']['output'];
  /** Goods value. */
  goodsValue: Scalars['Decimal']['output'];
  /** The goods. */
  lines: Array<ExportOrderLine>;
  /** Order number. */
  orderNo: Scalars['String']['output'];
  /** Every CEB304 receipt, newest first. */
  receipts: Array<Receipt>;
  /** Latest receipt status (1 saved, 120 accepted). */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** 1, +1 per accepted change. */
  version: Scalars['Int']['output'];
};

/** A CEB303 export order as the platform files it, in the standard's field names. */
export type ExportOrderInput = {
  /** 1 save, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['input'];
  /** Currency (JGS-20 code, e.g. 502 USD, 142 CNY). */
  currency: Scalars['String']['input'];
  /** E-commerce enterprise (the exporter) code. */
  ebcCode: Scalars['String']['input'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['input'];
  /** Platform code (customs code or USCC): your own enterprise. */
  ebpCode: Scalars['String']['input'];
  /** Platform name. */
  ebpName: Scalars['String']['input'];
  /** Freight charged. */
  freight: Scalars['Decimal']['input'];
  /** Goods value: Σ lines.totalPrice. */
  goodsValue: Scalars['Decimal']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** The goods, numbered 1..n. */
  lines: Array<ExportOrderLineInput>;
  /** Note, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Order number, unique per platform, 1..60 characters. */
  orderNo: Scalars['String']['input'];
  /** E for export (the default). */
  orderType?: InputMaybe<Scalars['String']['input']>;
};

/** One line of an export order. */
export type ExportOrderLine = {
  __typename?: 'ExportOrderLine';
  /** Currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Line number. */
  gnum: Scalars['Int']['output'];
  /** Goods name. */
  itemName: Scalars['String']['output'];
  /** SKU. */
  itemNo: Scalars['String']['output'];
  /** Unit price. */
  price: Scalars['Decimal']['output'];
  /** Quantity. */
  qty: Scalars['Decimal']['output'];
  /** price × qty. */
  totalPrice: Scalars['Decimal']['output'];
  /** Unit. */
  unit: Scalars['String']['output'];
  /** `unit` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unitLabel: Maybe<CodeLabel>;
};

/** One line of a CEB303 export order. */
export type ExportOrderLineInput = {
  /** Bar code. */
  barCode?: InputMaybe<Scalars['String']['input']>;
  /** Currency: the order's. */
  currency: Scalars['String']['input'];
  /** Line number, 1..n in order. */
  gnum: Scalars['Int']['input'];
  /** Description. */
  itemDescribe?: InputMaybe<Scalars['String']['input']>;
  /** Goods name. */
  itemName: Scalars['String']['input'];
  /** The enterprise's item number (SKU). */
  itemNo: Scalars['String']['input'];
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Unit price. */
  price: Scalars['Decimal']['input'];
  /** Quantity, > 0. */
  qty: Scalars['Decimal']['input'];
  /** price × qty. */
  totalPrice: Scalars['Decimal']['input'];
  /** Unit (JGS-20). */
  unit: Scalars['String']['input'];
};

/** One group of export lists in one currency. Only the fields of the dimensions grouped by are set. */
export type ExportStatistics = {
  __typename?: 'ExportStatistics';
  /** The currency of the values (JGS-20 code). */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Destination country code, when grouped by DESTINATION_COUNTRY. */
  destinationCountry: Maybe<Scalars['String']['output']>;
  /** `destinationCountry` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  destinationCountryLabel: Maybe<CodeLabel>;
  /** The exporter's code, when grouped by ECOMMERCE_ENTERPRISE. */
  ecommerceEnterpriseCode: Maybe<Scalars['String']['output']>;
  /** Exit customs code, when grouped by EXIT_CUSTOMS. */
  exitCustoms: Maybe<Scalars['String']['output']>;
  /** `exitCustoms` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  exitCustomsLabel: Maybe<CodeLabel>;
  /** Σ FOB value of the group's goods, in `currency`; grouped by HS chapter, the lines of that chapter only. */
  goodsValue: Scalars['Decimal']['output'];
  /** HS chapter (2 digits), when grouped by HS_CHAPTER. */
  hsChapter: Maybe<Scalars['String']['output']>;
  /** Month (YYYY-MM), when grouped by MONTH. */
  month: Maybe<Scalars['String']['output']>;
  /** Lists (parcels) in the group. */
  parcels: Scalars['Int']['output'];
  /** Lists of the group released (status 800). */
  released: Scalars['Int']['output'];
  /** A or B, when grouped by STATISTICS_FLAG. */
  statisticsFlag: Maybe<Scalars['String']['output']>;
  /** Trade mode, when grouped by TRADE_MODE. */
  tradeMode: Maybe<Scalars['String']['output']>;
  /** `tradeMode` in words, from the zone's trade mode code table: Chinese and English names; null for a code the table does not hold. */
  tradeModeLabel: Maybe<CodeLabel>;
};

/** Which export lists export statistics count. */
export type ExportStatisticsFilter = {
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** Only lists whose latest status is one of these (e.g. [800] released); all when absent. */
  returnStatus?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['input'];
  /** Only lists of these trade modes; all when absent. */
  tradeMode?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An export waybill (CEB505); logistics holds it. */
export type ExportWaybill = {
  __typename?: 'ExportWaybill';
  /** The newest export list naming this waybill. */
  declaration: Maybe<ExportDeclaration>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['output'];
};

/** A waybill key, as export lists name it. */
export type ExportWaybillKeyInput = {
  /** Logistics company code. */
  logisticsCode: Scalars['String']['input'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['input'];
};

/** A CEB623 cancel request. */
export type InventoryCancelInput = {
  /** Declaring agent code. */
  agentCode: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** The list, by the agent's internal number. */
  copNo: Scalars['String']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Why the list is withdrawn. */
  reason: Scalars['String']['input'];
};

/** CEB621 import inventory list (申报清单), declared by the agent. Personal data is masked. */
export type InventoryDeclaration = {
  __typename?: 'InventoryDeclaration';
  /** The declaring agent. */
  agent: Maybe<Enterprise>;
  /** Declaring agent code. */
  agentCode: Scalars['String']['output'];
  /** Declaring agent name. */
  agentName: Scalars['String']['output'];
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When the agent filed the list. */
  appTime: Scalars['DateTime']['output'];
  /** 1 new, 2 change, 3 delete. */
  appType: Scalars['String']['output'];
  /** Bonded-area warehouse enterprise code. */
  areaCode: Maybe<Scalars['String']['output']>;
  /** Bonded-area warehouse enterprise name. */
  areaName: Maybe<Scalars['String']['output']>;
  /** Guarantor enterprise code. */
  assureCode: Scalars['String']['output'];
  /** Bill of lading (direct import). */
  billNo: Maybe<Scalars['String']['output']>;
  /** Buyer identity number (masked). */
  buyerIdNumber: Scalars['String']['output'];
  /** Buyer identity document type. */
  buyerIdType: Scalars['String']['output'];
  /** Buyer's name (masked). */
  buyerName: Scalars['String']['output'];
  /** Buyer's telephone (masked). */
  buyerTelephone: Scalars['String']['output'];
  /** Consignee's address (masked). */
  consigneeAddress: Scalars['String']['output'];
  /** Consumption tax. */
  consumptionTax: Maybe<Scalars['Decimal']['output']>;
  /** Agent's internal number for this list. */
  copNo: Scalars['String']['output'];
  /** Country of departure (142 for bonded). */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** Currency code. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Customs district where declared. */
  customsCode: Scalars['String']['output'];
  /** `customsCode` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  customsCodeLabel: Maybe<CodeLabel>;
  /** Import tariff (0 within the CBEC limits). */
  customsTax: Maybe<Scalars['Decimal']['output']>;
  /** The last three-document match and tax decision, as JSON with every value compared. */
  decision: Maybe<Scalars['String']['output']>;
  /** Declaration date. */
  declTime: Scalars['Date']['output'];
  /** 完税价格 of the list (goods + freight + insurance), once accepted; counted in the buyer's annual total. */
  dutiableValue: Maybe<Scalars['Decimal']['output']>;
  /** E-commerce enterprise code. */
  ebcCode: Scalars['String']['output'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['output'];
  /** Platform code. */
  ebpCode: Scalars['String']['output'];
  /** Platform name. */
  ebpName: Scalars['String']['output'];
  /** The e-commerce enterprise. */
  ecommerceEnterprise: Maybe<Enterprise>;
  /** Bonded account book number (bonded imports). */
  emsNo: Maybe<Scalars['String']['output']>;
  /** Freight actually charged by the logistics company. */
  freight: Scalars['Decimal']['output'];
  /** Gross weight, kg. */
  grossWeight: Scalars['Decimal']['output'];
  /** The guarantor. */
  guarantor: Maybe<Enterprise>;
  /** Message GUID. */
  guid: Scalars['String']['output'];
  /** Import date. */
  ieDate: Maybe<Scalars['Date']['output']>;
  /** I for import. */
  ieFlag: Scalars['String']['output'];
  /** Insurance fee. */
  insuredFee: Scalars['Decimal']['output'];
  /** List number assigned by customs (district + year + I + serial). */
  invtNo: Maybe<Scalars['String']['output']>;
  /** Licence number. */
  licenseNo: Maybe<Scalars['String']['output']>;
  /** The goods, in gnum order. */
  lines: Array<InventoryLine>;
  /** Supervised site. */
  loctNo: Maybe<Scalars['String']['output']>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['output'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['output'];
  /** Net weight, kg. */
  netWeight: Scalars['Decimal']['output'];
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** The declared order. */
  order: Maybe<Order>;
  /** Order number of the declared order. */
  orderNo: Scalars['String']['output'];
  /** Number of packages (1). */
  packNo: Scalars['Int']['output'];
  /** The platform. */
  platform: Maybe<Enterprise>;
  /** Port customs. */
  portCode: Scalars['String']['output'];
  /** `portCode` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  portCodeLabel: Maybe<CodeLabel>;
  /** E-port pre-entry number (B + YYYYMMDD + 9 digits). */
  preNo: Maybe<Scalars['String']['output']>;
  /** Every CEB622 receipt issued for this list, newest first. */
  receipts: Array<Receipt>;
  /** Text of the latest receipt. */
  returnInfo: Maybe<Scalars['String']['output']>;
  /** Latest receipt status (CEB622), e.g. 100 rejected, 120 accepted, 500 inspection, 800 released. */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** When the latest receipt was issued. */
  returnTime: Maybe<Scalars['DateTime']['output']>;
  /** All import taxes of the list. */
  taxTotal: Maybe<Scalars['Decimal']['output']>;
  /** Trade mode: 9610, 1210 or 1239. */
  tradeMode: Scalars['String']['output'];
  /** `tradeMode` in words, from the zone's trade mode code table: Chinese and English names; null for a code the table does not hold. */
  tradeModeLabel: Maybe<CodeLabel>;
  /** Transport mode (JGS-20). */
  trafMode: Scalars['String']['output'];
  /** `trafMode` in words, from the zone's transport mode code table: Chinese and English names; null for a code the table does not hold. */
  trafModeLabel: Maybe<CodeLabel>;
  /** Means of transport. */
  trafNo: Maybe<Scalars['String']['output']>;
  /** Import VAT. */
  valueAddedTax: Maybe<Scalars['Decimal']['output']>;
  /** Voyage number. */
  voyageNo: Maybe<Scalars['String']['output']>;
  /** The waybill of the parcel. */
  waybill: Maybe<Waybill>;
  /** Packing type. */
  wrapType: Maybe<Scalars['String']['output']>;
};

/** A page of inventory lists. */
export type InventoryDeclarationConnection = {
  __typename?: 'InventoryDeclarationConnection';
  /** The lists of this page. */
  nodes: Array<InventoryDeclaration>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** A CEB621 import inventory list as the declaring agent files it, in the standard's field names. */
export type InventoryInput = {
  /** Declaring agent code. */
  agentCode: Scalars['String']['input'];
  /** Declaring agent name. */
  agentName: Scalars['String']['input'];
  /** 1 save only, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When the agent filed it. */
  appTime: Scalars['DateTime']['input'];
  /** 1 (new): a declared list changes by cancelling it and declaring again. */
  appType: Scalars['String']['input'];
  /** Warehouse operator in the zone (区内仓储企业), USCC: required on bonded lists (1210, 1239), otherwise refused with -621001; it must be registered, filed with CIQ as WAREHOUSE and off the negative list, or the list is rejected (100). */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Bonded-area warehouse enterprise name. */
  areaName?: InputMaybe<Scalars['String']['input']>;
  /** Guarantor: the platform, the e-commerce enterprise or the logistics company. */
  assureCode: Scalars['String']['input'];
  /** Bill of lading. */
  billNo?: InputMaybe<Scalars['String']['input']>;
  /** Buyer's resident ID number. */
  buyerIdNumber: Scalars['String']['input'];
  /** 1 (resident ID). */
  buyerIdType: Scalars['String']['input'];
  /** Buyer's name. */
  buyerName: Scalars['String']['input'];
  /** Buyer's telephone. */
  buyerTelephone: Scalars['String']['input'];
  /** Consignee's address. */
  consigneeAddress: Scalars['String']['input'];
  /** Agent's internal number for this list (≤ 20). */
  copNo: Scalars['String']['input'];
  /** Country of departure (142 for bonded). */
  country: Scalars['String']['input'];
  /** 142 (CNY). */
  currency: Scalars['String']['input'];
  /** Customs district where declared. */
  customsCode: Scalars['String']['input'];
  /** Declaration date, a China calendar day: not after the day the list is filed and at most 7 days before it (configured, effective-dated); otherwise refused with -621002. The buyer's annual quota counts the China year in which customs accepts the list, whatever this date. */
  declTime: Scalars['Date']['input'];
  /** E-commerce enterprise code. */
  ebcCode: Scalars['String']['input'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['input'];
  /** Platform code. */
  ebpCode: Scalars['String']['input'];
  /** Platform name. */
  ebpName: Scalars['String']['input'];
  /** Bonded account book number (bonded imports). */
  emsNo?: InputMaybe<Scalars['String']['input']>;
  /** Freight, as the logistics company charged. */
  freight: Scalars['Decimal']['input'];
  /** Gross weight, kg. */
  grossWeight: Scalars['Decimal']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Import date. */
  ieDate?: InputMaybe<Scalars['Date']['input']>;
  /** I (import). */
  ieFlag?: InputMaybe<Scalars['String']['input']>;
  /** Insurance, as the logistics company charged. */
  insuredFee: Scalars['Decimal']['input'];
  /** Licence number. */
  licenseNo?: InputMaybe<Scalars['String']['input']>;
  /** The goods, one line per order line (same gnum). */
  lines: Array<InventoryLineInput>;
  /** Supervised site. */
  loctNo?: InputMaybe<Scalars['String']['input']>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['input'];
  /** Net weight, kg. */
  netWeight: Scalars['Decimal']['input'];
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Order number of the declared order. */
  orderNo: Scalars['String']['input'];
  /** 1. */
  packNo: Scalars['Int']['input'];
  /** Port customs. */
  portCode: Scalars['String']['input'];
  /** 9610, 1210 or 1239. */
  tradeMode: Scalars['String']['input'];
  /** Transport mode (JGS-20). */
  trafMode: Scalars['String']['input'];
  /** Means of transport. */
  trafNo?: InputMaybe<Scalars['String']['input']>;
  /** Voyage number. */
  voyageNo?: InputMaybe<Scalars['String']['input']>;
  /** Packing type. */
  wrapType?: InputMaybe<Scalars['String']['input']>;
};

/** One line of goods on an inventory list. */
export type InventoryLine = {
  __typename?: 'InventoryLine';
  /** Barcode (无 when none). */
  barCode: Scalars['String']['output'];
  /** Country of origin. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** Currency code. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** 10-digit commodity code. */
  gcode: Scalars['String']['output'];
  /** Specification and model. */
  gmodel: Scalars['String']['output'];
  /** Goods name, as on the order. */
  gname: Scalars['String']['output'];
  /** Line number, matching the order's gnum. */
  gnum: Scalars['Int']['output'];
  /** Item name at the enterprise. */
  itemName: Maybe<Scalars['String']['output']>;
  /** Item number (SKU). */
  itemNo: Maybe<Scalars['String']['output']>;
  /** Bonded account item number. */
  itemRecordNo: Maybe<Scalars['String']['output']>;
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** Unit price. */
  price: Scalars['Decimal']['output'];
  /** The CIQ product filing the goods were declared under. */
  productFiling: Maybe<ProductFiling>;
  /** Declared quantity. */
  qty: Scalars['Decimal']['output'];
  /** Quantity in the first legal unit. */
  qty1: Scalars['Decimal']['output'];
  /** Quantity in the second legal unit. */
  qty2: Maybe<Scalars['Decimal']['output']>;
  /** Total price. */
  totalPrice: Scalars['Decimal']['output'];
  /** Trading country. */
  tradeCountry: Maybe<Scalars['String']['output']>;
  /** Declared unit. */
  unit: Scalars['String']['output'];
  /** First legal unit. */
  unit1: Scalars['String']['output'];
  /** `unit1` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unit1Label: Maybe<CodeLabel>;
  /** Second legal unit. */
  unit2: Maybe<Scalars['String']['output']>;
  /** `unit2` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unit2Label: Maybe<CodeLabel>;
  /** `unit` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unitLabel: Maybe<CodeLabel>;
};

/** One line of a CEB621 list. */
export type InventoryLineInput = {
  /** Barcode (无 when none). */
  barCode: Scalars['String']['input'];
  /** Country of origin. */
  country: Scalars['String']['input'];
  /** 142 (CNY). */
  currency: Scalars['String']['input'];
  /** CIQ product filing the goods are declared under. */
  filingNo?: InputMaybe<Scalars['String']['input']>;
  /** 10-digit commodity code, present in the tariff table. */
  gcode: Scalars['String']['input'];
  /** Specification and model. */
  gmodel: Scalars['String']['input'];
  /** Goods name, as on the order. */
  gname: Scalars['String']['input'];
  /** Line number, as on the order. */
  gnum: Scalars['Int']['input'];
  /** Item name. */
  itemName?: InputMaybe<Scalars['String']['input']>;
  /** Item number (SKU). */
  itemNo?: InputMaybe<Scalars['String']['input']>;
  /** Bonded account item number. */
  itemRecordNo?: InputMaybe<Scalars['String']['input']>;
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Unit price. */
  price: Scalars['Decimal']['input'];
  /** Declared quantity. */
  qty: Scalars['Decimal']['input'];
  /** Quantity in the first legal unit. */
  qty1: Scalars['Decimal']['input'];
  /** Quantity in the second legal unit. */
  qty2?: InputMaybe<Scalars['Decimal']['input']>;
  /** price × qty. */
  totalPrice: Scalars['Decimal']['input'];
  /** Trading country. */
  tradeCountry?: InputMaybe<Scalars['String']['input']>;
  /** Declared unit. */
  unit: Scalars['String']['input'];
  /** First legal unit. */
  unit1: Scalars['String']['input'];
  /** Second legal unit. */
  unit2?: InputMaybe<Scalars['String']['input']>;
};

/** A CEB625 return request. */
export type InventoryReturnInput = {
  /** Declaring agent code. */
  agentCode: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** The released list, by the number customs assigned. */
  invtNo: Scalars['String']['input'];
  /** Why the goods are returned. */
  reason: Scalars['String']['input'];
};

/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Files a CEB701 summary application for one consignor and one month (汇总申报). Customs groups the month's
   * released flag-B lists into declaration forms (CEB792 results) by consignor, transport mode, producer
   * (summaryFlag 2), destination country and exit customs, and merges their lines by destination, 10-digit
   * HS code and currency. Answers with the CEB702 receipt; the same application again returns it.
   */
  applySummaryDeclaration: Receipt;
  /**
   * Files a CEB605 cancel request for an export list that has not departed and no summary holds. Answers
   * with the CEB606 receipt; the same request again returns the same receipt.
   */
  cancelExportInventory: Receipt;
  /**
   * CEB623: the declaring agent withdraws a list that is not yet released (saved, waiting, accepted or under
   * inspection). The list stops holding its order and counts for nothing. Answers with CEB624.
   */
  cancelInventory: Receipt;
  /**
   * CIQ reports the end of an inspection (CIQ staff or service only): a passed list is released (800); a
   * failed one is returned (700) or detained (599), and the failure is reported to credit.
   */
  concludeInspection: Receipt;
  /**
   * Files a CEB603 export inventory list (清单核放). Only the declaring agent (agentCode) may file it, as
   * itself. The list is checked against its export order and its export waybill; statisticsFlag A is allowed
   * only for goods without licence, export duty or export rebate; a list naming an enterprise on the credit
   * negative list is refused (-603030). Accepted lists are released (800) and answered with a CEB604 receipt;
   * the same content again returns the same receipt.
   */
  declareExportInventory: Receipt;
  /**
   * Declares a CEB621 import inventory list. Only the declaring agent (agentCode) may, as itself. Customs
   * checks the list, the purchase limits, and matches it with the order, the payment (finance) and the
   * waybill (logistics): 120 accepted with its tax, 100 rejected with every failed rule, or 2 waiting for a
   * missing document (checked again when it arrives).
   */
  declareInventory: Receipt;
  /** Stops deliveries to one of your endpoints (those under way finish); disabling it again changes nothing. */
  disableWebhookEndpoint: WebhookEndpoint;
  /**
   * Holds the live export list of each parcel for a departure (CEB509), so that the list cannot be cancelled
   * while the parcel leaves: a released list not held yet is held by this departure; a list held by another
   * departure, or not released, is left as it is. Answers by position (null where no live list names the
   * parcel); the departure may proceed only for lists it now holds. Logistics staff (its service) only.
   */
  holdExportListsForDeparture: Array<Maybe<ExportDeclaration>>;
  /**
   * Loads a tariff table (administrators only) as a new version in force from effectiveFrom, a China day after
   * the latest version's first day: the CSV has the columns of the sample tariff (docs/domain.md#tariff). Every
   * row is checked first; any problem refuses the whole file (BAD_USER_INPUT with every problem by line and
   * column in `extensions.problems`) and loads nothing. The same table again changes nothing (`created: false`).
   */
  loadTariff: TariffVersion;
  /**
   * Checks again the lists still waiting for a document (all, or those of one order number). Customs staff
   * and the departments' services call it; a payment or waybill filing triggers it.
   */
  recheckDeclarations: Array<Receipt>;
  /**
   * Sends a delivery again as a new round of attempts, with the same webhook-id: by the delivery's id, or by an
   * event's id (its deliveries to every endpoint of yours). A delivery already queued is left as it is.
   */
  redeliverWebhook: Array<WebhookDelivery>;
  /**
   * Registers a webhook endpoint for enterprises you act for (partners only). The answer carries the signing
   * secret, shown this once. The endpoint receives the events recorded from now on.
   */
  registerWebhookEndpoint: RegisteredWebhookEndpoint;
  /** Frees the lists a departure held when the departure was not recorded, so that they can be cancelled again. Logistics staff (its service) only; answers how many were freed. */
  releaseExportListHolds: Scalars['Int']['output'];
  /**
   * CEB625: the declaring agent returns the goods of a released list within 30 days of release. The tax is
   * taken off the guarantor's bill and the value off the buyer's annual total. Answers with CEB626.
   */
  returnInventory: Receipt;
  /**
   * Files a CEB303 export order. Only the platform (ebpCode) may file it, as itself. The same content again
   * returns the same receipt (CEB304); appType 2 changes a filed order while no list holds it.
   */
  submitExportOrder: Receipt;
  /**
   * Files a CEB311 import order. Only the platform (ebpCode) may file it, as itself. appType 1 files a new
   * order, 2 changes one not yet on a declared list (the earlier content is kept as a version).
   */
  submitOrder: Receipt;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationApplySummaryDeclarationArgs = {
  application: SummaryApplyInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationCancelExportInventoryArgs = {
  request: ExportCancelInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationCancelInventoryArgs = {
  request: InventoryCancelInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationConcludeInspectionArgs = {
  agentCode: Scalars['String']['input'];
  copNo: Scalars['String']['input'];
  disposal: Scalars['String']['input'];
  passed: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationDeclareExportInventoryArgs = {
  inventory: ExportInventoryInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationDeclareInventoryArgs = {
  inventory: InventoryInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationHoldExportListsForDepartureArgs = {
  departure: ExportDepartureHoldInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationLoadTariffArgs = {
  csv: Scalars['String']['input'];
  effectiveFrom: Scalars['Date']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecheckDeclarationsArgs = {
  orderNo?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRedeliverWebhookArgs = {
  deliveryId?: InputMaybe<Scalars['ID']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRegisterWebhookEndpointArgs = {
  endpoint: WebhookEndpointInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationReleaseExportListHoldsArgs = {
  departure: ExportDepartureHoldInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationReturnInventoryArgs = {
  request: InventoryReturnInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitExportOrderArgs = {
  order: ExportOrderInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitOrderArgs = {
  order: OrderInput;
};

/**
 * CEB311 import order as filed by the e-commerce platform. Field names are the standard's. Personal data
 * (buyer and consignee) is masked.
 */
export type Order = {
  __typename?: 'Order';
  /** Amount actually paid = goodsValue + freight + taxTotal − discount; equals the payment voucher. Spelled `acturalPaid` (not "actual") as the CEB311 standard spells it, so that its messages map 1:1. */
  acturalPaid: Scalars['Decimal']['output'];
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When the platform filed the order. */
  appTime: Scalars['DateTime']['output'];
  /** 1 new, 2 change, 3 delete. */
  appType: Scalars['String']['output'];
  /** Batch numbers of the goods, when known. */
  batchNumbers: Maybe<Scalars['String']['output']>;
  /** Buyer identity number (masked). */
  buyerIdNumber: Scalars['String']['output'];
  /** Buyer identity document type (1 = resident ID). */
  buyerIdType: Scalars['String']['output'];
  /** Buyer's name (masked). */
  buyerName: Scalars['String']['output'];
  /** Buyer's account on the platform (masked). */
  buyerRegNo: Scalars['String']['output'];
  /** Buyer's telephone (masked). */
  buyerTelephone: Scalars['String']['output'];
  /** Consignee's name (masked). */
  consignee: Scalars['String']['output'];
  /** Consignee's address (masked). */
  consigneeAddress: Scalars['String']['output'];
  /** Consignee's administrative division (GB/T 2260, 6 digits). */
  consigneeDistrict: Scalars['String']['output'];
  /** Consignee's telephone (masked). */
  consigneeTelephone: Scalars['String']['output'];
  /** Currency code (142 = CNY). */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** The import inventory list that declared this order, if any. */
  declaration: Maybe<InventoryDeclaration>;
  /** Non-cash discount (points, vouchers). */
  discount: Scalars['Decimal']['output'];
  /** E-commerce enterprise code. */
  ebcCode: Scalars['String']['output'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['output'];
  /** Platform code (customs code or USCC). */
  ebpCode: Scalars['String']['output'];
  /** Platform name. */
  ebpName: Scalars['String']['output'];
  /** The e-commerce enterprise that owns the goods. */
  ecommerceEnterprise: Maybe<Enterprise>;
  /** Freight charged. */
  freight: Scalars['Decimal']['output'];
  /** Transaction value of the goods, including non-cash discounts. */
  goodsValue: Scalars['Decimal']['output'];
  /** Message GUID (36 upper-case characters). */
  guid: Scalars['String']['output'];
  /** The goods, in gnum order. */
  lines: Array<OrderLine>;
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** Order number, unique per platform. */
  orderNo: Scalars['String']['output'];
  /** I for import. */
  orderType: Scalars['String']['output'];
  /** Payment company code. */
  payCode: Scalars['String']['output'];
  /** Payment company name. */
  payName: Scalars['String']['output'];
  /** Payment transaction serial number at the payment company. */
  payTransactionId: Scalars['String']['output'];
  /** The platform that sold the goods. */
  platform: Maybe<Enterprise>;
  /** Every CEB312 receipt issued for this order, newest first. */
  receipts: Array<Receipt>;
  /** Latest receipt status (CEB312): 2 declaring, 3 sent to customs, 4 send failed, 100 rejected, 120 accepted. */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** Tax withheld. */
  taxTotal: Scalars['Decimal']['output'];
  /** The waybill named on this order's inventory list, if declared. */
  waybill: Maybe<Waybill>;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page. */
  nodes: Array<Order>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of orders; all given conditions must hold. */
export type OrderFilter = {
  /** Code (USCC or customs code) of the platform or the e-commerce enterprise. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Latest receipt status (CEB312 returnStatus: 2, 3, 4, 100 or 120). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A CEB311 order as the platform files it; field names and rules are the standard's. */
export type OrderInput = {
  /** Amount actually paid: goodsValue + freight + taxTotal − discount; equals the payment. Spelled `acturalPaid` (not "actual") as the CEB311 standard spells it, so that its messages map 1:1. */
  acturalPaid: Scalars['Decimal']['input'];
  /** 1 save only, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When the platform filed it. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['input'];
  /** Batch numbers of the goods. */
  batchNumbers?: InputMaybe<Scalars['String']['input']>;
  /** Buyer's resident ID number (GB 11643 check digit). */
  buyerIdNumber: Scalars['String']['input'];
  /** 1 (resident ID). */
  buyerIdType: Scalars['String']['input'];
  /** Buyer's name. */
  buyerName: Scalars['String']['input'];
  /** Buyer's account on the platform. */
  buyerRegNo: Scalars['String']['input'];
  /** Buyer's telephone. */
  buyerTelephone: Scalars['String']['input'];
  /** Consignee; must equal the waybill's. */
  consignee: Scalars['String']['input'];
  /** Consignee's address; must equal the waybill's. */
  consigneeAddress: Scalars['String']['input'];
  /** Consignee's administrative division (6 digits). */
  consigneeDistrict: Scalars['String']['input'];
  /** Consignee's telephone; must equal the waybill's. */
  consigneeTelephone: Scalars['String']['input'];
  /** 142 (CNY). */
  currency: Scalars['String']['input'];
  /** Non-cash discount. */
  discount: Scalars['Decimal']['input'];
  /** E-commerce enterprise code. */
  ebcCode: Scalars['String']['input'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['input'];
  /** Platform code. */
  ebpCode: Scalars['String']['input'];
  /** Platform name. */
  ebpName: Scalars['String']['input'];
  /** Freight. */
  freight: Scalars['Decimal']['input'];
  /** Transaction value of the goods (Σ line totalPrice). */
  goodsValue: Scalars['Decimal']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** The goods, gnum 1..n. */
  lines: Array<OrderLineInput>;
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Order number, unique per platform (≤ 60). */
  orderNo: Scalars['String']['input'];
  /** I (import). */
  orderType?: Scalars['String']['input'];
  /** Payment company code. */
  payCode: Scalars['String']['input'];
  /** Payment company name. */
  payName: Scalars['String']['input'];
  /** Payment serial number at the payment company. */
  payTransactionId: Scalars['String']['input'];
  /** Tax withheld. */
  taxTotal: Scalars['Decimal']['input'];
};

/** One line of goods on an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Barcode. */
  barCode: Maybe<Scalars['String']['output']>;
  /** Country of origin code. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** Currency code. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Specification and model. */
  gmodel: Maybe<Scalars['String']['output']>;
  /** Line number, 1..n. */
  gnum: Scalars['Int']['output'];
  /** Goods description. */
  itemDescribe: Maybe<Scalars['String']['output']>;
  /** Goods name. */
  itemName: Scalars['String']['output'];
  /** Item number (SKU) at the e-commerce enterprise. */
  itemNo: Scalars['String']['output'];
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** Unit price (0 for gifts). */
  price: Scalars['Decimal']['output'];
  /** Quantity. */
  qty: Scalars['Decimal']['output'];
  /** price × qty. */
  totalPrice: Scalars['Decimal']['output'];
  /** Unit code (JGS-20). */
  unit: Scalars['String']['output'];
  /** `unit` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unitLabel: Maybe<CodeLabel>;
};

/** One line of a CEB311 order. */
export type OrderLineInput = {
  /** Barcode. */
  barCode?: InputMaybe<Scalars['String']['input']>;
  /** Country of origin code. */
  country: Scalars['String']['input'];
  /** 142 (CNY). */
  currency: Scalars['String']['input'];
  /** Specification and model. */
  gmodel?: InputMaybe<Scalars['String']['input']>;
  /** Line number, 1..n in order. */
  gnum: Scalars['Int']['input'];
  /** Description. */
  itemDescribe?: InputMaybe<Scalars['String']['input']>;
  /** Goods name. */
  itemName: Scalars['String']['input'];
  /** Item number (SKU). */
  itemNo: Scalars['String']['input'];
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Unit price (0 for gifts). */
  price: Scalars['Decimal']['input'];
  /** Quantity. */
  qty: Scalars['Decimal']['input'];
  /** price × qty. */
  totalPrice: Scalars['Decimal']['input'];
  /** Unit code (JGS-20). */
  unit: Scalars['String']['input'];
};

/** Where a page of a cursor-paginated list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
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

export type ProductFiling = {
  __typename?: 'ProductFiling';
  /** Where the goods went (去向可查): released parcels and quantities per consignee district. */
  destinations: Array<Destination>;
  filingNo: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * 年度限额 pre-check: how much of the personal annual limit a buyer has left this China year, for the
   * platform or e-commerce enterprise about to take the buyer's order, without the buyer's lists or history.
   * Only the enterprise itself (ebpCode one of yours, registered with credit as a platform or e-commerce
   * enterprise) may ask, and customs staff; others get FORBIDDEN. Each answer is an audited read of personal
   * data, limited per caller to 600 an hour (RATE_LIMITED beyond).
   */
  buyerQuota: BuyerQuota;
  /** Administrators only: full reads of customs personal data, newest first. */
  customsPersonalDataReads: PersonalDataReadConnection;
  /** An import inventory list (CEB621) by the declaring agent and its internal number; null when there is none. */
  declaration: Maybe<InventoryDeclaration>;
  /** An import inventory list by the list number customs assigned (invtNo); null when there is none. */
  declarationByInvtNo: Maybe<InventoryDeclaration>;
  /**
   * Import inventory lists (CEB621) declared in a period, counted and summed in customs' database, one row
   * per group. Staff, analysts and administrators count every list; an enterprise counts the lists it is a
   * party to. Money is exact (Decimal).
   */
  declarationStatistics: Array<DeclarationStatistics>;
  /** Import inventory lists, newest declaration date first. */
  declarations: InventoryDeclarationConnection;
  /** An export inventory list (CEB603) by the declaring agent and its internal number; null when there is none or you may not read it. */
  exportDeclaration: Maybe<ExportDeclaration>;
  /** An export inventory list by the number customs assigned (invtNo, district + year + E + serial); null when there is none or you may not read it. */
  exportDeclarationByInvtNo: Maybe<ExportDeclaration>;
  /** Export inventory lists, newest first. */
  exportDeclarations: ExportDeclarationConnection;
  /**
   * For each export waybill asked about, in the same order, the newest export list that names it (null when
   * none does): how logistics learns, in one request, whether parcels may depart. Customs, logistics and
   * finance staff and administrators only; others get FORBIDDEN.
   */
  exportDeclarationsOfWaybills: Array<Maybe<ExportDeclaration>>;
  /** An export order (CEB303) by its key; null when there is none or you may not read it. */
  exportOrder: Maybe<ExportOrder>;
  /**
   * Export inventory lists (CEB603) of a period, counted and summed in customs' database, one row per group
   * and currency: values are in the lists' own currencies, never added across them. Staff, analysts and
   * administrators count every list; an enterprise the lists it is a party to.
   */
  exportStatistics: Array<ExportStatistics>;
  /** An import order (CEB311) by its key; null when there is none. */
  order: Maybe<Order>;
  /** Import orders, newest first. */
  orders: OrderConnection;
  /**
   * The events of the caller's enterprises, every department's receipts and status changes in the order the
   * single window logged them (docs/partner-guide.md#events-and-the-feed): a partner or enterprise user reads
   * the events naming one of its enterprises, staff, analysts and administrators every event. Poll with the
   * last page's `pageInfo.endCursor` as `after`: the cursor is the event's place in the log, so it stays valid
   * across restarts, and every event is read exactly once. An empty page answers `endCursor` with the `after`
   * given, so that a client may always keep the last `endCursor`.
   */
  receipts: ReceiptEventConnection;
  /** A summary declaration application (CEB701) by the number customs gave it; null when there is none or you may not read it. */
  summaryDeclaration: Maybe<SummaryDeclaration>;
  /**
   * The reminder list: released export lists of flag B that no summary declaration holds yet, one row per
   * consignor and month, with the day the summary is due (the 10th of the next month) and whether it is late.
   * Staff see every consignor; an enterprise sees its own.
   */
  summaryDeclarationsDue: Array<SummaryDue>;
  /** A declaration form of a summary (CEB792: 报关单) by its entry number; null when there is none or you may not read it. */
  summaryResult: Maybe<SummaryResult>;
  /**
   * The rows of these codes in the tariff in force on a China day, in the order asked, null for a code that
   * tariff does not hold: one request for a whole list (at most 500 codes).
   */
  tariffLines: Array<Maybe<TariffLine>>;
  /** A guarantor's aggregated tax bill for one month (YYYY-MM); null when there is none. */
  taxBill: Maybe<TaxBill>;
  /**
   * The aggregated tax bills' totals per month of release (the bills' period), over the months of a period.
   * Staff, analysts and administrators see every guarantor's; an enterprise its own bills'.
   */
  taxBillTotals: Array<TaxBillMonth>;
  /** Aggregated tax bills, newest period first. */
  taxBills: TaxBillConnection;
  /**
   * The CEB816 electronic tax list (电子税单) of a released list, by the declaring agent and its internal number
   * (agentCode and copNo) or by the list number (invtNo): give one or the other. Null when there is none: an
   * unknown list, one not released (no tax list), or one you may not read (you are none of its agent,
   * e-commerce enterprise, logistics company or guarantor).
   */
  taxList: Maybe<TaxList>;
  /** CEB816 electronic tax lists of the released lists you may read, newest release day first. */
  taxLists: TaxListConnection;
  /** Deliveries to your endpoints, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Your webhook endpoints (those of the enterprises you act for), newest first, disabled ones included. */
  webhookEndpoints: Array<WebhookEndpoint>;
  /**
   * The zone's headline figures for a period ([from, to) in China days, at most 3,700 days): customs' here, and
   * every other department's on the same object.
   */
  zoneDashboard: ZoneDashboard;
};


export type QueryBuyerQuotaArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  buyer: BuyerIdentityInput;
  ebpCode: Scalars['String']['input'];
};


export type QueryCustomsPersonalDataReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalDataReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeclarationArgs = {
  agentCode: Scalars['String']['input'];
  copNo: Scalars['String']['input'];
};


export type QueryDeclarationByInvtNoArgs = {
  invtNo: Scalars['String']['input'];
};


export type QueryDeclarationStatisticsArgs = {
  filter: DeclarationStatisticsFilter;
  groupBy?: Array<DeclarationDimension>;
};


export type QueryDeclarationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeclarationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportDeclarationArgs = {
  agentCode: Scalars['String']['input'];
  copNo: Scalars['String']['input'];
};


export type QueryExportDeclarationByInvtNoArgs = {
  invtNo: Scalars['String']['input'];
};


export type QueryExportDeclarationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportDeclarationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportDeclarationsOfWaybillsArgs = {
  waybills: Array<ExportWaybillKeyInput>;
};


export type QueryExportOrderArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
};


export type QueryExportStatisticsArgs = {
  filter: ExportStatisticsFilter;
  groupBy?: Array<ExportDimension>;
};


export type QueryOrderArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QuerySummaryDeclarationArgs = {
  sumNo: Scalars['String']['input'];
};


export type QuerySummaryDeclarationsDueArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySummaryResultArgs = {
  entryId: Scalars['String']['input'];
};


export type QueryTariffLinesArgs = {
  codes: Array<Scalars['String']['input']>;
  on: Scalars['Date']['input'];
};


export type QueryTaxBillArgs = {
  guarantorUscc: Scalars['String']['input'];
  period: Scalars['Month']['input'];
};


export type QueryTaxBillTotalsArgs = {
  fromPeriod: Scalars['Month']['input'];
  toPeriod: Scalars['Month']['input'];
};


export type QueryTaxBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaxBillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaxListArgs = {
  agentCode?: InputMaybe<Scalars['String']['input']>;
  copNo?: InputMaybe<Scalars['String']['input']>;
  invtNo?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTaxListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaxListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryZoneDashboardArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

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

/**
 * A receipt or status change of one of a partner's documents, as the single window logged it. The same event
 * (same `id`) is delivered to webhooks.
 */
export type ReceiptEvent = {
  __typename?: 'ReceiptEvent';
  /** This event's place in the log, to pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The department whose change it reports: customs, ciq, credit, logistics or finance. */
  department: Scalars['String']['output'];
  /** The document's keys, e.g. {"agentCode": …, "copNo": …}. */
  documentKey: Scalars['JSON']['output'];
  /** The event's stable id (a UUID): the same in every read and delivery of it; deduplicate by it. */
  id: Scalars['ID']['output'];
  /** What happened, e.g. INVENTORY_RECEIPT (docs/partner-guide.md#events-and-the-feed). */
  kind: Scalars['String']['output'];
  /** The receipt's CEB message type (CEB312, CEB412, CEB512, CEB622, …); null for an event that is no receipt of the standard. */
  messageType: Maybe<Scalars['String']['output']>;
  /** When the change happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The receipt as JSON: the fields of the receipt message's return node, or the change's details. */
  receipt: Scalars['JSON']['output'];
  /** What the status means for this document. */
  returnInfo: Maybe<Scalars['String']['output']>;
  /** The status the document reached, in the standard's numbering (2, 120, 500, 800, …). */
  returnStatus: Maybe<Scalars['Int']['output']>;
  /** The receipt as the standard's XML message (returnTime in 17 digits, China time); null when the event is no receipt of the standard. */
  xml: Maybe<Scalars['String']['output']>;
};

/** A page of the single window's events, in log order. */
export type ReceiptEventConnection = {
  __typename?: 'ReceiptEventConnection';
  /** The page's events, in log order. */
  nodes: Array<ReceiptEvent>;
  /** Where the page ends: pass `endCursor` as `after` to continue. */
  pageInfo: PageInfo;
};

/** A registered endpoint with its signing secret, which is shown when it is registered and again only to the same caller resending the registration with the same `reference` (the answer to the first may have been lost); it is never listed. */
export type RegisteredWebhookEndpoint = {
  __typename?: 'RegisteredWebhookEndpoint';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The signing secret, `whsec_` and a base64 key: give it to the standardwebhooks library to verify each delivery. Keep it secret. */
  secret: Scalars['String']['output'];
};

/** A CEB701 summary application (汇总申请). */
export type SummaryApplyInput = {
  /** Declaring agent (the lists' agent): your own enterprise. */
  agentCode: Scalars['String']['input'];
  /** Agent name. */
  agentName: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** The applicant's internal number, 1..20 characters; unique per declaring agent. */
  copNo: Scalars['String']['input'];
  /** Customs district where it is filed (4 digits). */
  customsCode: Scalars['String']['input'];
  /** Customs broker declaring the resulting forms. */
  declAgentCode: Scalars['String']['input'];
  /** Broker name. */
  declAgentName: Scalars['String']['input'];
  /** Consignor (e-commerce enterprise) whose lists are summarised. */
  ebcCode: Scalars['String']['input'];
  /** Consignor name. */
  ebcName: Scalars['String']['input'];
  /** Last day of the period (the same month). */
  endTime: Scalars['Date']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** The lists to summarise (invtNo); omit for every released flag-B list of the consignor in the period not yet summarised. */
  invtNos?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 when goods names of merged lines are taken from the first line. */
  itemNameFlag?: InputMaybe<Scalars['String']['input']>;
  /** Supervised site code. */
  loctNo?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period (the month's first day). */
  startTime: Scalars['Date']['input'];
  /** 1 group by consignor; 2 by consignor and producer. */
  summaryFlag: Scalars['String']['input'];
};

/** A CEB701 summary application and what customs made of it. */
export type SummaryDeclaration = {
  __typename?: 'SummaryDeclaration';
  /** Declaring agent. */
  agentCode: Scalars['String']['output'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['output'];
  /** The applicant's internal number. */
  copNo: Scalars['String']['output'];
  /** Customs district. */
  customsCode: Scalars['String']['output'];
  /** `customsCode` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  customsCodeLabel: Maybe<CodeLabel>;
  /** Customs broker. */
  declAgentCode: Scalars['String']['output'];
  /** The day it was due: the 10th of the month after the period. */
  dueDate: Scalars['Date']['output'];
  /** Consignor. */
  ebcCode: Scalars['String']['output'];
  /** Last day of the period. */
  endTime: Scalars['Date']['output'];
  /** Whether it was filed after its due date. */
  filedLate: Scalars['Boolean']['output'];
  /** Receipts (CEB702), newest first. */
  receipts: Array<Receipt>;
  /** The declaration forms (CEB792) it produced. */
  results: Array<SummaryResult>;
  /** First day of the period. */
  startTime: Scalars['Date']['output'];
  /** Summary number customs assigned. */
  sumNo: Scalars['String']['output'];
  /** 1 by consignor, 2 by consignor and producer. */
  summaryFlag: Scalars['String']['output'];
};

/** A consignor's month of released flag-B lists not yet summarised. */
export type SummaryDue = {
  __typename?: 'SummaryDue';
  /** The currency (JGS-20) of the lists and of goodsValue. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** The 10th of the next month. */
  dueDate: Scalars['Date']['output'];
  /** Consignor. */
  ebcCode: Scalars['String']['output'];
  /** Σ their goods value, in `currency` (one row per currency: no sum adds currencies). */
  goodsValue: Scalars['Decimal']['output'];
  /** Lists waiting. */
  lists: Scalars['Int']['output'];
  /** Past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** The month (YYYY-MM). */
  period: Scalars['String']['output'];
};

/** Lines of a summary's lists merged by final destination, 10-digit commodity code and currency. */
export type SummaryItem = {
  __typename?: 'SummaryItem';
  /** Final destination country. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** Currency. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Commodity code (10 digits). */
  gcode: Scalars['String']['output'];
  /** Goods name (the first merged line's). */
  gname: Scalars['String']['output'];
  /** Item number on the form, 1..n. */
  gnum: Scalars['Int']['output'];
  /** How many list lines were merged. */
  lineCount: Scalars['Int']['output'];
  /** Σ quantity. */
  qty: Scalars['Decimal']['output'];
  /** Σ legal first quantity. */
  qty1: Scalars['Decimal']['output'];
  /** Σ value. */
  totalPrice: Scalars['Decimal']['output'];
};

/** A declaration form (报关单) of a summary: the lists sharing consignor, transport mode, producer, destination country and exit customs (CEB792). */
export type SummaryResult = {
  __typename?: 'SummaryResult';
  /** Destination country. */
  country: Scalars['String']['output'];
  /** `country` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  countryLabel: Maybe<CodeLabel>;
  /** When customs produced it. */
  createdAt: Scalars['DateTime']['output'];
  /** The currency (JGS-20) of every item of the form and of totalPrice. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Declaration state: 800 released. */
  decState: Scalars['String']['output'];
  /** Unified summary sequence number (declSeqNo). */
  declSeqNo: Scalars['String']['output'];
  /** The lists it holds. */
  declarations: Array<ExportDeclaration>;
  /** Consignor. */
  ebcCode: Scalars['String']['output'];
  /** Entry number (18 digits: district, year, 0 for export, serial). */
  entryId: Scalars['String']['output'];
  /** Merged goods items. */
  items: Array<SummaryItem>;
  /** Producer (summaryFlag 2), or null. */
  ownerCode: Maybe<Scalars['String']['output']>;
  /** Exit customs. */
  portCode: Scalars['String']['output'];
  /** `portCode` in words, from the zone's customs district code table: Chinese and English names; null for a code the table does not hold. */
  portCodeLabel: Maybe<CodeLabel>;
  /** The summary it belongs to. */
  sumNo: Scalars['String']['output'];
  /** Σ item values, in `currency`: lists of different currencies go on different forms, so no total adds currencies. */
  totalPrice: Scalars['Decimal']['output'];
  /** Transport mode. */
  trafMode: Scalars['String']['output'];
  /** `trafMode` in words, from the zone's transport mode code table: Chinese and English names; null for a code the table does not hold. */
  trafModeLabel: Maybe<CodeLabel>;
};

/** A commodity code's row of the tariff in force on a day (docs/domain.md#tariff). Rates in percent. */
export type TariffLine = {
  __typename?: 'TariffLine';
  /** When the consumption tax applies, as the tariff states it; null when always. */
  consumptionTaxCondition: Maybe<Scalars['String']['output']>;
  /** Consumption tax rate (0 for goods without consumption tax). */
  consumptionTaxRate: Scalars['Decimal']['output'];
  /** The first China day of that version. */
  effectiveFrom: Scalars['Date']['output'];
  /** The code carries an export duty. */
  exportDuty: Scalars['Boolean']['output'];
  /** Export VAT rebate rate; null where the tariff gives none (unknown, not zero). */
  exportRebateRate: Maybe<Scalars['Decimal']['output']>;
  /** 10-digit commodity code. */
  hs10: Scalars['String']['output'];
  /** An import or export licence is required for the code. */
  licenceRequired: Scalars['Boolean']['output'];
  /** MFN import tariff rate; null where the tariff gives none. */
  mfnRate: Maybe<Scalars['Decimal']['output']>;
  /** The code's name in English (empty where the tariff gives none). */
  nameEn: Scalars['String']['output'];
  /** The code's name in Chinese, as the tariff gives it. */
  nameZh: Scalars['String']['output'];
  /** First legal unit of quantity (unit code). */
  unit1: Scalars['String']['output'];
  /** standard or reduced. */
  vatClass: Scalars['String']['output'];
  /** Import VAT rate. */
  vatRate: Scalars['Decimal']['output'];
  /** The tariff version the row belongs to. */
  version: Scalars['Int']['output'];
};

/** A version of the tariff table: the whole table loaded from one CSV, in force from its first day until the next version's (China days). */
export type TariffVersion = {
  __typename?: 'TariffVersion';
  /** SHA-256 of the rows' content (not of the file's comments, order or spacing): the same table has the same hash. */
  contentHash: Scalars['String']['output'];
  /** False when this table was already in force (the same CSV again): nothing was loaded and this is the existing version. */
  created: Scalars['Boolean']['output'];
  /** The first China day on which this version is in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** The version's number, in loading order. */
  id: Scalars['Int']['output'];
  /** When it was loaded. */
  loadedAt: Scalars['DateTime']['output'];
  /** Who loaded it: the administrator, `command` (npm run tariff:load) or `seed` (the demo default). */
  loadedBy: Scalars['String']['output'];
  /** How many commodity codes (10 digits) it holds. */
  rowCount: Scalars['Int']['output'];
};

/** 汇总征税: the import tax of one guarantor's lists released in one month, paid as one bill. */
export type TaxBill = {
  __typename?: 'TaxBill';
  /** Consumption tax. */
  consumptionTax: Scalars['Decimal']['output'];
  /** Import tariff of the bill's lists. */
  customsTax: Scalars['Decimal']['output'];
  /** When it must be paid, by the rule in force for the period. */
  dueDate: Scalars['Date']['output'];
  /** The guarantor. */
  guarantor: Maybe<Enterprise>;
  /** USCC of the guarantor (assureCode of the lists). */
  guarantorUscc: Scalars['String']['output'];
  /** How many released lists the bill gathers. */
  listCount: Scalars['Int']['output'];
  /** Month of release, YYYY-MM. */
  period: Scalars['String']['output'];
  /** The bill's items: the CEB816 tax lists of the lists released in the period, oldest release first (a returned list's is void, status 3, and no longer counted in the totals). */
  taxLists: Array<TaxList>;
  /** All taxes of the bill. */
  total: Scalars['Decimal']['output'];
  /** Import VAT. */
  valueAddedTax: Scalars['Decimal']['output'];
};

/** A page of tax bills. */
export type TaxBillConnection = {
  __typename?: 'TaxBillConnection';
  /** The bills of this page. */
  nodes: Array<TaxBill>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of tax bills; all given conditions must hold. */
export type TaxBillFilter = {
  /** USCC of the guarantor. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** Bills of this period and later (YYYY-MM), included. Month ranges are half-open, [fromPeriod, toPeriod). */
  fromPeriod?: InputMaybe<Scalars['Month']['input']>;
  /** Bills before this period (YYYY-MM), excluded; must be later than fromPeriod when both are given. */
  toPeriod?: InputMaybe<Scalars['Month']['input']>;
};

/** The aggregated tax bills of one month. */
export type TaxBillMonth = {
  __typename?: 'TaxBillMonth';
  /** Bills (guarantors) with tax that month. */
  bills: Scalars['Int']['output'];
  /** Σ consumption tax (CNY). */
  consumptionTax: Scalars['Decimal']['output'];
  /** Σ tariff (CNY). */
  customsTax: Scalars['Decimal']['output'];
  /** Lists whose tax is on the bills. */
  lists: Scalars['Int']['output'];
  /** Month of release, YYYY-MM. */
  period: Scalars['String']['output'];
  /** Σ of the bills' totals (CNY). */
  total: Scalars['Decimal']['output'];
  /** Σ import VAT (CNY). */
  valueAddedTax: Scalars['Decimal']['output'];
};

/**
 * CEB816 电子税单: the import tax customs charged on one released list, per list and per line, as stored when
 * the list was accepted (the amounts add up to the list's tax to the fen). The guarantor's monthly bill
 * gathers it.
 */
export type TaxList = {
  __typename?: 'TaxList';
  /** Declaring agent. */
  agentCode: Scalars['String']['output'];
  /** Guarantor (担保企业), whose bill gathers the tax. */
  assureCode: Scalars['String']['output'];
  /** Consumption tax. */
  consumptionTax: Scalars['Decimal']['output'];
  /** The agent's internal number for the list. */
  copNo: Scalars['String']['output'];
  /** Customs district. */
  customsCode: Scalars['String']['output'];
  /** Import tariff. */
  customsTax: Scalars['Decimal']['output'];
  /** E-commerce enterprise. */
  ebcCode: Scalars['String']['output'];
  /** The bill the tax is on (缴款书号): the guarantor's USCC followed by the bill's month, YYYYMM. */
  entDutyNo: Scalars['String']['output'];
  /** List number customs assigned. */
  invtNo: Scalars['String']['output'];
  /** The day (China) the list was released and the tax list issued. */
  issuedOn: Scalars['Date']['output'];
  /** The tax per line, in gnum order. */
  lines: Array<TaxListLine>;
  /** Logistics company. */
  logisticsCode: Scalars['String']['output'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['output'];
  /** Order number. */
  orderNo: Scalars['String']['output'];
  /** 1 已生成 (issued, from release), 2 已汇总 (summarised: the 30-day return window has closed and the tax is final on its bill), 3 作废 (void: the goods were returned and the tax refunded). */
  status: Scalars['Int']['output'];
  /** Tax list number: the invtNo with its I replaced by T (district + year + T + serial, 18 characters); stable from release on. */
  taxNo: Scalars['String']['output'];
  /** customsTax + valueAddedTax + consumptionTax: the list's tax. */
  taxTotal: Scalars['Decimal']['output'];
  /** Import VAT. */
  valueAddedTax: Scalars['Decimal']['output'];
  /** The same tax list as the standard's CEB816Message (UTF-8 XML, 17-digit China times, amounts to the fen). */
  xml: Scalars['String']['output'];
};

/** A page of tax lists. */
export type TaxListConnection = {
  __typename?: 'TaxListConnection';
  /** The tax lists of this page. */
  nodes: Array<TaxList>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of tax lists; all given conditions must hold. */
export type TaxListFilter = {
  /** Tax lists of lists released on this China day and later. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** 1 issued (已生成), 2 summarised (已汇总), 3 void (作废); another value is refused with BAD_USER_INPUT. */
  status?: InputMaybe<Scalars['Int']['input']>;
  /** Tax lists of lists released before this China day; must be later than from. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One line of a CEB816 tax list. */
export type TaxListLine = {
  __typename?: 'TaxListLine';
  /** Consumption tax of the line. */
  consumptionTax: Scalars['Decimal']['output'];
  /** Import tariff of the line. */
  customsTax: Scalars['Decimal']['output'];
  /** 10-digit commodity code. */
  gcode: Scalars['String']['output'];
  /** Line number, as on the list. */
  gnum: Scalars['Int']['output'];
  /** 完税总价格: the line's goods value with its share of freight and insurance, to the fen. */
  taxPrice: Scalars['Decimal']['output'];
  /** Import VAT of the line. */
  valueAddedTax: Scalars['Decimal']['output'];
};

export type Waybill = {
  __typename?: 'Waybill';
  /** The newest import inventory list that names this waybill. */
  declaration: Maybe<InventoryDeclaration>;
  logisticsCode: Scalars['String']['output'];
  logisticsNo: Scalars['String']['output'];
  /** The order declared with this waybill. */
  order: Maybe<Order>;
};

/** One event for one endpoint, with its attempts. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many attempts were made, redeliveries included. */
  attempts: Scalars['Int']['output'];
  /** When the delivery was made for the event. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was delivered (2xx); null until then. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint it goes to. */
  endpointId: Scalars['ID']['output'];
  /** The event's id, sent as `webhook-id` by every attempt (deduplicate by it). */
  eventId: Scalars['ID']['output'];
  /** The delivery's id. */
  id: Scalars['ID']['output'];
  /** The event's kind. */
  kind: Scalars['String']['output'];
  /** Why the last attempt failed (its status, a timeout, a refused connection); null after a success or before any attempt. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer; null when there was none (refused connection, timeout) or no attempt yet. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  nodes: Array<WebhookDelivery>;
  /** Where the next page starts. */
  pageInfo: PageInfo;
};

/** Which deliveries to list. */
export type WebhookDeliveryFilter = {
  /** Only those of this endpoint. */
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those in this status. */
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (at least 24 hours of retries): parked; ask for a redelivery once the endpoint is fixed. */
  | 'FAILED'
  /** Not yet answered with 2xx: queued or waiting for its next attempt. */
  | 'PENDING';

/** A partner's webhook endpoint: the single window posts there every event of its enterprises (of the kinds chosen), signed with the endpoint's secret (Standard Webhooks). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When it was registered; it receives the events recorded from then on. */
  createdAt: Scalars['DateTime']['output'];
  /** Who registered it (the partner key's subject); only they manage it. */
  createdBy: Scalars['String']['output'];
  /** When it was disabled; null while it receives events. */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** The enterprises whose events it receives: yours, as registered. */
  enterprises: Array<Scalars['String']['output']>;
  /** The endpoint's id. */
  id: Scalars['ID']['output'];
  /** The event kinds it receives (INVENTORY_RECEIPT, ORDER_RECEIPT, …); empty for every kind. */
  kinds: Array<Scalars['String']['output']>;
  /** Your reference for it, as given when registering; a registration resent with the same reference returns this endpoint. */
  reference: Maybe<Scalars['String']['output']>;
  /** Where the events are posted (https; http only to a loopback address outside production). */
  url: Scalars['String']['output'];
};

/** A webhook endpoint to register. */
export type WebhookEndpointInput = {
  /** The enterprises whose events it receives (USCC or customs code), each one you act for; at least one. */
  enterprises: Array<Scalars['String']['input']>;
  /** The event kinds it receives; omit or leave empty for every kind. Each must be one of the feed's event kinds. */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Your own reference for this endpoint (1 to 100 characters), which makes the registration safe to resend: the same reference with the same URL, enterprises and kinds returns the endpoint registered the first time, with its secret; with anything else it is refused (reason WEBHOOK_REFERENCE_REUSED). Omit it and every registration makes a new endpoint. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Where to post the events: an absolute https URL (http is accepted only for a loopback host, and never in production), at most 2,000 characters. */
  url: Scalars['String']['input'];
};

/**
 * The zone's headline figures for one period, each department adding its own. The period is half-open,
 * [from, to), in China days: `to` is the day after the last one.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** The zone plan's yearly trade target (CNY), from customs' configuration (zone-target.rules.json). */
  annualTradeTarget: Scalars['Decimal']['output'];
  /** Import inventory lists declared in the period. */
  declarations: Scalars['Int']['output'];
  /** Export lists released in the period (by export date). */
  exportParcels: Scalars['Int']['output'];
  /** FOB value of those lists, one amount per currency (never added across currencies). */
  exportValues: Array<CurrencyAmount>;
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['output'];
  /** The yearly target pro rata for the period's days (CNY). */
  periodTradeTarget: Scalars['Decimal']['output'];
  /** Lists of the period released (status 800). */
  released: Scalars['Int']['output'];
  /** tradeValue / periodTradeTarget, six decimals (1.000000 = on target). */
  shareOfTarget: Scalars['Decimal']['output'];
  /** Import tax assessed on the period's released lists (CNY). */
  tax: Scalars['Decimal']['output'];
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['output'];
  /** Goods value of the period's released lists (CNY): the zone's cross-border e-commerce trade. */
  tradeValue: Scalars['Decimal']['output'];
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
  ExportDeclaration: ExportDeclaration;
  ExportOrder: ExportOrder;
  ExportWaybill: ExportWaybill;
  InventoryDeclaration: InventoryDeclaration;
  Order: Order;
  ProductFiling: ProductFiling;
  SummaryDeclaration: SummaryDeclaration;
  SummaryResult: SummaryResult;
  TaxBill: TaxBill;
  TaxBillMonth: TaxBillMonth;
  Waybill: Waybill;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ExportDeclaration:
    ( { __typename: 'ExportDeclaration' }
    & GraphQLRecursivePick<FederationTypes['ExportDeclaration'], {"agentCode":true,"copNo":true}> );
  ExportOrder:
    ( { __typename: 'ExportOrder' }
    & GraphQLRecursivePick<FederationTypes['ExportOrder'], {"ebpCode":true,"orderNo":true}> );
  ExportWaybill:
    ( { __typename: 'ExportWaybill' }
    & GraphQLRecursivePick<FederationTypes['ExportWaybill'], {"logisticsCode":true,"logisticsNo":true}> );
  InventoryDeclaration:
    ( { __typename: 'InventoryDeclaration' }
    & GraphQLRecursivePick<FederationTypes['InventoryDeclaration'], {"agentCode":true,"copNo":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
  ProductFiling:
    ( { __typename: 'ProductFiling' }
    & GraphQLRecursivePick<FederationTypes['ProductFiling'], {"filingNo":true}> );
  SummaryDeclaration:
    ( { __typename: 'SummaryDeclaration' }
    & GraphQLRecursivePick<FederationTypes['SummaryDeclaration'], {"sumNo":true}> );
  SummaryResult:
    ( { __typename: 'SummaryResult' }
    & GraphQLRecursivePick<FederationTypes['SummaryResult'], {"entryId":true}> );
  TaxBill:
    ( { __typename: 'TaxBill' }
    & GraphQLRecursivePick<FederationTypes['TaxBill'], {"guarantorUscc":true,"period":true}> );
  TaxBillMonth:
    ( { __typename: 'TaxBillMonth' }
    & GraphQLRecursivePick<FederationTypes['TaxBillMonth'], {"period":true}> );
  Waybill:
    ( { __typename: 'Waybill' }
    & GraphQLRecursivePick<FederationTypes['Waybill'], {"logisticsCode":true,"logisticsNo":true}> );
  ZoneDashboard:
    ( { __typename: 'ZoneDashboard' }
    & GraphQLRecursivePick<FederationTypes['ZoneDashboard'], {"from":true,"to":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BuyerIdentityInput: BuyerIdentityInput;
  BuyerQuota: ResolverTypeWrapper<BuyerQuotaModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CodeLabel: ResolverTypeWrapper<CodeLabel>;
  CurrencyAmount: ResolverTypeWrapper<CurrencyAmount>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeclarationDimension: DeclarationDimension;
  DeclarationFilter: DeclarationFilter;
  DeclarationStatistics: ResolverTypeWrapper<DeclarationGroupRow>;
  DeclarationStatisticsFilter: DeclarationStatisticsFilter;
  Destination: ResolverTypeWrapper<Destination>;
  Enterprise: ResolverTypeWrapper<Enterprise>;
  ExportCancelInput: ExportCancelInput;
  ExportDeclaration: ResolverTypeWrapper<ExportDeclarationModel>;
  ExportDeclarationConnection: ResolverTypeWrapper<Connection<ExportDeclarationModel>>;
  ExportDeclarationFilter: ExportDeclarationFilter;
  ExportDepartureHoldInput: ExportDepartureHoldInput;
  ExportDimension: ExportDimension;
  ExportInventoryInput: ExportInventoryInput;
  ExportInventoryLine: ResolverTypeWrapper<ExportInventoryLineModel>;
  ExportInventoryLineInput: ExportInventoryLineInput;
  ExportOrder: ResolverTypeWrapper<ExportOrderModel>;
  ExportOrderInput: ExportOrderInput;
  ExportOrderLine: ResolverTypeWrapper<ExportOrderLineModel>;
  ExportOrderLineInput: ExportOrderLineInput;
  ExportStatistics: ResolverTypeWrapper<ExportGroupRow>;
  ExportStatisticsFilter: ExportStatisticsFilter;
  ExportWaybill: ResolverTypeWrapper<WaybillRef>;
  ExportWaybillKeyInput: ExportWaybillKeyInput;
  InventoryCancelInput: InventoryCancelInput;
  InventoryDeclaration: ResolverTypeWrapper<InventoryDeclarationModel>;
  InventoryDeclarationConnection: ResolverTypeWrapper<Connection<InventoryDeclarationModel>>;
  InventoryInput: InventoryInput;
  InventoryLine: ResolverTypeWrapper<InventoryLineModel>;
  InventoryLineInput: InventoryLineInput;
  InventoryReturnInput: InventoryReturnInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Connection<OrderModel>>;
  OrderFilter: OrderFilter;
  OrderInput: OrderInput;
  OrderLine: ResolverTypeWrapper<OrderLineModel>;
  OrderLineInput: OrderLineInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadModel>;
  PersonalDataReadConnection: ResolverTypeWrapper<Connection<PersonalDataReadModel>>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  ProductFiling: ResolverTypeWrapper<ProductFilingRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  ReceiptEvent: ResolverTypeWrapper<PartnerEventModel>;
  ReceiptEventConnection: ResolverTypeWrapper<ReceiptEventPage>;
  RegisteredWebhookEndpoint: ResolverTypeWrapper<Omit<RegisteredWebhookEndpoint, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  SummaryApplyInput: SummaryApplyInput;
  SummaryDeclaration: ResolverTypeWrapper<SummaryDeclarationModel>;
  SummaryDue: ResolverTypeWrapper<Omit<SummaryDue, 'currencyLabel'>>;
  SummaryItem: ResolverTypeWrapper<SummaryItemModel>;
  SummaryResult: ResolverTypeWrapper<SummaryResultModel>;
  TariffLine: ResolverTypeWrapper<TariffLineOf>;
  TariffVersion: ResolverTypeWrapper<TariffLoad>;
  TaxBill: ResolverTypeWrapper<TaxBillModel>;
  TaxBillConnection: ResolverTypeWrapper<Connection<TaxBillModel>>;
  TaxBillFilter: TaxBillFilter;
  TaxBillMonth: ResolverTypeWrapper<TaxBillMonth>;
  TaxList: ResolverTypeWrapper<TaxListModel>;
  TaxListConnection: ResolverTypeWrapper<Connection<TaxListModel>>;
  TaxListFilter: TaxListFilter;
  TaxListLine: ResolverTypeWrapper<TaxListLine>;
  Waybill: ResolverTypeWrapper<WaybillRef>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Connection<WebhookDeliveryModel>>;
  WebhookDeliveryFilter: WebhookDeliveryFilter;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointModel>;
  WebhookEndpointInput: WebhookEndpointInput;
  ZoneDashboard: ResolverTypeWrapper<ZoneDashboard>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BuyerIdentityInput: BuyerIdentityInput;
  BuyerQuota: BuyerQuotaModel;
  Int: Scalars['Int']['output'];
  CodeLabel: CodeLabel;
  CurrencyAmount: CurrencyAmount;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeclarationFilter: DeclarationFilter;
  DeclarationStatistics: DeclarationGroupRow;
  DeclarationStatisticsFilter: DeclarationStatisticsFilter;
  Destination: Destination;
  Enterprise: Enterprise;
  ExportCancelInput: ExportCancelInput;
  ExportDeclaration: ExportDeclarationModel;
  ExportDeclarationConnection: Connection<ExportDeclarationModel>;
  ExportDeclarationFilter: ExportDeclarationFilter;
  ExportDepartureHoldInput: ExportDepartureHoldInput;
  ExportInventoryInput: ExportInventoryInput;
  ExportInventoryLine: ExportInventoryLineModel;
  ExportInventoryLineInput: ExportInventoryLineInput;
  ExportOrder: ExportOrderModel;
  ExportOrderInput: ExportOrderInput;
  ExportOrderLine: ExportOrderLineModel;
  ExportOrderLineInput: ExportOrderLineInput;
  ExportStatistics: ExportGroupRow;
  ExportStatisticsFilter: ExportStatisticsFilter;
  ExportWaybill: WaybillRef;
  ExportWaybillKeyInput: ExportWaybillKeyInput;
  InventoryCancelInput: InventoryCancelInput;
  InventoryDeclaration: InventoryDeclarationModel;
  InventoryDeclarationConnection: Connection<InventoryDeclarationModel>;
  InventoryInput: InventoryInput;
  InventoryLine: InventoryLineModel;
  InventoryLineInput: InventoryLineInput;
  InventoryReturnInput: InventoryReturnInput;
  JSON: Scalars['JSON']['output'];
  Month: Scalars['Month']['output'];
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Order: OrderModel;
  OrderConnection: Connection<OrderModel>;
  OrderFilter: OrderFilter;
  OrderInput: OrderInput;
  OrderLine: OrderLineModel;
  OrderLineInput: OrderLineInput;
  PageInfo: PageInfo;
  PersonalDataRead: PersonalDataReadModel;
  PersonalDataReadConnection: Connection<PersonalDataReadModel>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  ProductFiling: ProductFilingRef;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  ReceiptEvent: PartnerEventModel;
  ReceiptEventConnection: ReceiptEventPage;
  RegisteredWebhookEndpoint: Omit<RegisteredWebhookEndpoint, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  SummaryApplyInput: SummaryApplyInput;
  SummaryDeclaration: SummaryDeclarationModel;
  SummaryDue: Omit<SummaryDue, 'currencyLabel'>;
  SummaryItem: SummaryItemModel;
  SummaryResult: SummaryResultModel;
  TariffLine: TariffLineOf;
  TariffVersion: TariffLoad;
  TaxBill: TaxBillModel;
  TaxBillConnection: Connection<TaxBillModel>;
  TaxBillFilter: TaxBillFilter;
  TaxBillMonth: TaxBillMonth | FederationReferenceTypes['TaxBillMonth'];
  TaxList: TaxListModel;
  TaxListConnection: Connection<TaxListModel>;
  TaxListFilter: TaxListFilter;
  TaxListLine: TaxListLine;
  Waybill: WaybillRef;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryConnection: Connection<WebhookDeliveryModel>;
  WebhookDeliveryFilter: WebhookDeliveryFilter;
  WebhookEndpoint: WebhookEndpointModel;
  WebhookEndpointInput: WebhookEndpointInput;
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

export type AccessDirectiveResolver<Result, Parent, ContextType = CustomsContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelDirectiveArgs = {
  of: Scalars['String']['input'];
  table: Scalars['String']['input'];
};

export type CodeLabelDirectiveResolver<Result, Parent, ContextType = CustomsContext, Args = CodeLabelDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = CustomsContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BuyerQuotaResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['BuyerQuota'] = ResolversParentTypes['BuyerQuota']> = ResolversObject<{
  limit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  wouldExceed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CodeLabelResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['CodeLabel'] = ResolversParentTypes['CodeLabel']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CurrencyAmountResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['CurrencyAmount'] = ResolversParentTypes['CurrencyAmount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
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

export type DeclarationStatisticsResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['DeclarationStatistics'] = ResolversParentTypes['DeclarationStatistics']> = ResolversObject<{
  customsDistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customsDistrictLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  declarations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ecommerceEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  ecommerceEnterpriseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsHeading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originCountryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  platformCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedShare?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tradeModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type DestinationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Destination'] = ResolversParentTypes['Destination']> = ResolversObject<{
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = ResolversObject<{
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportDeclarationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportDeclaration'] = ResolversParentTypes['ExportDeclaration'], FederationReferenceType extends FederationReferenceTypes['ExportDeclaration'] = FederationReferenceTypes['ExportDeclaration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportDeclaration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  billNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsCodeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  departureCopNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emsNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fCurrencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  fFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  grossWeight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iCurrencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  iFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iacCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ieDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ieFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insuredFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invtNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licenseNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ExportInventoryLine']>, ParentType, ContextType>;
  loctNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netWeight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['ExportOrder']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portCodeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  preNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  returnInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  statisticsFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sumNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalPackageNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tradeModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  trafMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trafModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  trafName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voyageNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['ExportWaybill']>, ParentType, ContextType>;
  waybillVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ExportDeclarationConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportDeclarationConnection'] = ResolversParentTypes['ExportDeclarationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExportDeclaration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportInventoryLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportInventoryLine'] = ResolversParentTypes['ExportInventoryLine']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  gcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gmodel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty1?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit1Label?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  unitLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type ExportOrderResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportOrder'] = ResolversParentTypes['ExportOrder'], FederationReferenceType extends FederationReferenceTypes['ExportOrder'] = FederationReferenceTypes['ExportOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['ExportDeclaration']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ExportOrderLine']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportOrderLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportOrderLine'] = ResolversParentTypes['ExportOrderLine']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type ExportStatisticsResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportStatistics'] = ResolversParentTypes['ExportStatistics']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  destinationCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationCountryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  ecommerceEnterpriseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCustoms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCustomsLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statisticsFlag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tradeModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type ExportWaybillResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ExportWaybill'] = ResolversParentTypes['ExportWaybill'], FederationReferenceType extends FederationReferenceTypes['ExportWaybill'] = FederationReferenceTypes['ExportWaybill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportWaybill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['ExportDeclaration']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InventoryDeclarationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryDeclaration'] = ResolversParentTypes['InventoryDeclaration'], FederationReferenceType extends FederationReferenceTypes['InventoryDeclaration'] = FederationReferenceTypes['InventoryDeclaration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InventoryDeclaration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  agentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areaCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  billNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyerIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerIdType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerTelephone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneeAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consumptionTax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsCodeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  customsTax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declTime?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dutiableValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ecommerceEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  emsNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  grossWeight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  guarantor?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ieDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ieFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insuredFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  invtNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licenseNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InventoryLine']>, ParentType, ContextType>;
  loctNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netWeight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  portCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portCodeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  preNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  returnTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  taxTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tradeModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  trafMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trafModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  trafNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueAddedTax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  voyageNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType>;
  wrapType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InventoryDeclarationConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryDeclarationConnection'] = ResolversParentTypes['InventoryDeclarationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InventoryLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryLine'] = ResolversParentTypes['InventoryLine']> = ResolversObject<{
  barCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  gcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gmodel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemRecordNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  productFiling?: Resolver<Maybe<ResolversTypes['ProductFiling']>, ParentType, ContextType>;
  qty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty1?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty2?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit1Label?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  unit2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit2Label?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  unitLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MutationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applySummaryDeclaration?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationApplySummaryDeclarationArgs, 'application'>>;
  cancelExportInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationCancelExportInventoryArgs, 'request'>>;
  cancelInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationCancelInventoryArgs, 'request'>>;
  concludeInspection?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationConcludeInspectionArgs, 'agentCode' | 'copNo' | 'disposal' | 'passed' | 'reason'>>;
  declareExportInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationDeclareExportInventoryArgs, 'inventory'>>;
  declareInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationDeclareInventoryArgs, 'inventory'>>;
  disableWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDisableWebhookEndpointArgs, 'id'>>;
  holdExportListsForDeparture?: Resolver<Array<Maybe<ResolversTypes['ExportDeclaration']>>, ParentType, ContextType, RequireFields<MutationHoldExportListsForDepartureArgs, 'departure'>>;
  loadTariff?: Resolver<ResolversTypes['TariffVersion'], ParentType, ContextType, RequireFields<MutationLoadTariffArgs, 'csv' | 'effectiveFrom'>>;
  recheckDeclarations?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType, Partial<MutationRecheckDeclarationsArgs>>;
  redeliverWebhook?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, Partial<MutationRedeliverWebhookArgs>>;
  registerWebhookEndpoint?: Resolver<ResolversTypes['RegisteredWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationRegisterWebhookEndpointArgs, 'endpoint'>>;
  releaseExportListHolds?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationReleaseExportListHoldsArgs, 'departure'>>;
  returnInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationReturnInventoryArgs, 'request'>>;
  submitExportOrder?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitExportOrderArgs, 'order'>>;
  submitOrder?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitOrderArgs, 'order'>>;
}>;

export type OrderResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acturalPaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchNumbers?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyerIdNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerIdType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerRegNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerTelephone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consignee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneeAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneeTelephone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebpName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ecommerceEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payTransactionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  barCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  gmodel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemDescribe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonalDataReadResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = ResolversObject<{
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

export type PersonalDataReadConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductFilingResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ProductFiling'] = ResolversParentTypes['ProductFiling'], FederationReferenceType extends FederationReferenceTypes['ProductFiling'] = FederationReferenceTypes['ProductFiling']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductFiling']> | FederationReferenceType, FederationReferenceType, ContextType>;
  destinations?: Resolver<Array<ResolversTypes['Destination']>, ParentType, ContextType>;
  filingNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  buyerQuota?: Resolver<ResolversTypes['BuyerQuota'], ParentType, ContextType, RequireFields<QueryBuyerQuotaArgs, 'buyer' | 'ebpCode'>>;
  customsPersonalDataReads?: Resolver<ResolversTypes['PersonalDataReadConnection'], ParentType, ContextType, RequireFields<QueryCustomsPersonalDataReadsArgs, 'first'>>;
  declaration?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType, RequireFields<QueryDeclarationArgs, 'agentCode' | 'copNo'>>;
  declarationByInvtNo?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType, RequireFields<QueryDeclarationByInvtNoArgs, 'invtNo'>>;
  declarationStatistics?: Resolver<Array<ResolversTypes['DeclarationStatistics']>, ParentType, ContextType, RequireFields<QueryDeclarationStatisticsArgs, 'filter' | 'groupBy'>>;
  declarations?: Resolver<ResolversTypes['InventoryDeclarationConnection'], ParentType, ContextType, RequireFields<QueryDeclarationsArgs, 'first'>>;
  exportDeclaration?: Resolver<Maybe<ResolversTypes['ExportDeclaration']>, ParentType, ContextType, RequireFields<QueryExportDeclarationArgs, 'agentCode' | 'copNo'>>;
  exportDeclarationByInvtNo?: Resolver<Maybe<ResolversTypes['ExportDeclaration']>, ParentType, ContextType, RequireFields<QueryExportDeclarationByInvtNoArgs, 'invtNo'>>;
  exportDeclarations?: Resolver<ResolversTypes['ExportDeclarationConnection'], ParentType, ContextType, RequireFields<QueryExportDeclarationsArgs, 'first'>>;
  exportDeclarationsOfWaybills?: Resolver<Array<Maybe<ResolversTypes['ExportDeclaration']>>, ParentType, ContextType, RequireFields<QueryExportDeclarationsOfWaybillsArgs, 'waybills'>>;
  exportOrder?: Resolver<Maybe<ResolversTypes['ExportOrder']>, ParentType, ContextType, RequireFields<QueryExportOrderArgs, 'ebpCode' | 'orderNo'>>;
  exportStatistics?: Resolver<Array<ResolversTypes['ExportStatistics']>, ParentType, ContextType, RequireFields<QueryExportStatisticsArgs, 'filter' | 'groupBy'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'ebpCode' | 'orderNo'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  receipts?: Resolver<ResolversTypes['ReceiptEventConnection'], ParentType, ContextType, RequireFields<QueryReceiptsArgs, 'first'>>;
  summaryDeclaration?: Resolver<Maybe<ResolversTypes['SummaryDeclaration']>, ParentType, ContextType, RequireFields<QuerySummaryDeclarationArgs, 'sumNo'>>;
  summaryDeclarationsDue?: Resolver<Array<ResolversTypes['SummaryDue']>, ParentType, ContextType, Partial<QuerySummaryDeclarationsDueArgs>>;
  summaryResult?: Resolver<Maybe<ResolversTypes['SummaryResult']>, ParentType, ContextType, RequireFields<QuerySummaryResultArgs, 'entryId'>>;
  tariffLines?: Resolver<Array<Maybe<ResolversTypes['TariffLine']>>, ParentType, ContextType, RequireFields<QueryTariffLinesArgs, 'codes' | 'on'>>;
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType, RequireFields<QueryTaxBillArgs, 'guarantorUscc' | 'period'>>;
  taxBillTotals?: Resolver<Array<ResolversTypes['TaxBillMonth']>, ParentType, ContextType, RequireFields<QueryTaxBillTotalsArgs, 'fromPeriod' | 'toPeriod'>>;
  taxBills?: Resolver<ResolversTypes['TaxBillConnection'], ParentType, ContextType, RequireFields<QueryTaxBillsArgs, 'first'>>;
  taxList?: Resolver<Maybe<ResolversTypes['TaxList']>, ParentType, ContextType, Partial<QueryTaxListArgs>>;
  taxLists?: Resolver<ResolversTypes['TaxListConnection'], ParentType, ContextType, RequireFields<QueryTaxListsArgs, 'first'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  zoneDashboard?: Resolver<ResolversTypes['ZoneDashboard'], ParentType, ContextType, RequireFields<QueryZoneDashboardArgs, 'from' | 'to'>>;
}>;

export type ReceiptResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnInfo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  returnTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceiptEventResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ReceiptEvent'] = ResolversParentTypes['ReceiptEvent']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentKey?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  returnInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  xml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReceiptEventConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ReceiptEventConnection'] = ResolversParentTypes['ReceiptEventConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ReceiptEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RegisteredWebhookEndpointResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['RegisteredWebhookEndpoint'] = ResolversParentTypes['RegisteredWebhookEndpoint']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SummaryDeclarationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['SummaryDeclaration'] = ResolversParentTypes['SummaryDeclaration'], FederationReferenceType extends FederationReferenceTypes['SummaryDeclaration'] = FederationReferenceTypes['SummaryDeclaration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SummaryDeclaration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsCodeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  declAgentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  filedLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['SummaryResult']>, ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sumNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryFlag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SummaryDueResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['SummaryDue'] = ResolversParentTypes['SummaryDue']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lists?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SummaryItemResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['SummaryItem'] = ResolversParentTypes['SummaryItem']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  gcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  qty1?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type SummaryResultResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['SummaryResult'] = ResolversParentTypes['SummaryResult'], FederationReferenceType extends FederationReferenceTypes['SummaryResult'] = FederationReferenceTypes['SummaryResult']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SummaryResult']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  decState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declSeqNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declarations?: Resolver<Array<ResolversTypes['ExportDeclaration']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SummaryItem']>, ParentType, ContextType>;
  ownerCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  portCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portCodeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  sumNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  trafMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trafModeLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type TariffLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TariffLine'] = ResolversParentTypes['TariffLine']> = ResolversObject<{
  consumptionTaxCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consumptionTaxRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exportDuty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exportRebateRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  hs10?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mfnRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vatClass?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vatRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TariffVersionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TariffVersion'] = ResolversParentTypes['TariffVersion']> = ResolversObject<{
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  loadedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxBillResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxBill'] = ResolversParentTypes['TaxBill'], FederationReferenceType extends FederationReferenceTypes['TaxBill'] = FederationReferenceTypes['TaxBill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TaxBill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  guarantor?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  guarantorUscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxLists?: Resolver<Array<ResolversTypes['TaxList']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type TaxBillConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxBillConnection'] = ResolversParentTypes['TaxBillConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['TaxBill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxBillMonthResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxBillMonth'] = ResolversParentTypes['TaxBillMonth'], FederationReferenceType extends FederationReferenceTypes['TaxBillMonth'] = FederationReferenceTypes['TaxBillMonth']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TaxBillMonth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bills?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lists?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type TaxListResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxList'] = ResolversParentTypes['TaxList']> = ResolversObject<{
  agentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assureCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entDutyNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invtNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TaxListLine']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taxNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  xml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxListConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxListConnection'] = ResolversParentTypes['TaxListConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['TaxList']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxListLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxListLine'] = ResolversParentTypes['TaxListLine']> = ResolversObject<{
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  customsTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  gcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gnum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taxPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type WaybillResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Waybill'] = ResolversParentTypes['Waybill'], FederationReferenceType extends FederationReferenceTypes['Waybill'] = FederationReferenceTypes['Waybill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Waybill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ZoneDashboardResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annualTradeTarget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  declarations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exportParcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exportValues?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTradeTarget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shareOfTarget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tradeValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomsContext> = ResolversObject<{
  BuyerQuota?: BuyerQuotaResolvers<ContextType>;
  CodeLabel?: CodeLabelResolvers<ContextType>;
  CurrencyAmount?: CurrencyAmountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeclarationStatistics?: DeclarationStatisticsResolvers<ContextType>;
  Destination?: DestinationResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  ExportDeclaration?: ExportDeclarationResolvers<ContextType>;
  ExportDeclarationConnection?: ExportDeclarationConnectionResolvers<ContextType>;
  ExportInventoryLine?: ExportInventoryLineResolvers<ContextType>;
  ExportOrder?: ExportOrderResolvers<ContextType>;
  ExportOrderLine?: ExportOrderLineResolvers<ContextType>;
  ExportStatistics?: ExportStatisticsResolvers<ContextType>;
  ExportWaybill?: ExportWaybillResolvers<ContextType>;
  InventoryDeclaration?: InventoryDeclarationResolvers<ContextType>;
  InventoryDeclarationConnection?: InventoryDeclarationConnectionResolvers<ContextType>;
  InventoryLine?: InventoryLineResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Month?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  PersonalDataReadConnection?: PersonalDataReadConnectionResolvers<ContextType>;
  ProductFiling?: ProductFilingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  ReceiptEvent?: ReceiptEventResolvers<ContextType>;
  ReceiptEventConnection?: ReceiptEventConnectionResolvers<ContextType>;
  RegisteredWebhookEndpoint?: RegisteredWebhookEndpointResolvers<ContextType>;
  SummaryDeclaration?: SummaryDeclarationResolvers<ContextType>;
  SummaryDue?: SummaryDueResolvers<ContextType>;
  SummaryItem?: SummaryItemResolvers<ContextType>;
  SummaryResult?: SummaryResultResolvers<ContextType>;
  TariffLine?: TariffLineResolvers<ContextType>;
  TariffVersion?: TariffVersionResolvers<ContextType>;
  TaxBill?: TaxBillResolvers<ContextType>;
  TaxBillConnection?: TaxBillConnectionResolvers<ContextType>;
  TaxBillMonth?: TaxBillMonthResolvers<ContextType>;
  TaxList?: TaxListResolvers<ContextType>;
  TaxListConnection?: TaxListConnectionResolvers<ContextType>;
  TaxListLine?: TaxListLineResolvers<ContextType>;
  Waybill?: WaybillResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CustomsContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  codeLabel?: CodeLabelDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
