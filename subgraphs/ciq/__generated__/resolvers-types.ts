import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Connection } from '../../../lib/graphql/pagination';
import type { InspectionGroupRow } from '../statistics-rows';
import type { ProductFiling as ProductFilingModel, EnterpriseFiling as EnterpriseFilingModel, Inspection as InspectionModel, RiskLevelChange as RiskLevelChangeModel, ProductFilingApplication as ProductFilingApplicationModel, ProductFilingChange as ProductFilingChangeModel, EnterpriseFilingApplication as EnterpriseFilingApplicationModel } from '../../../prisma/ciq/generated/client';
import type { FilingMatch } from '../rules/product-filing';
import type { DeclarationRef, EnterpriseRef, CiqContext } from '../context';
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

/** State of an application for a filing. */
export type ApplicationStatus =
  /** Approved: the filing exists. */
  | 'APPROVED'
  /** Waiting for CIQ. */
  | 'PENDING'
  /** Rejected, with a reason. */
  | 'REJECTED';

/** Business model the goods are filed for. */
export type BusinessType =
  /** Bonded warehouse (BBC). */
  | 'BONDED_WAREHOUSE'
  /** Special customs supervision area, bonded (BBC). */
  | 'BONDED_ZONE'
  /** Direct purchase (BC). */
  | 'DIRECT_PURCHASE';

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

/** What happens to the goods after inspection. */
export type Disposal =
  /** Destroyed (销毁). */
  | 'DESTROY'
  /** Released. */
  | 'RELEASE'
  /** Returned (退运). */
  | 'RETURN';

export type Enterprise = {
  __typename?: 'Enterprise';
  /** The roles this enterprise is filed for with CIQ. */
  filings: Array<EnterpriseFiling>;
  uscc: Scalars['String']['output'];
};

/** An enterprise filed with CIQ for one role (经营主体备案). */
export type EnterpriseFiling = {
  __typename?: 'EnterpriseFiling';
  /** CIQ office (6 digits). */
  ciqOrgCode: Scalars['String']['output'];
  /** The first day the filing is in force (null: filed before CIQ recorded it). */
  effectiveFrom: Maybe<Scalars['Date']['output']>;
  /** The filed enterprise. */
  enterprise: Maybe<Enterprise>;
  /** When filed. */
  filedAt: Scalars['DateTime']['output'];
  /** Filing number. */
  filingNo: Scalars['String']['output'];
  /** The first day the filing is revoked, if it is. */
  revokedFrom: Maybe<Scalars['Date']['output']>;
  /** Role filed for. */
  role: FilingRole;
  /** Filing status today (China). */
  status: FilingStatus;
  /** Filing status on a day (China): a filing revoked from a later day is still FILED before it. */
  statusOn: FilingStatus;
};


/** An enterprise filed with CIQ for one role (经营主体备案). */
export type EnterpriseFilingStatusOnArgs = {
  date: Scalars['Date']['input'];
};

/** An application for an enterprise filing and its history. */
export type EnterpriseFilingApplication = {
  __typename?: 'EnterpriseFilingApplication';
  /** The filing, once approved. */
  filing: Maybe<EnterpriseFiling>;
  /** Every step, oldest first. */
  history: Array<ProductFilingChange>;
  /** Application id. */
  id: Scalars['String']['output'];
  /** The applicant's reference. */
  reference: Scalars['String']['output'];
  /** The role applied for. */
  role: FilingRole;
  /** Where the application stands. */
  status: ApplicationStatus;
  /** USCC of the enterprise. */
  uscc: Scalars['String']['output'];
};

/** A page of enterprise filings. */
export type EnterpriseFilingConnection = {
  __typename?: 'EnterpriseFilingConnection';
  /** The filings of this page. */
  nodes: Array<EnterpriseFiling>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of enterprise filings; all given conditions must hold. */
export type EnterpriseFilingFilter = {
  /** USCC of the filed enterprise. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Role the enterprise is filed for. */
  role?: InputMaybe<FilingRole>;
  /** Filing status. */
  status?: InputMaybe<FilingStatus>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An application for an enterprise filing (经营主体备案). */
export type EnterpriseFilingInput = {
  /** The CIQ office (6 digits). */
  ciqOrgCode: Scalars['String']['input'];
  /** The applicant's own reference for this application (1 to 64 characters): idempotency key. */
  reference: Scalars['String']['input'];
  /** The role it is filed for. */
  role: FilingRole;
  /** USCC of the enterprise to be filed. */
  uscc: Scalars['String']['input'];
};

/** A step in the history of a product filing. */
export type FilingAction =
  /** Applied for. */
  | 'APPLIED'
  /** Approved. */
  | 'APPROVED'
  /** Rejected. */
  | 'REJECTED'
  /** Revoked. */
  | 'REVOKED';

/** Role an enterprise is filed for (经营主体备案). */
export type FilingRole =
  /** E-commerce enterprise. */
  | 'ECOMMERCE'
  /** Logistics company. */
  | 'LOGISTICS'
  /** Payment company. */
  | 'PAYMENT'
  /** E-commerce platform. */
  | 'PLATFORM'
  /** Warehouse operator. */
  | 'WAREHOUSE';

/** State of a filing. */
export type FilingStatus =
  /** In force. */
  | 'FILED'
  /** Approved, not yet in force. */
  | 'PENDING'
  /** Withdrawn. */
  | 'REVOKED'
  /** Temporarily not in force. */
  | 'SUSPENDED';

/** An inspection decision on one import inventory list. */
export type Inspection = {
  __typename?: 'Inspection';
  /** When the decision was taken. */
  decidedAt: Scalars['DateTime']['output'];
  /** The inspected list. */
  declaration: Maybe<InventoryDeclaration>;
  /** What happens to the goods. */
  disposal: Maybe<Disposal>;
  /** Decision id. */
  id: Scalars['String']['output'];
  /** When the goods were inspected. */
  inspectedAt: Maybe<Scalars['DateTime']['output']>;
  /** Kind of inspection. */
  kind: InspectionKind;
  /** Why the list was selected, and what was found. */
  reason: Scalars['String']['output'];
  /** Outcome. */
  result: InspectionResult;
};

/** A page of inspections. */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The inspections of this page. */
  nodes: Array<Inspection>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** A dimension inspection statistics can be grouped by. */
export type InspectionDimension =
  /** The e-commerce enterprise's credit class the sampling rate was set by when the list was decided (null when credit knew none). */
  | 'CREDIT_CLASS'
  /** The goods' country of origin (ProductFiling.originCountry); a list with goods of several origins counts in each. */
  | 'ORIGIN_COUNTRY'
  /**
   * Product category: the HS chapter (first 2 digits of the filed commodity code) of the list's goods. The
   * chapter is the category the tariff, the positive list (跨境电商零售进口商品清单) and the risk rules speak of
   * (04 dairy, 19 infant formula and cereal preparations, 33 cosmetics …); the business type is a trade model
   * and the risk level CIQ's own assessment, neither a kind of goods. A list with goods of several chapters
   * counts in each; lists decided before CIQ recorded their goods have none (null).
   */
  | 'PRODUCT_CATEGORY';

/** Narrows a list of inspections; all given conditions must hold. */
export type InspectionFilter = {
  /** Code of the declaring agent of the inspected list. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Inspection result. */
  result?: InputMaybe<InspectionResult>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Kind of inspection. */
export type InspectionKind =
  /** Physical inspection (查验). */
  | 'PHYSICAL'
  /** Sampling for risk monitoring (抽检). */
  | 'SAMPLING';

/** A list customs asks CIQ to decide on. */
export type InspectionRequest = {
  /** Declaring agent code. */
  agentCode: Scalars['String']['input'];
  /** SHA-256 of the buyer's identity number, 64 lowercase hexadecimal digits: customs sends the hash, never the number, and CIQ keeps it for audit only. */
  buyerIdHash: Scalars['String']['input'];
  /** Agent's internal number. */
  copNo: Scalars['String']['input'];
  /** Declaration date: the sampling rule in force on it applies. */
  declTime: Scalars['Date']['input'];
  /** E-commerce enterprise code: its credit class sets the rate. */
  ebcCode: Scalars['String']['input'];
  /** The e-commerce platform of the list's order: with orderNo, the order the draw belongs to. */
  ebpCode: Scalars['String']['input'];
  /** The product filings of the list's goods: their highest risk sets the base rate. */
  filingNos: Array<Scalars['String']['input']>;
  /** The list's order number (1 to 60 characters). */
  orderNo: Scalars['String']['input'];
};

/** Outcome of an inspection. */
export type InspectionResult =
  /** Non-conforming (不合格). */
  | 'FAILED'
  /** Conforming (合格). */
  | 'PASSED'
  /** Decided, not yet carried out. */
  | 'PENDING';

/**
 * One group of decided lists. Only the fields of the dimensions grouped by are set. Each list counts once
 * per group, whichever number of goods of the group it has.
 */
export type InspectionStatistics = {
  __typename?: 'InspectionStatistics';
  /** Credit class (a CreditClass value) used for the decision, when grouped by CREDIT_CLASS. */
  creditClass: Maybe<Scalars['String']['output']>;
  /** Lists CIQ decided on, selected or not. */
  decided: Scalars['Int']['output'];
  /** Inspected lists whose inspection failed (不合格). */
  failed: Scalars['Int']['output'];
  /** Decided lists selected for inspection (an inspection opened). */
  inspected: Scalars['Int']['output'];
  /** inspected / decided, four decimals (0.0512 = 5.12%). */
  inspectionRate: Scalars['Decimal']['output'];
  /** Country of origin (customs country code), when grouped by ORIGIN_COUNTRY. */
  originCountry: Maybe<Scalars['String']['output']>;
  /** `originCountry` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  originCountryLabel: Maybe<CodeLabel>;
  /** passed / (passed + failed): of the concluded inspections, four decimals; 0 when none is concluded yet. */
  passRate: Scalars['Decimal']['output'];
  /** Inspected lists whose inspection passed (合格). */
  passed: Scalars['Int']['output'];
  /** HS chapter (2 digits) of the goods, when grouped by PRODUCT_CATEGORY. */
  productCategory: Maybe<Scalars['String']['output']>;
};

/** Which sampling decisions inspection statistics count. */
export type InspectionStatisticsFilter = {
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['input'];
};

export type InventoryDeclaration = {
  __typename?: 'InventoryDeclaration';
  agentCode: Scalars['String']['output'];
  copNo: Scalars['String']['output'];
  /** The latest inspection decision on this list, if any. */
  inspection: Maybe<Inspection>;
};

/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * CIQ staff approve a PENDING application: the filing gets its number and is in force from `effectiveFrom`
   * (today or later, China). Refused while the enterprise has a filing for the role that is not revoked.
   */
  approveEnterpriseFiling: EnterpriseFilingApplication;
  /**
   * CIQ staff approve a PENDING application: the filing gets its number and is in force from `effectiveFrom`
   * (today or later, China). Approving an approved application again answers it unchanged.
   */
  approveProductFiling: ProductFilingApplication;
  /**
   * Decides whether CIQ inspects a list customs has accepted, from the goods' risk (product and origin) and
   * the e-commerce enterprise's credit class, against the order's secret draw; a selected list gets a
   * PENDING inspection. Customs (staff or service) only. The same list always gets its recorded decision,
   * and every list of the same order is compared with the same draw.
   */
  decideInspection: SamplingDecision;
  /**
   * An enterprise applies to be filed with CIQ for one role (经营主体备案), for itself (registered with
   * credit in that role) or by CIQ staff: PENDING until CIQ approves or rejects it. Idempotent under the
   * applicant's reference, as fileProduct.
   */
  fileEnterprise: EnterpriseFilingApplication;
  /**
   * An e-commerce enterprise applies to file goods (商品备案) for itself: PENDING until CIQ approves or rejects
   * it. The commodity code must be in the tariff in force today (China), the barcode an EAN-13 with its check
   * digit, the origin a country of the code table. The same reference with the same content answers the same
   * application and stores nothing new; another content under a used reference is refused.
   */
  fileProduct: ProductFilingApplication;
  /**
   * Records the outcome of a PENDING inspection (CIQ staff only) and tells customs, which releases the list
   * or holds it (returned or detained) and reports a failure to credit.
   */
  recordInspectionResult: Inspection;
  /** CIQ staff reject a PENDING application, saying why. */
  rejectEnterpriseFiling: EnterpriseFilingApplication;
  /** CIQ staff reject a PENDING application, saying why. Rejecting a rejected application again answers it unchanged. */
  rejectProductFiling: ProductFilingApplication;
  /**
   * CIQ staff revoke an enterprise filing from `effectiveFrom` (today or later, China): lists naming the
   * enterprise in that role declared on that day or later are refused.
   */
  revokeEnterpriseFiling: EnterpriseFiling;
  /**
   * CIQ staff revoke a filing from `effectiveFrom` (today or later, China): lists declared on that day or later
   * are refused; earlier ones are not. Revoking a revoked filing again is refused.
   */
  revokeProductFiling: ProductFiling;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationApproveEnterpriseFilingArgs = {
  effectiveFrom: Scalars['Date']['input'];
  id: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationApproveProductFilingArgs = {
  effectiveFrom: Scalars['Date']['input'];
  id: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationDecideInspectionArgs = {
  request: InspectionRequest;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationFileEnterpriseArgs = {
  application: EnterpriseFilingInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationFileProductArgs = {
  application: ProductFilingInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecordInspectionResultArgs = {
  disposal: Disposal;
  id: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  result: InspectionResult;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRejectEnterpriseFilingArgs = {
  id: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRejectProductFilingArgs = {
  id: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRevokeEnterpriseFilingArgs = {
  effectiveFrom: Scalars['Date']['input'];
  filingNo: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRevokeProductFilingArgs = {
  effectiveFrom: Scalars['Date']['input'];
  filingNo: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** Where a page of a cursor-paginated list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Goods filed with CIQ (商品备案) before they may be declared. */
export type ProductFiling = {
  __typename?: 'ProductFiling';
  /** Barcode (GTIN). */
  barCode: Maybe<Scalars['String']['output']>;
  /** Brand. */
  brand: Maybe<Scalars['String']['output']>;
  /** Business model. */
  businessType: BusinessType;
  /** Customs filing number (cusGoodsNo). */
  cusGoodsNo: Maybe<Scalars['String']['output']>;
  /** The first day the filing is in force (null: filed before CIQ recorded it). */
  effectiveFrom: Maybe<Scalars['Date']['output']>;
  /** When filed. */
  filedAt: Scalars['DateTime']['output'];
  /** CIQ filing number (ciqGoodsNo). */
  filingNo: Scalars['String']['output'];
  /** Goods name. */
  goodsName: Scalars['String']['output'];
  /** Specification. */
  goodsStyle: Maybe<Scalars['String']['output']>;
  /** 10-digit commodity code. */
  hsCode: Scalars['String']['output'];
  /** The enterprise's item number (企业商品货号). */
  itemNo: Maybe<Scalars['String']['output']>;
  /** Manufacturer. */
  manufacturer: Scalars['String']['output'];
  /** Country of origin code. */
  originCountry: Scalars['String']['output'];
  /** `originCountry` in words, from the zone's country code table: Chinese and English names; null for a code the table does not hold. */
  originCountryLabel: Maybe<CodeLabel>;
  /** The enterprise that filed the goods. */
  owner: Maybe<Enterprise>;
  /** Registered price. */
  regPrice: Scalars['Decimal']['output'];
  /** The first day the filing is revoked, if it is. */
  revokedFrom: Maybe<Scalars['Date']['output']>;
  /** Risk level. */
  riskLevel: RiskLevel;
  /** Filing status today (China). */
  status: FilingStatus;
  /** Filing status on a day (China): a filing revoked from a later day is still FILED before it. */
  statusOn: FilingStatus;
  /** Unit code. */
  unit: Scalars['String']['output'];
  /** `unit` in words, from the zone's unit code table: Chinese and English names; null for a code the table does not hold. */
  unitLabel: Maybe<CodeLabel>;
};


/** Goods filed with CIQ (商品备案) before they may be declared. */
export type ProductFilingStatusOnArgs = {
  date: Scalars['Date']['input'];
};

/** An application for a product filing and its history. */
export type ProductFilingApplication = {
  __typename?: 'ProductFilingApplication';
  /** Barcode. */
  barCode: Maybe<Scalars['String']['output']>;
  /** Customs filing number (cusGoodsNo). */
  cusGoodsNo: Maybe<Scalars['String']['output']>;
  /** The filing, once approved. */
  filing: Maybe<ProductFiling>;
  /** Goods name. */
  goodsName: Scalars['String']['output'];
  /** Every step, oldest first. */
  history: Array<ProductFilingChange>;
  /** Commodity code. */
  hsCode: Scalars['String']['output'];
  /** Application id. */
  id: Scalars['String']['output'];
  /** Item number. */
  itemNo: Maybe<Scalars['String']['output']>;
  /** USCC of the applicant. */
  ownerUscc: Scalars['String']['output'];
  /** The applicant's reference. */
  reference: Scalars['String']['output'];
  /** Where the application stands. */
  status: ApplicationStatus;
};

/** One step of a filing's history (product or enterprise): never changed afterwards. */
export type ProductFilingChange = {
  __typename?: 'ProductFilingChange';
  /** What was done. */
  action: FilingAction;
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who (user id). */
  changedBy: Scalars['String']['output'];
  /** The first day (China) it counts, for approval and revocation. */
  effectiveFrom: Maybe<Scalars['Date']['output']>;
  /** Why (rejection, revocation). */
  reason: Maybe<Scalars['String']['output']>;
};

/** A page of product filings. */
export type ProductFilingConnection = {
  __typename?: 'ProductFilingConnection';
  /** The filings of this page. */
  nodes: Array<ProductFiling>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of product filings; all given conditions must hold. */
export type ProductFilingFilter = {
  /** USCC of the enterprise that filed the goods. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Leading digits of the commodity code (2 = chapter, 4 = heading …). */
  hsPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Risk level. */
  riskLevel?: InputMaybe<RiskLevel>;
  /** Filing status. */
  status?: InputMaybe<FilingStatus>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An application for a product filing (商品备案). */
export type ProductFilingInput = {
  /** EAN-13 barcode with its check digit. */
  barCode?: InputMaybe<Scalars['String']['input']>;
  /** Brand. */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** Business model. */
  businessType: BusinessType;
  /** The goods' customs filing number (海关商品备案号): CUS, a customs district code (关区, code table CUSTOMS_DISTRICT) and 8 digits, e.g. CUS640900000001. Carried to the filing. */
  cusGoodsNo?: InputMaybe<Scalars['String']['input']>;
  /** Goods name. */
  goodsName: Scalars['String']['input'];
  /** Specification. */
  goodsStyle?: InputMaybe<Scalars['String']['input']>;
  /** 10-digit commodity code, in the tariff in force today. */
  hsCode: Scalars['String']['input'];
  /** The enterprise's item number (企业商品货号), 1 to 30 characters: how lines without filingNo find the filing. */
  itemNo?: InputMaybe<Scalars['String']['input']>;
  /** Manufacturer. */
  manufacturer: Scalars['String']['input'];
  /** Country of origin (code table COUNTRY). */
  originCountry: Scalars['String']['input'];
  /** USCC of the e-commerce enterprise filing the goods (yourself, for a partner or enterprise user). */
  ownerUscc: Scalars['String']['input'];
  /** The applicant's own reference for this application (1 to 64 characters): idempotency key. */
  reference: Scalars['String']['input'];
  /** Registered price, positive. */
  regPrice: Scalars['Decimal']['input'];
  /** The risk level the enterprise proposes. */
  riskLevel: RiskLevel;
  /** Unit code (code table UNIT). */
  unit: Scalars['String']['input'];
};

/** A line of a list, as far as finding its product filing goes. */
export type ProductFilingLine = {
  /** The barcode, if the line gives one. */
  barCode?: InputMaybe<Scalars['String']['input']>;
  /** E-commerce enterprise (USCC). */
  ebcCode: Scalars['String']['input'];
  /** 10-digit commodity code. */
  gcode: Scalars['String']['input'];
  /** The enterprise's item number (企业商品货号), if the line gives one. */
  itemNo?: InputMaybe<Scalars['String']['input']>;
};

/** The product filing found for one line. */
export type ProductFilingMatch = {
  __typename?: 'ProductFilingMatch';
  /** Every filing number that matched (several: the line is ambiguous). */
  candidates: Array<Scalars['String']['output']>;
  /** The one filing found; null when none or several match. */
  filing: Maybe<ProductFiling>;
};

export type Query = {
  __typename?: 'Query';
  /** An application for an enterprise filing by its id; null when there is none or you may not read it. */
  enterpriseFilingApplication: Maybe<EnterpriseFilingApplication>;
  /** Enterprise filings, newest first. */
  enterpriseFilings: EnterpriseFilingConnection;
  /** An inspection decision by its id; null when there is none. */
  inspection: Maybe<Inspection>;
  /**
   * CIQ's sampling decisions on the import inventory lists customs accepted, decided in a period, counted
   * in CIQ's database with the inspections they opened, one row per group: how many lists were decided,
   * how many inspected (inspection rate) and how the concluded inspections came out (pass rate). Staff,
   * analysts and administrators count every list; an enterprise counts the lists with goods it filed
   * (ProductFiling.ownerUscc).
   */
  inspectionStatistics: Array<InspectionStatistics>;
  /** Inspection decisions, newest first. */
  inspections: InspectionConnection;
  /** A product filing by its number; null when there is none. */
  productFiling: Maybe<ProductFiling>;
  /** An application for a product filing by its id; null when there is none or you may not read it. */
  productFilingApplication: Maybe<ProductFilingApplication>;
  /** Product filings, newest first. */
  productFilings: ProductFilingConnection;
  /** Product filings by their numbers, in the order asked (null where there is none); at most 100. */
  productFilingsByNumber: Array<Maybe<ProductFiling>>;
  /**
   * The product filing each CEB621 line without `filingNo` is declared under (docs/partner-guide.md#product-filings):
   * a filing of the line's e-commerce enterprise under the line's commodity code whose item number
   * (企业商品货号) or barcode is the line's, preferring one in force on the day asked about. One answer per
   * line, in order; at most 100 lines. Customs (staff or service) and CIQ staff only.
   */
  productFilingsFor: Array<ProductFilingMatch>;
  /**
   * The risk-warning list: every rise of a product's or a country of origin's risk level by risk monitoring
   * (failed inspections), newest first, with who concluded the inspection that raised it, when and why.
   * CIQ staff only (anyone else, administrators included, is refused with FORBIDDEN).
   */
  riskWarnings: RiskWarningConnection;
};


export type QueryEnterpriseFilingApplicationArgs = {
  id: Scalars['String']['input'];
};


export type QueryEnterpriseFilingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['String']['input'];
};


export type QueryInspectionStatisticsArgs = {
  filter: InspectionStatisticsFilter;
  groupBy?: Array<InspectionDimension>;
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductFilingArgs = {
  filingNo: Scalars['String']['input'];
};


export type QueryProductFilingApplicationArgs = {
  id: Scalars['String']['input'];
};


export type QueryProductFilingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductFilingsByNumberArgs = {
  filingNos: Array<Scalars['String']['input']>;
};


export type QueryProductFilingsForArgs = {
  lines: Array<ProductFilingLine>;
  on: Scalars['Date']['input'];
};


export type QueryRiskWarningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskWarningFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Risk level of goods, driving inspection sampling. */
export type RiskLevel =
  /** High risk. */
  | 'HIGH'
  /** Low risk. */
  | 'LOW'
  /** Medium risk. */
  | 'MEDIUM';

/** What a risk level belongs to. */
export type RiskSubject =
  /** A country of origin. */
  | 'ORIGIN'
  /** A product filing. */
  | 'PRODUCT';

/**
 * A risk level raised by risk monitoring: the product's or the origin's level went up after failed
 * inspections. It names goods, countries and inspections, never a buyer.
 */
export type RiskWarning = {
  __typename?: 'RiskWarning';
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who recorded the inspection result that raised it (the CIQ officer's user id). */
  changedBy: Scalars['String']['output'];
  /** The level now (later results may have moved it again). */
  currentLevel: RiskLevel;
  /** The level before. */
  fromLevel: RiskLevel;
  /** The inspection whose result raised it. */
  inspection: Maybe<Inspection>;
  /** The product filing, for a PRODUCT warning. */
  productFiling: Maybe<ProductFiling>;
  /** Why: the failures counted, the threshold and the inspection that triggered it. */
  reason: Scalars['String']['output'];
  /** validFrom of the risk-monitoring rule applied. */
  rule: Scalars['String']['output'];
  /** Whether a product filing or a country of origin was raised. */
  subject: RiskSubject;
  /** The product filing number (PRODUCT) or the country code (ORIGIN). */
  subjectKey: Scalars['String']['output'];
  /** The level it was raised to. */
  toLevel: RiskLevel;
};

/** A page of risk warnings. */
export type RiskWarningConnection = {
  __typename?: 'RiskWarningConnection';
  /** The warnings of this page. */
  nodes: Array<RiskWarning>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the risk-warning list. */
export type RiskWarningFilter = {
  /** Only warnings about products, or only about countries of origin. */
  subject?: InputMaybe<RiskSubject>;
};

/** CIQ's sampling decision on one list. */
export type SamplingDecision = {
  __typename?: 'SamplingDecision';
  /** The order's draw in [0, 1), drawn once from a secure random source: selected when under the rate. */
  draw: Scalars['String']['output'];
  /** The inspection opened for a selected list. */
  inspection: Maybe<Inspection>;
  /** The sampling rate that applied. */
  rate: Scalars['String']['output'];
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** The highest risk level of the goods. */
  riskLevel: RiskLevel;
  /** Whether the list is inspected. */
  selected: Scalars['Boolean']['output'];
};

/**
 * The zone's headline figures for one period, each department adding its own. The period is half-open,
 * [from, to), in China days: `to` is the day after the last one.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** Lists decided in the period whose inspection failed. */
  failedInspections: Scalars['Int']['output'];
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['output'];
  /** Lists decided in the period that were selected for inspection. */
  inspected: Scalars['Int']['output'];
  /** Lists CIQ decided on in the period, selected or not. */
  inspectionsDecided: Scalars['Int']['output'];
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
  Enterprise: Enterprise;
  InventoryDeclaration: InventoryDeclaration;
  ProductFiling: ProductFiling;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"uscc":true}> );
  InventoryDeclaration:
    ( { __typename: 'InventoryDeclaration' }
    & GraphQLRecursivePick<FederationTypes['InventoryDeclaration'], {"agentCode":true,"copNo":true}> );
  ProductFiling:
    ( { __typename: 'ProductFiling' }
    & GraphQLRecursivePick<FederationTypes['ProductFiling'], {"filingNo":true}> );
  ZoneDashboard:
    ( { __typename: 'ZoneDashboard' }
    & GraphQLRecursivePick<FederationTypes['ZoneDashboard'], {"from":true,"to":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApplicationStatus: ApplicationStatus;
  BusinessType: BusinessType;
  CodeLabel: ResolverTypeWrapper<CodeLabel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Disposal: Disposal;
  Enterprise: ResolverTypeWrapper<EnterpriseRef>;
  EnterpriseFiling: ResolverTypeWrapper<EnterpriseFilingModel>;
  EnterpriseFilingApplication: ResolverTypeWrapper<EnterpriseFilingApplicationModel>;
  EnterpriseFilingConnection: ResolverTypeWrapper<Connection<EnterpriseFilingModel>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EnterpriseFilingFilter: EnterpriseFilingFilter;
  EnterpriseFilingInput: EnterpriseFilingInput;
  FilingAction: FilingAction;
  FilingRole: FilingRole;
  FilingStatus: FilingStatus;
  Inspection: ResolverTypeWrapper<InspectionModel>;
  InspectionConnection: ResolverTypeWrapper<Connection<InspectionModel>>;
  InspectionDimension: InspectionDimension;
  InspectionFilter: InspectionFilter;
  InspectionKind: InspectionKind;
  InspectionRequest: InspectionRequest;
  InspectionResult: InspectionResult;
  InspectionStatistics: ResolverTypeWrapper<InspectionGroupRow>;
  InspectionStatisticsFilter: InspectionStatisticsFilter;
  InventoryDeclaration: ResolverTypeWrapper<DeclarationRef>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProductFiling: ResolverTypeWrapper<ProductFilingModel>;
  ProductFilingApplication: ResolverTypeWrapper<ProductFilingApplicationModel>;
  ProductFilingChange: ResolverTypeWrapper<ProductFilingChangeModel>;
  ProductFilingConnection: ResolverTypeWrapper<Connection<ProductFilingModel>>;
  ProductFilingFilter: ProductFilingFilter;
  ProductFilingInput: ProductFilingInput;
  ProductFilingLine: ProductFilingLine;
  ProductFilingMatch: ResolverTypeWrapper<FilingMatch>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RiskLevel: RiskLevel;
  RiskSubject: RiskSubject;
  RiskWarning: ResolverTypeWrapper<RiskLevelChangeModel>;
  RiskWarningConnection: ResolverTypeWrapper<Connection<RiskLevelChangeModel>>;
  RiskWarningFilter: RiskWarningFilter;
  SamplingDecision: ResolverTypeWrapper<Omit<SamplingDecision, 'inspection'> & { inspection?: Maybe<ResolversTypes['Inspection']> }>;
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
  Enterprise: EnterpriseRef;
  EnterpriseFiling: EnterpriseFilingModel;
  EnterpriseFilingApplication: EnterpriseFilingApplicationModel;
  EnterpriseFilingConnection: Connection<EnterpriseFilingModel>;
  Int: Scalars['Int']['output'];
  EnterpriseFilingFilter: EnterpriseFilingFilter;
  EnterpriseFilingInput: EnterpriseFilingInput;
  Inspection: InspectionModel;
  InspectionConnection: Connection<InspectionModel>;
  InspectionFilter: InspectionFilter;
  InspectionRequest: InspectionRequest;
  InspectionStatistics: InspectionGroupRow;
  InspectionStatisticsFilter: InspectionStatisticsFilter;
  InventoryDeclaration: DeclarationRef;
  JSON: Scalars['JSON']['output'];
  Month: Scalars['Month']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProductFiling: ProductFilingModel;
  ProductFilingApplication: ProductFilingApplicationModel;
  ProductFilingChange: ProductFilingChangeModel;
  ProductFilingConnection: Connection<ProductFilingModel>;
  ProductFilingFilter: ProductFilingFilter;
  ProductFilingInput: ProductFilingInput;
  ProductFilingLine: ProductFilingLine;
  ProductFilingMatch: FilingMatch;
  Query: Record<PropertyKey, never>;
  RiskWarning: RiskLevelChangeModel;
  RiskWarningConnection: Connection<RiskLevelChangeModel>;
  RiskWarningFilter: RiskWarningFilter;
  SamplingDecision: Omit<SamplingDecision, 'inspection'> & { inspection?: Maybe<ResolversParentTypes['Inspection']> };
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

export type AccessDirectiveResolver<Result, Parent, ContextType = CiqContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelDirectiveArgs = {
  of: Scalars['String']['input'];
  table: Scalars['String']['input'];
};

export type CodeLabelDirectiveResolver<Result, Parent, ContextType = CiqContext, Args = CodeLabelDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = CiqContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['CodeLabel'] = ResolversParentTypes['CodeLabel']> = ResolversObject<{
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

export type EnterpriseResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  filings?: Resolver<Array<ResolversTypes['EnterpriseFiling']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnterpriseFilingResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['EnterpriseFiling'] = ResolversParentTypes['EnterpriseFiling']> = ResolversObject<{
  ciqOrgCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filingNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['FilingRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType, RequireFields<EnterpriseFilingStatusOnArgs, 'date'>>;
}>;

export type EnterpriseFilingApplicationResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['EnterpriseFilingApplication'] = ResolversParentTypes['EnterpriseFilingApplication']> = ResolversObject<{
  filing?: Resolver<Maybe<ResolversTypes['EnterpriseFiling']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ProductFilingChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['FilingRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnterpriseFilingConnectionResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['EnterpriseFilingConnection'] = ResolversParentTypes['EnterpriseFilingConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['EnterpriseFiling']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InspectionResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['InventoryDeclaration']>, ParentType, ContextType>;
  disposal?: Resolver<Maybe<ResolversTypes['Disposal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inspectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InspectionKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['InspectionResult'], ParentType, ContextType>;
}>;

export type InspectionConnectionResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InspectionStatisticsResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['InspectionStatistics'] = ResolversParentTypes['InspectionStatistics']> = ResolversObject<{
  creditClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspectionRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  originCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originCountryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  passRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InventoryDeclarationResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['InventoryDeclaration'] = ResolversParentTypes['InventoryDeclaration'], FederationReferenceType extends FederationReferenceTypes['InventoryDeclaration'] = FederationReferenceTypes['InventoryDeclaration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InventoryDeclaration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  copNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MutationResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveEnterpriseFiling?: Resolver<ResolversTypes['EnterpriseFilingApplication'], ParentType, ContextType, RequireFields<MutationApproveEnterpriseFilingArgs, 'effectiveFrom' | 'id'>>;
  approveProductFiling?: Resolver<ResolversTypes['ProductFilingApplication'], ParentType, ContextType, RequireFields<MutationApproveProductFilingArgs, 'effectiveFrom' | 'id'>>;
  decideInspection?: Resolver<ResolversTypes['SamplingDecision'], ParentType, ContextType, RequireFields<MutationDecideInspectionArgs, 'request'>>;
  fileEnterprise?: Resolver<ResolversTypes['EnterpriseFilingApplication'], ParentType, ContextType, RequireFields<MutationFileEnterpriseArgs, 'application'>>;
  fileProduct?: Resolver<ResolversTypes['ProductFilingApplication'], ParentType, ContextType, RequireFields<MutationFileProductArgs, 'application'>>;
  recordInspectionResult?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType, RequireFields<MutationRecordInspectionResultArgs, 'disposal' | 'id' | 'reason' | 'result'>>;
  rejectEnterpriseFiling?: Resolver<ResolversTypes['EnterpriseFilingApplication'], ParentType, ContextType, RequireFields<MutationRejectEnterpriseFilingArgs, 'id' | 'reason'>>;
  rejectProductFiling?: Resolver<ResolversTypes['ProductFilingApplication'], ParentType, ContextType, RequireFields<MutationRejectProductFilingArgs, 'id' | 'reason'>>;
  revokeEnterpriseFiling?: Resolver<ResolversTypes['EnterpriseFiling'], ParentType, ContextType, RequireFields<MutationRevokeEnterpriseFilingArgs, 'effectiveFrom' | 'filingNo' | 'reason'>>;
  revokeProductFiling?: Resolver<ResolversTypes['ProductFiling'], ParentType, ContextType, RequireFields<MutationRevokeProductFilingArgs, 'effectiveFrom' | 'filingNo' | 'reason'>>;
}>;

export type PageInfoResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductFilingResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['ProductFiling'] = ResolversParentTypes['ProductFiling'], FederationReferenceType extends FederationReferenceTypes['ProductFiling'] = FederationReferenceTypes['ProductFiling']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProductFiling']> | FederationReferenceType, FederationReferenceType, ContextType>;
  barCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  businessType?: Resolver<ResolversTypes['BusinessType'], ParentType, ContextType>;
  cusGoodsNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  filedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filingNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goodsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goodsStyle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manufacturer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originCountryLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  regPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  revokedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType, RequireFields<ProductFilingStatusOnArgs, 'date'>>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
}>;

export type ProductFilingApplicationResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['ProductFilingApplication'] = ResolversParentTypes['ProductFilingApplication']> = ResolversObject<{
  barCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cusGoodsNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filing?: Resolver<Maybe<ResolversTypes['ProductFiling']>, ParentType, ContextType>;
  goodsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ProductFilingChange']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
}>;

export type ProductFilingChangeResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['ProductFilingChange'] = ResolversParentTypes['ProductFilingChange']> = ResolversObject<{
  action?: Resolver<ResolversTypes['FilingAction'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductFilingConnectionResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['ProductFilingConnection'] = ResolversParentTypes['ProductFilingConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProductFiling']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductFilingMatchResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['ProductFilingMatch'] = ResolversParentTypes['ProductFilingMatch']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  filing?: Resolver<Maybe<ResolversTypes['ProductFiling']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  enterpriseFilingApplication?: Resolver<Maybe<ResolversTypes['EnterpriseFilingApplication']>, ParentType, ContextType, RequireFields<QueryEnterpriseFilingApplicationArgs, 'id'>>;
  enterpriseFilings?: Resolver<ResolversTypes['EnterpriseFilingConnection'], ParentType, ContextType, RequireFields<QueryEnterpriseFilingsArgs, 'first'>>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspectionStatistics?: Resolver<Array<ResolversTypes['InspectionStatistics']>, ParentType, ContextType, RequireFields<QueryInspectionStatisticsArgs, 'filter' | 'groupBy'>>;
  inspections?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first'>>;
  productFiling?: Resolver<Maybe<ResolversTypes['ProductFiling']>, ParentType, ContextType, RequireFields<QueryProductFilingArgs, 'filingNo'>>;
  productFilingApplication?: Resolver<Maybe<ResolversTypes['ProductFilingApplication']>, ParentType, ContextType, RequireFields<QueryProductFilingApplicationArgs, 'id'>>;
  productFilings?: Resolver<ResolversTypes['ProductFilingConnection'], ParentType, ContextType, RequireFields<QueryProductFilingsArgs, 'first'>>;
  productFilingsByNumber?: Resolver<Array<Maybe<ResolversTypes['ProductFiling']>>, ParentType, ContextType, RequireFields<QueryProductFilingsByNumberArgs, 'filingNos'>>;
  productFilingsFor?: Resolver<Array<ResolversTypes['ProductFilingMatch']>, ParentType, ContextType, RequireFields<QueryProductFilingsForArgs, 'lines' | 'on'>>;
  riskWarnings?: Resolver<ResolversTypes['RiskWarningConnection'], ParentType, ContextType, RequireFields<QueryRiskWarningsArgs, 'first'>>;
}>;

export type RiskWarningResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['RiskWarning'] = ResolversParentTypes['RiskWarning']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  fromLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  productFiling?: Resolver<Maybe<ResolversTypes['ProductFiling']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['RiskSubject'], ParentType, ContextType>;
  subjectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
}>;

export type RiskWarningConnectionResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['RiskWarningConnection'] = ResolversParentTypes['RiskWarningConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['RiskWarning']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SamplingDecisionResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['SamplingDecision'] = ResolversParentTypes['SamplingDecision']> = ResolversObject<{
  draw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ZoneDashboardResolvers<ContextType = CiqContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  failedInspections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inspected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspectionsDecided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CiqContext> = ResolversObject<{
  CodeLabel?: CodeLabelResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseFiling?: EnterpriseFilingResolvers<ContextType>;
  EnterpriseFilingApplication?: EnterpriseFilingApplicationResolvers<ContextType>;
  EnterpriseFilingConnection?: EnterpriseFilingConnectionResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionStatistics?: InspectionStatisticsResolvers<ContextType>;
  InventoryDeclaration?: InventoryDeclarationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Month?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProductFiling?: ProductFilingResolvers<ContextType>;
  ProductFilingApplication?: ProductFilingApplicationResolvers<ContextType>;
  ProductFilingChange?: ProductFilingChangeResolvers<ContextType>;
  ProductFilingConnection?: ProductFilingConnectionResolvers<ContextType>;
  ProductFilingMatch?: ProductFilingMatchResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RiskWarning?: RiskWarningResolvers<ContextType>;
  RiskWarningConnection?: RiskWarningConnectionResolvers<ContextType>;
  SamplingDecision?: SamplingDecisionResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CiqContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  codeLabel?: CodeLabelDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
