import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReceiptRow } from '../../../lib/documents/submission';
import type { DeclarationGroupRow } from '../resolvers/statistics';
import type { PersonalDataRead as PersonalDataReadModel, Order as OrderModel, OrderLine as OrderLineModel, InventoryDeclaration as InventoryDeclarationModel, InventoryLine as InventoryLineModel, TaxBill as TaxBillModel } from '../../../prisma/customs/generated/client';
import type { WaybillRef, ProductFilingRef, CustomsContext } from '../context';
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
  _FieldSet: { input: unknown; output: unknown; }
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
  /** Declared on or after this date (declTime). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Latest receipt status (CEB622 returnStatus, e.g. 120 accepted, 800 released). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Declared on or before this date (declTime). */
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
};

/** Which inventory lists declaration statistics count. */
export type DeclarationStatisticsFilter = {
  /** First declaration date, inclusive. */
  from: Scalars['Date']['input'];
  /** Only lists whose latest status is one of these (e.g. [800] released); all when absent. */
  returnStatus?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Last declaration date, inclusive; at most 3,700 days after from. */
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
  /** Currency code. */
  currency: Scalars['String']['output'];
  /** Customs district where declared. */
  customsCode: Scalars['String']['output'];
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
  /** E-port pre-entry number (B + YYYYMMDD + 9 digits). */
  preNo: Maybe<Scalars['String']['output']>;
  /** Every CEB622 receipt issued for this list, newest first. */
  receipts: Array<Receipt>;
  /** Text of the latest receipt. */
  returnInfo: Maybe<Scalars['String']['output']>;
  /** Latest receipt status (CEB622), e.g. 100 rejected, 120 accepted, 500 inspection, 800 released. */
  returnStatus: Scalars['Int']['output'];
  /** When the latest receipt was issued. */
  returnTime: Maybe<Scalars['DateTime']['output']>;
  /** All import taxes of the list. */
  taxTotal: Maybe<Scalars['Decimal']['output']>;
  /** Trade mode: 9610, 1210 or 1239. */
  tradeMode: Scalars['String']['output'];
  /** Transport mode (JGS-20). */
  trafMode: Scalars['String']['output'];
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
};

/** A CEB621 import inventory list as the declaring agent files it (DOMAIN.md §1.6). */
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
  /** Bonded-area warehouse enterprise code. */
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
  /** Declaration date. */
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
  /** Currency code. */
  currency: Scalars['String']['output'];
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
  /** Second legal unit. */
  unit2: Maybe<Scalars['String']['output']>;
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
   * Declares a CEB621 import inventory list. Only the declaring agent (agentCode) may, as itself. Customs
   * checks the list, the purchase limits, and matches it with the order, the payment (finance) and the
   * waybill (logistics): 120 accepted with its tax, 100 rejected with every failed rule, or 2 waiting for a
   * missing document (checked again when it arrives).
   */
  declareInventory: Receipt;
  /**
   * Checks again the lists still waiting for a document (all, or those of one order number). Customs staff
   * and the departments' services call it; a payment or waybill filing triggers it.
   */
  recheckDeclarations: Array<Receipt>;
  /**
   * CEB625: the declaring agent returns the goods of a released list within 30 days of release. The tax is
   * taken off the guarantor's bill and the value off the buyer's annual total. Answers with CEB626.
   */
  returnInventory: Receipt;
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
export type MutationDeclareInventoryArgs = {
  inventory: InventoryInput;
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
export type MutationReturnInventoryArgs = {
  request: InventoryReturnInput;
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
  /** Amount actually paid = goodsValue + freight + taxTotal − discount; equals the payment voucher. */
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
};

/** Narrows a list of orders; all given conditions must hold. */
export type OrderFilter = {
  /** Code (USCC or customs code) of the platform or the e-commerce enterprise. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** Orders filed at or after this instant (appTime). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latest receipt status (CEB312 returnStatus: 2, 3, 4, 100 or 120). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Orders filed before this instant (appTime). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A CEB311 order as the platform files it; field names and rules are the standard's (DOMAIN.md §1.3). */
export type OrderInput = {
  /** goodsValue + freight + taxTotal − discount; equals the payment. */
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
  /** Currency code. */
  currency: Scalars['String']['output'];
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
  /** The client's operation name, when it gave one. */
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
};

/** Narrows an audit log; all given conditions must hold. */
export type PersonalDataReadFilter = {
  /** Read at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads by this subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Read before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ProductFiling = {
  __typename?: 'ProductFiling';
  /** Where the goods went (去向可查): released parcels and quantities per consignee district. */
  destinations: Array<Destination>;
  filingNo: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
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
  /** An import order (CEB311) by its key; null when there is none. */
  order: Maybe<Order>;
  /** Import orders, newest first. */
  orders: OrderConnection;
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
   * The zone's headline figures for a period (both dates inclusive, at most 3,700 days): customs' here, and
   * every other department's on the same object.
   */
  zoneDashboard: ZoneDashboard;
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


export type QueryOrderArgs = {
  ebpCode: Scalars['String']['input'];
  orderNo: Scalars['String']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTaxBillArgs = {
  guarantorUscc: Scalars['String']['input'];
  period: Scalars['String']['input'];
};


export type QueryTaxBillTotalsArgs = {
  fromPeriod: Scalars['String']['input'];
  toPeriod: Scalars['String']['input'];
};


export type QueryTaxBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaxBillFilter>;
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
  /** Status: 1 saved, 2 declaring, 120 accepted, 100 rejected, … (DOMAIN.md §1.7). */
  returnStatus: Scalars['Int']['output'];
  /** When it was issued. */
  returnTime: Scalars['DateTime']['output'];
  /** Version of the document it answers (1 for the first filing, +1 per change). */
  version: Scalars['Int']['output'];
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
};

/** Narrows a list of tax bills; all given conditions must hold. */
export type TaxBillFilter = {
  /** USCC of the guarantor. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** Bills of this period and later (YYYY-MM). */
  fromPeriod?: InputMaybe<Scalars['String']['input']>;
  /** Bills of this period and earlier (YYYY-MM). */
  toPeriod?: InputMaybe<Scalars['String']['input']>;
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

export type Waybill = {
  __typename?: 'Waybill';
  /** The newest import inventory list that names this waybill. */
  declaration: Maybe<InventoryDeclaration>;
  logisticsCode: Scalars['String']['output'];
  logisticsNo: Scalars['String']['output'];
  /** The order declared with this waybill. */
  order: Maybe<Order>;
};

/**
 * The zone's headline figures for one period, each department adding its own. The period is both dates
 * inclusive.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** The zone plan's yearly trade target (CNY), from customs' configuration (zone-target.rules.json). */
  annualTradeTarget: Scalars['Decimal']['output'];
  /** Import inventory lists declared in the period. */
  declarations: Scalars['Int']['output'];
  /** First day, inclusive. */
  from: Scalars['Date']['output'];
  /** The yearly target pro rata for the period's days (CNY). */
  periodTradeTarget: Scalars['Decimal']['output'];
  /** Lists of the period released (status 800). */
  released: Scalars['Int']['output'];
  /** tradeValue / periodTradeTarget, six decimals (1.000000 = on target). */
  shareOfTarget: Scalars['Decimal']['output'];
  /** Import tax assessed on the period's released lists (CNY). */
  tax: Scalars['Decimal']['output'];
  /** Last day, inclusive. */
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
  InventoryDeclaration: InventoryDeclaration;
  Order: Order;
  ProductFiling: ProductFiling;
  TaxBill: TaxBill;
  TaxBillMonth: TaxBillMonth;
  Waybill: Waybill;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  InventoryDeclaration:
    ( { __typename: 'InventoryDeclaration' }
    & GraphQLRecursivePick<FederationTypes['InventoryDeclaration'], {"agentCode":true,"copNo":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"ebpCode":true,"orderNo":true}> );
  ProductFiling:
    ( { __typename: 'ProductFiling' }
    & GraphQLRecursivePick<FederationTypes['ProductFiling'], {"filingNo":true}> );
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeclarationDimension: DeclarationDimension;
  DeclarationFilter: DeclarationFilter;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeclarationStatistics: ResolverTypeWrapper<DeclarationGroupRow>;
  DeclarationStatisticsFilter: DeclarationStatisticsFilter;
  Destination: ResolverTypeWrapper<Destination>;
  Enterprise: ResolverTypeWrapper<Enterprise>;
  InventoryCancelInput: InventoryCancelInput;
  InventoryDeclaration: ResolverTypeWrapper<InventoryDeclarationModel>;
  InventoryDeclarationConnection: ResolverTypeWrapper<Omit<InventoryDeclarationConnection, 'nodes'> & { nodes: Array<ResolversTypes['InventoryDeclaration']> }>;
  InventoryInput: InventoryInput;
  InventoryLine: ResolverTypeWrapper<InventoryLineModel>;
  InventoryLineInput: InventoryLineInput;
  InventoryReturnInput: InventoryReturnInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'nodes'> & { nodes: Array<ResolversTypes['Order']> }>;
  OrderFilter: OrderFilter;
  OrderInput: OrderInput;
  OrderLine: ResolverTypeWrapper<OrderLineModel>;
  OrderLineInput: OrderLineInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadModel>;
  PersonalDataReadConnection: ResolverTypeWrapper<Omit<PersonalDataReadConnection, 'nodes'> & { nodes: Array<ResolversTypes['PersonalDataRead']> }>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  ProductFiling: ResolverTypeWrapper<ProductFilingRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  TaxBill: ResolverTypeWrapper<TaxBillModel>;
  TaxBillConnection: ResolverTypeWrapper<Omit<TaxBillConnection, 'nodes'> & { nodes: Array<ResolversTypes['TaxBill']> }>;
  TaxBillFilter: TaxBillFilter;
  TaxBillMonth: ResolverTypeWrapper<TaxBillMonth>;
  Waybill: ResolverTypeWrapper<WaybillRef>;
  ZoneDashboard: ResolverTypeWrapper<ZoneDashboard>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeclarationFilter: DeclarationFilter;
  Int: Scalars['Int']['output'];
  DeclarationStatistics: DeclarationGroupRow;
  DeclarationStatisticsFilter: DeclarationStatisticsFilter;
  Destination: Destination;
  Enterprise: Enterprise;
  InventoryCancelInput: InventoryCancelInput;
  InventoryDeclaration: InventoryDeclarationModel;
  InventoryDeclarationConnection: Omit<InventoryDeclarationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['InventoryDeclaration']> };
  InventoryInput: InventoryInput;
  InventoryLine: InventoryLineModel;
  InventoryLineInput: InventoryLineInput;
  InventoryReturnInput: InventoryReturnInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Order']> };
  OrderFilter: OrderFilter;
  OrderInput: OrderInput;
  OrderLine: OrderLineModel;
  OrderLineInput: OrderLineInput;
  PageInfo: PageInfo;
  PersonalDataRead: PersonalDataReadModel;
  PersonalDataReadConnection: Omit<PersonalDataReadConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PersonalDataRead']> };
  PersonalDataReadFilter: PersonalDataReadFilter;
  ProductFiling: ProductFilingRef;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  TaxBill: TaxBillModel;
  TaxBillConnection: Omit<TaxBillConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['TaxBill']> };
  TaxBillFilter: TaxBillFilter;
  TaxBillMonth: TaxBillMonth | FederationReferenceTypes['TaxBillMonth'];
  Waybill: WaybillRef;
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

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = CustomsContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  declarations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ecommerceEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  ecommerceEnterpriseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsChapter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsHeading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  platformCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedShare?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tradeMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  preNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  taxTotal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trafMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trafNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueAddedTax?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  voyageNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType>;
  wrapType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InventoryDeclarationConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryDeclarationConnection'] = ResolversParentTypes['InventoryDeclarationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InventoryLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['InventoryLine'] = ResolversParentTypes['InventoryLine']> = ResolversObject<{
  barCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  unit2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationCancelInventoryArgs, 'request'>>;
  concludeInspection?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationConcludeInspectionArgs, 'agentCode' | 'copNo' | 'disposal' | 'passed' | 'reason'>>;
  declareInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationDeclareInventoryArgs, 'inventory'>>;
  recheckDeclarations?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType, Partial<MutationRecheckDeclarationsArgs>>;
  returnInventory?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationReturnInventoryArgs, 'request'>>;
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
  taxTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  barCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalDataReadConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProductFilingResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ProductFiling'] = ResolversParentTypes['ProductFiling'], FederationReferenceType extends FederationReferenceTypes['ProductFiling'] = FederationReferenceTypes['ProductFiling']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductFiling']> | FederationReferenceType, FederationReferenceType, ContextType>;
  destinations?: Resolver<Array<ResolversTypes['Destination']>, ParentType, ContextType>;
  filingNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customsPersonalDataReads?: Resolver<ResolversTypes['PersonalDataReadConnection'], ParentType, ContextType, RequireFields<QueryCustomsPersonalDataReadsArgs, 'first'>>;
  declaration?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType, RequireFields<QueryDeclarationArgs, 'agentCode' | 'copNo'>>;
  declarationByInvtNo?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType, RequireFields<QueryDeclarationByInvtNoArgs, 'invtNo'>>;
  declarationStatistics?: Resolver<Array<ResolversTypes['DeclarationStatistics']>, ParentType, ContextType, RequireFields<QueryDeclarationStatisticsArgs, 'filter' | 'groupBy'>>;
  declarations?: Resolver<ResolversTypes['InventoryDeclarationConnection'], ParentType, ContextType, RequireFields<QueryDeclarationsArgs, 'first'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'ebpCode' | 'orderNo'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  taxBill?: Resolver<Maybe<ResolversTypes['TaxBill']>, ParentType, ContextType, RequireFields<QueryTaxBillArgs, 'guarantorUscc' | 'period'>>;
  taxBillTotals?: Resolver<Array<ResolversTypes['TaxBillMonth']>, ParentType, ContextType, RequireFields<QueryTaxBillTotalsArgs, 'fromPeriod' | 'toPeriod'>>;
  taxBills?: Resolver<ResolversTypes['TaxBillConnection'], ParentType, ContextType, RequireFields<QueryTaxBillsArgs, 'first'>>;
  zoneDashboard?: Resolver<ResolversTypes['ZoneDashboard'], ParentType, ContextType, RequireFields<QueryZoneDashboardArgs, 'from' | 'to'>>;
}>;

export type ReceiptResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnInfo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valueAddedTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type TaxBillConnectionResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['TaxBillConnection'] = ResolversParentTypes['TaxBillConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['TaxBill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
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

export type WaybillResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['Waybill'] = ResolversParentTypes['Waybill'], FederationReferenceType extends FederationReferenceTypes['Waybill'] = FederationReferenceTypes['Waybill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Waybill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type ZoneDashboardResolvers<ContextType = CustomsContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annualTradeTarget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  declarations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTradeTarget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shareOfTarget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tradeValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomsContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeclarationStatistics?: DeclarationStatisticsResolvers<ContextType>;
  Destination?: DestinationResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  InventoryDeclaration?: InventoryDeclarationResolvers<ContextType>;
  InventoryDeclarationConnection?: InventoryDeclarationConnectionResolvers<ContextType>;
  InventoryLine?: InventoryLineResolvers<ContextType>;
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
  TaxBill?: TaxBillResolvers<ContextType>;
  TaxBillConnection?: TaxBillConnectionResolvers<ContextType>;
  TaxBillMonth?: TaxBillMonthResolvers<ContextType>;
  Waybill?: WaybillResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CustomsContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
