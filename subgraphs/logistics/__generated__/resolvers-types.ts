import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Connection } from '../../../lib/graphql/pagination';
import type { ReceiptRow } from '../../../lib/documents/submission';
import type { PersonalDataRead as PersonalDataReadModel, Waybill as WaybillModel, TrackingEvent as TrackingEventModel, ExportWaybill as ExportWaybillModel } from '../../../prisma/logistics/generated/client';
import type { ParcelGroupRow, DeliveryGroupRow } from '../statistics-rows';
import type { LogisticsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** A dimension delivery times can be grouped by. */
export type DeliveryDimension =
  /**
   * The consignee's province-level division, read from the start of the consignee address with the
   * expression ^(北京市|天津市|上海市|重庆市|[^省市区县]{2,3}省|[^省市区县]{2,5}自治区|香港特别行政区|澳门特别行政区):
   * a municipality (e.g. 上海市), a province (广东省) or an autonomous region (广西壮族自治区), as written.
   * An address that starts otherwise has none (null).
   */
  | 'DESTINATION_PROVINCE'
  /** The logistics company (logisticsCode). */
  | 'LOGISTICS_COMPANY';

/** Delivery times of one group of delivered parcels. Only the fields of the dimensions grouped by are set. */
export type DeliveryTimes = {
  __typename?: 'DeliveryTimes';
  /** The destination's province, municipality or autonomous region, when grouped by DESTINATION_PROVINCE; null when the address names none. */
  destinationProvince: Maybe<Scalars['String']['output']>;
  /** The logistics company as the credit department knows it, when grouped by LOGISTICS_COMPANY. */
  logisticsCompany: Maybe<Enterprise>;
  /** The logistics company's code, when grouped by LOGISTICS_COMPANY. */
  logisticsCompanyCode: Maybe<Scalars['String']['output']>;
  /** Median hours from release to delivery, 2 decimals (0 when the group has no parcel). */
  p50Hours: Scalars['Decimal']['output'];
  /** 90th percentile of the hours from release to delivery, 2 decimals (0 when the group has no parcel). */
  p90Hours: Scalars['Decimal']['output'];
  /** 99th percentile of the hours from release to delivery, 2 decimals (0 when the group has no parcel). */
  p99Hours: Scalars['Decimal']['output'];
  /** Delivered parcels in the group with both a RELEASED and a DELIVERED event. */
  parcels: Scalars['Int']['output'];
};

/** Which deliveries delivery times count. */
export type DeliveryTimesFilter = {
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** The day after the last one (China time), excluded: [from, to) with to = from + 1 day is one day; at most 3,700 days after from. */
  to: Scalars['Date']['input'];
};

export type Enterprise = {
  __typename?: 'Enterprise';
  uscc: Scalars['String']['output'];
};

/** A CEB507 arrival (运抵) at the supervised site. */
export type ExportArrivalInput = {
  /** 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new: an arrival is not changed, a wrong one is reported to customs. */
  appType: Scalars['String']['input'];
  /** Bill of lading or master air waybill. */
  billNo?: InputMaybe<Scalars['String']['input']>;
  /** The sender's own number for this message, 1..20 characters, unique per logistics company. */
  copNo: Scalars['String']['input'];
  /** Customs district of the supervised site (4 digits, JGS/T 18). */
  customsCode: Scalars['String']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** E (export). */
  ieFlag: Scalars['String']['input'];
  /** The parcels, numbered 1..n, 1 to 500 of them, each waybill once. */
  items: Array<ExportParcelInput>;
  /** Supervised site code (loctNo), 1..10 characters. */
  loctNo: Scalars['String']['input'];
  /** Logistics company code: your own enterprise; every parcel's waybill is its. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** Free text, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Supervised-site operator code (customs code or USCC). */
  operatorCode: Scalars['String']['input'];
  /** Supervised-site operator name. */
  operatorName: Scalars['String']['input'];
  /** Transport mode (JGS-20). */
  trafMode: Scalars['String']['input'];
};

/** A CEB509 departure (离境). */
export type ExportDepartureInput = {
  /** 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new. */
  appType: Scalars['String']['input'];
  /** Bill of lading or master air waybill, at most 37 characters. */
  billNo: Scalars['String']['input'];
  /** The sender's own number for this message, 1..20 characters, unique per logistics company. */
  copNo: Scalars['String']['input'];
  /** Exit customs district (4 digits, JGS/T 18). */
  customsCode: Scalars['String']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** The parcels, numbered 1..n, 1 to 500 of them, each waybill once. */
  items: Array<ExportParcelInput>;
  /** When the means of transport left. */
  leaveTime: Scalars['DateTime']['input'];
  /** Logistics company code: your own enterprise; every parcel's waybill is its. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** Free text, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Transport mode (JGS-20). */
  trafMode: Scalars['String']['input'];
  /** Means of transport (ship or flight name), at most 100 characters. */
  trafName: Scalars['String']['input'];
  /** Voyage or flight number, at most 32 characters. */
  voyageNo: Scalars['String']['input'];
};

/** One parcel of an arrival or departure. */
export type ExportParcelInput = {
  /** Item number, 1..n in order. */
  gnum: Scalars['Int']['input'];
  /** The export waybill's number. */
  logisticsNo: Scalars['String']['input'];
  /** Free text, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Pallet or mail-bag number, at most 50 characters. */
  totalPackageNo?: InputMaybe<Scalars['String']['input']>;
};

/** An export waybill (CEB505); logistics holds it. */
export type ExportWaybill = {
  __typename?: 'ExportWaybill';
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When the logistics company filed the waybill in force. */
  appTime: Scalars['DateTime']['output'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['output'];
  /** When its arrival at the supervised site was filed (CEB507); null before. */
  arrivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Currency of freight and insurance (JGS-20). */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** When it left the country (CEB509 leaveTime); null before. */
  departedAt: Maybe<Scalars['DateTime']['output']>;
  /** E-commerce enterprise (exporter) code. */
  ebcCode: Scalars['String']['output'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['output'];
  /** E-commerce enterprise's telephone. */
  ebcTelephone: Maybe<Scalars['String']['output']>;
  /** Freight. */
  freight: Scalars['Decimal']['output'];
  /** Description of the goods. */
  goodsInfo: Scalars['String']['output'];
  /** Gross weight, kg. */
  grossWeight: Scalars['Decimal']['output'];
  /** Message GUID of the filing in force. */
  guid: Scalars['String']['output'];
  /** Insurance fee. */
  insuredFee: Scalars['Decimal']['output'];
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['output'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['output'];
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** Number of packages. */
  packNo: Scalars['Int']['output'];
  /** Every receipt concerning it, newest first: CEB506 (waybill), CEB508 (arrival), CEB510 (departure). */
  receipts: Array<Receipt>;
  /** Latest CEB506 receipt status: 1 saved, 120 accepted. */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** Where the parcel is. */
  status: ExportWaybillStatus;
  /** 1 for the first filing, +1 for each accepted change. */
  version: Scalars['Int']['output'];
};

/** A page of export waybills. */
export type ExportWaybillConnection = {
  __typename?: 'ExportWaybillConnection';
  /** The waybills of this page. */
  nodes: Array<ExportWaybill>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of export waybills; all given conditions must hold. */
export type ExportWaybillFilter = {
  /** Only waybills of this logistics company or e-commerce enterprise, by customs code or USCC. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Where the parcel is. */
  status?: InputMaybe<ExportWaybillStatus>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A CEB505 export waybill as the logistics company files it, in the standard's field names. */
export type ExportWaybillInput = {
  /** 1 save only, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When the logistics company filed it. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['input'];
  /** Currency of freight and insurance (JGS-20 code, e.g. 142 CNY, 502 USD). */
  currency: Scalars['String']['input'];
  /** E-commerce enterprise (the exporter) code. */
  ebcCode: Scalars['String']['input'];
  /** E-commerce enterprise name. */
  ebcName: Scalars['String']['input'];
  /** E-commerce enterprise's telephone. */
  ebcTelephone?: InputMaybe<Scalars['String']['input']>;
  /** Freight. */
  freight: Scalars['Decimal']['input'];
  /** Description of the goods, at most 200 characters. */
  goodsInfo: Scalars['String']['input'];
  /** Gross weight, kg, greater than 0. */
  grossWeight: Scalars['Decimal']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Insurance fee. */
  insuredFee: Scalars['Decimal']['input'];
  /** Logistics company code: your own enterprise. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** Waybill number, unique per logistics company, 1..60 characters. */
  logisticsNo: Scalars['String']['input'];
  /** Free text, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Number of packages, at least 1. */
  packNo: Scalars['Int']['input'];
};

/** Where an export parcel is: waybill filed (CEB505), arrived at the supervised site (CEB507), departed the country (CEB509). */
export type ExportWaybillStatus =
  /** Arrived at the supervised site (CEB507 运抵); it may depart once customs releases its export list. */
  | 'ARRIVED'
  /** Left the country (CEB509 离境); final. */
  | 'DEPARTED'
  /** Waybill filed (CEB505); the parcel has not reached the supervised site. */
  | 'FILED';

/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Files a CEB507 arrival (运抵): the listed parcels reached the supervised site. Only the logistics company
   * (logisticsCode) may file it, for its own declared export waybills that have not arrived yet. All parcels
   * are recorded or none; the same message again returns the same receipt (CEB508).
   */
  recordExportArrival: Receipt;
  /**
   * Files a CEB509 departure (离境): the listed parcels left the country. Only the logistics company
   * (logisticsCode) may file it, and only for parcels that have arrived and whose export list customs has
   * released (customs is asked once for all of them). All parcels are recorded or none; the same message
   * again returns the same receipt (CEB510).
   */
  recordExportDeparture: Receipt;
  /**
   * Records a step of a parcel's journey (the logistics company, as itself). Steps follow the bonded-zone
   * order; a parcel is RELEASED, leaves or is delivered only once customs has released its list; DELIVERED
   * and RETURNED are final. The same step again records nothing new.
   */
  recordTrackingEvent: TrackingEvent;
  /**
   * Files a CEB505 export waybill. Only the logistics company (logisticsCode) may file it, as itself. The same
   * content again returns the same receipt (CEB506); appType 2 changes a filed waybill (kept as a new version)
   * while the parcel has not arrived at the supervised site.
   */
  submitExportWaybill: Receipt;
  /**
   * Files a CEB511 waybill. Only the logistics company (logisticsCode) may file it, as itself. Sending the
   * same content again returns the same receipt; appType 2 changes a filed waybill (kept as a new version).
   */
  submitWaybill: Receipt;
  /** Files a CEB513 waybill status: "S", signed for by the consignee. Answers with the CEB514 receipt. */
  submitWaybillStatus: Receipt;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecordExportArrivalArgs = {
  arrival: ExportArrivalInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecordExportDepartureArgs = {
  departure: ExportDepartureInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecordTrackingEventArgs = {
  event: TrackingEventInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitExportWaybillArgs = {
  waybill: ExportWaybillInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitWaybillArgs = {
  waybill: WaybillInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationSubmitWaybillStatusArgs = {
  status: WaybillStatusInput;
};

/** Where a page of a cursor-paginated list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A dimension parcel statistics can be grouped by. */
export type ParcelDimension =
  /** The logistics company (logisticsCode). */
  | 'LOGISTICS_COMPANY'
  /** Month the waybill was filed (appTime), YYYY-MM. */
  | 'MONTH'
  /** The parcel's current tracking status (the status of its latest tracking event). */
  | 'STATUS';

/** One group of waybills. Only the fields of the dimensions grouped by are set. */
export type ParcelStatistics = {
  __typename?: 'ParcelStatistics';
  /** The logistics company as the credit department knows it, when grouped by LOGISTICS_COMPANY. */
  logisticsCompany: Maybe<Enterprise>;
  /** The logistics company's code, when grouped by LOGISTICS_COMPANY. */
  logisticsCompanyCode: Maybe<Scalars['String']['output']>;
  /** Month of filing (YYYY-MM), when grouped by MONTH. */
  month: Maybe<Scalars['String']['output']>;
  /** Waybills (parcels) in the group. */
  parcels: Scalars['Int']['output'];
  /** Current tracking status, when grouped by STATUS. */
  status: Maybe<TrackingStatus>;
};

/** Which waybills parcel statistics count. */
export type ParcelStatisticsFilter = {
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['input'];
  /** Only parcels whose current status is one of these; all when absent. */
  status?: InputMaybe<Array<TrackingStatus>>;
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
  /**
   * How long delivered parcels took from customs' release to the consignee: the hours from the parcel's
   * RELEASED tracking event to its DELIVERED one, as percentiles (continuous, linear interpolation between
   * the ordered values, as PostgreSQL's percentile_cont), rounded to 2 decimals. Only parcels with both
   * events count. Staff, analysts and administrators count every parcel; an enterprise the parcels it
   * carries (logisticsCode).
   */
  deliveryTimes: Array<DeliveryTimes>;
  /** An export waybill (CEB505) by its key; null when there is none or you may not read it. */
  exportWaybill: Maybe<ExportWaybill>;
  /** Export waybills, newest first. */
  exportWaybills: ExportWaybillConnection;
  /** Administrators only: full reads of logistics personal data, newest first. */
  logisticsPersonalDataReads: PersonalDataReadConnection;
  /**
   * Waybills (CEB511) filed in a period, counted in logistics' database, one row per group. Staff, analysts
   * and administrators count every waybill; an enterprise counts the waybills it carries (logisticsCode).
   */
  parcelStatistics: Array<ParcelStatistics>;
  /** A waybill (CEB511) by its key; null when there is none. */
  waybill: Maybe<Waybill>;
  /** Waybills, newest first. */
  waybills: WaybillConnection;
};


export type QueryDeliveryTimesArgs = {
  filter: DeliveryTimesFilter;
  groupBy?: Array<DeliveryDimension>;
};


export type QueryExportWaybillArgs = {
  logisticsCode: Scalars['String']['input'];
  logisticsNo: Scalars['String']['input'];
};


export type QueryExportWaybillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportWaybillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLogisticsPersonalDataReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalDataReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParcelStatisticsArgs = {
  filter: ParcelStatisticsFilter;
  groupBy?: Array<ParcelDimension>;
};


export type QueryWaybillArgs = {
  logisticsCode: Scalars['String']['input'];
  logisticsNo: Scalars['String']['input'];
};


export type QueryWaybillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WaybillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** One step of a parcel's journey. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  /** What happened. */
  description: Scalars['String']['output'];
  /** Where it happened. */
  location: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Code of the source message: S for CEB513, a UPU EMSEVT code for postal items. */
  sourceCode: Maybe<Scalars['String']['output']>;
  /** Status reached by this event. */
  status: TrackingStatus;
};

/** A step of a parcel's journey, as the logistics company reports it. */
export type TrackingEventInput = {
  /** What happened. */
  description: Scalars['String']['input'];
  /** Where. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Logistics company code. */
  logisticsCode: Scalars['String']['input'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['input'];
  /** When. */
  occurredAt: Scalars['DateTime']['input'];
  /** Code of the source message (a UPU EMSEVT code for postal items). */
  sourceCode?: InputMaybe<Scalars['String']['input']>;
  /** The status the parcel reaches. */
  status: TrackingStatus;
};

/** Where a parcel is, from waybill filing (CEB511) through customs' release to delivery (CEB513 "S"). */
export type TrackingStatus =
  /** Arrived at the supervised site. */
  | 'ARRIVED'
  /** Waybill filed (CEB511). */
  | 'DECLARED'
  /** Signed for by the consignee (CEB513 S); final. */
  | 'DELIVERED'
  /** Left the bonded zone or the country. */
  | 'DEPARTED'
  /** Detained (501–599). */
  | 'DETAINED'
  /** Held for inspection (list status 500). */
  | 'INSPECTING'
  /** On its way to the consignee. */
  | 'IN_TRANSIT'
  /** List released by customs (800). */
  | 'RELEASED'
  /** Returned (700). */
  | 'RETURNED';

/** CEB511 import waybill as filed by the logistics company. Consignee data is masked. */
export type Waybill = {
  __typename?: 'Waybill';
  /** 1 saved, 2 declared. */
  appStatus: Scalars['String']['output'];
  /** When the logistics company filed the waybill. */
  appTime: Scalars['DateTime']['output'];
  /** 1 new, 2 change, 3 delete. */
  appType: Scalars['String']['output'];
  /** Bill of lading or master air waybill. */
  billNo: Maybe<Scalars['String']['output']>;
  /** The logistics company. */
  carrier: Maybe<Enterprise>;
  /** Consignee's name (masked). */
  consignee: Scalars['String']['output'];
  /** Consignee's address (masked). */
  consigneeAddress: Scalars['String']['output'];
  /** Consignee's telephone (masked). */
  consigneeTelephone: Scalars['String']['output'];
  /** Currency code. */
  currency: Scalars['String']['output'];
  /** `currency` in words, from the zone's currency code table: Chinese and English names; null for a code the table does not hold. */
  currencyLabel: Maybe<CodeLabel>;
  /** Freight. */
  freight: Scalars['Decimal']['output'];
  /** Description of the goods. */
  goodsInfo: Maybe<Scalars['String']['output']>;
  /** Message GUID. */
  guid: Scalars['String']['output'];
  /** Insurance fee. */
  insuredFee: Scalars['Decimal']['output'];
  /** Logistics company code. */
  logisticsCode: Scalars['String']['output'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['output'];
  /** Waybill number, unique per logistics company for 6 months. */
  logisticsNo: Scalars['String']['output'];
  /** Free text. */
  note: Maybe<Scalars['String']['output']>;
  /** Order number carried. */
  orderNo: Scalars['String']['output'];
  /** Number of packages (1). */
  packNo: Scalars['Int']['output'];
  /** Every CEB512 receipt issued for this waybill, newest first. */
  receipts: Array<Receipt>;
  /** Latest receipt status (CEB512). */
  returnStatus: Scalars['Int']['output'];
  /** `returnStatus` in words, from the zone's status code table: Chinese and English names; null for a code the table does not hold. */
  returnStatusLabel: Maybe<CodeLabel>;
  /** Current tracking status. */
  status: TrackingStatus;
  /** Tracking events, oldest first. */
  tracking: Array<TrackingEvent>;
  /** Weight, kg. */
  weight: Scalars['Decimal']['output'];
};

/** A page of waybills. */
export type WaybillConnection = {
  __typename?: 'WaybillConnection';
  /** The waybills of this page. */
  nodes: Array<Waybill>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of waybills; all given conditions must hold. */
export type WaybillFilter = {
  /** Logistics company code. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Current tracking status. */
  status?: InputMaybe<TrackingStatus>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A CEB511 waybill as the logistics company files it, in the standard's field names. */
export type WaybillInput = {
  /** 1 save only, 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When the logistics company filed it. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new, 2 change. */
  appType: Scalars['String']['input'];
  /** Bill of lading or master air waybill. */
  billNo?: InputMaybe<Scalars['String']['input']>;
  /** Consignee; must equal the order's. */
  consignee: Scalars['String']['input'];
  /** Consignee's address; must equal the order's. */
  consigneeAddress: Scalars['String']['input'];
  /** Consignee's telephone; must equal the order's. */
  consigneeTelephone: Scalars['String']['input'];
  /** 142 (CNY). */
  currency: Scalars['String']['input'];
  /** Freight. */
  freight: Scalars['Decimal']['input'];
  /** Description of the goods. */
  goodsInfo?: InputMaybe<Scalars['String']['input']>;
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Insurance fee. */
  insuredFee: Scalars['Decimal']['input'];
  /** Logistics company code. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** Waybill number, unique per logistics company for 6 months. */
  logisticsNo: Scalars['String']['input'];
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Order number carried. */
  orderNo: Scalars['String']['input'];
  /** Number of packages: 1. */
  packNo: Scalars['Int']['input'];
  /** Weight, kg. */
  weight: Scalars['Decimal']['input'];
};

/** A CEB513 waybill status. */
export type WaybillStatusInput = {
  /** 2 declare. */
  appStatus: Scalars['String']['input'];
  /** When it was filed. */
  appTime: Scalars['DateTime']['input'];
  /** 1 new. */
  appType: Scalars['String']['input'];
  /** Message GUID, 36 upper-case characters. */
  guid: Scalars['String']['input'];
  /** Logistics company code. */
  logisticsCode: Scalars['String']['input'];
  /** Logistics company name. */
  logisticsName: Scalars['String']['input'];
  /** Waybill number. */
  logisticsNo: Scalars['String']['input'];
  /** S (signed for): the only status the standard has. */
  logisticsStatus: Scalars['String']['input'];
  /** When the consignee signed. */
  logisticsTime: Scalars['DateTime']['input'];
  /** Free text. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The zone's headline figures for one period, each department adding its own. The period is half-open,
 * [from, to), in China days: `to` is the day after the last one.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** Parcels delivered (DELIVERED event) in the period. */
  delivered: Scalars['Int']['output'];
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['output'];
  /** Median hours from release to delivery of the parcels delivered in the period, 2 decimals; null when none was. */
  medianDeliveryHours: Maybe<Scalars['Decimal']['output']>;
  /** Waybills filed (appTime) in the period. */
  parcels: Scalars['Int']['output'];
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
  ExportWaybill: ExportWaybill;
  Waybill: Waybill;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ExportWaybill:
    ( { __typename: 'ExportWaybill' }
    & GraphQLRecursivePick<FederationTypes['ExportWaybill'], {"logisticsCode":true,"logisticsNo":true}> );
  Waybill:
    ( { __typename: 'Waybill' }
    & GraphQLRecursivePick<FederationTypes['Waybill'], {"logisticsCode":true,"logisticsNo":true}> );
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
  DeliveryDimension: DeliveryDimension;
  DeliveryTimes: ResolverTypeWrapper<DeliveryGroupRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeliveryTimesFilter: DeliveryTimesFilter;
  Enterprise: ResolverTypeWrapper<Enterprise>;
  ExportArrivalInput: ExportArrivalInput;
  ExportDepartureInput: ExportDepartureInput;
  ExportParcelInput: ExportParcelInput;
  ExportWaybill: ResolverTypeWrapper<ExportWaybillModel>;
  ExportWaybillConnection: ResolverTypeWrapper<Connection<ExportWaybillModel>>;
  ExportWaybillFilter: ExportWaybillFilter;
  ExportWaybillInput: ExportWaybillInput;
  ExportWaybillStatus: ExportWaybillStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParcelDimension: ParcelDimension;
  ParcelStatistics: ResolverTypeWrapper<ParcelGroupRow>;
  ParcelStatisticsFilter: ParcelStatisticsFilter;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadModel>;
  PersonalDataReadConnection: ResolverTypeWrapper<Connection<PersonalDataReadModel>>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  TrackingEvent: ResolverTypeWrapper<TrackingEventModel>;
  TrackingEventInput: TrackingEventInput;
  TrackingStatus: TrackingStatus;
  Waybill: ResolverTypeWrapper<WaybillModel>;
  WaybillConnection: ResolverTypeWrapper<Connection<WaybillModel>>;
  WaybillFilter: WaybillFilter;
  WaybillInput: WaybillInput;
  WaybillStatusInput: WaybillStatusInput;
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
  DeliveryTimes: DeliveryGroupRow;
  Int: Scalars['Int']['output'];
  DeliveryTimesFilter: DeliveryTimesFilter;
  Enterprise: Enterprise;
  ExportArrivalInput: ExportArrivalInput;
  ExportDepartureInput: ExportDepartureInput;
  ExportParcelInput: ExportParcelInput;
  ExportWaybill: ExportWaybillModel;
  ExportWaybillConnection: Connection<ExportWaybillModel>;
  ExportWaybillFilter: ExportWaybillFilter;
  ExportWaybillInput: ExportWaybillInput;
  JSON: Scalars['JSON']['output'];
  Month: Scalars['Month']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ParcelStatistics: ParcelGroupRow;
  ParcelStatisticsFilter: ParcelStatisticsFilter;
  PersonalDataRead: PersonalDataReadModel;
  PersonalDataReadConnection: Connection<PersonalDataReadModel>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  TrackingEvent: TrackingEventModel;
  TrackingEventInput: TrackingEventInput;
  Waybill: WaybillModel;
  WaybillConnection: Connection<WaybillModel>;
  WaybillFilter: WaybillFilter;
  WaybillInput: WaybillInput;
  WaybillStatusInput: WaybillStatusInput;
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

export type AccessDirectiveResolver<Result, Parent, ContextType = LogisticsContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelDirectiveArgs = {
  of: Scalars['String']['input'];
  table: Scalars['String']['input'];
};

export type CodeLabelDirectiveResolver<Result, Parent, ContextType = LogisticsContext, Args = CodeLabelDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = LogisticsContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['CodeLabel'] = ResolversParentTypes['CodeLabel']> = ResolversObject<{
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

export type DeliveryTimesResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['DeliveryTimes'] = ResolversParentTypes['DeliveryTimes']> = ResolversObject<{
  destinationProvince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logisticsCompany?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  logisticsCompanyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  p50Hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  p90Hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  p99Hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = ResolversObject<{
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportWaybillResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['ExportWaybill'] = ResolversParentTypes['ExportWaybill'], FederationReferenceType extends FederationReferenceTypes['ExportWaybill'] = FederationReferenceTypes['ExportWaybill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportWaybill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  departedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ebcCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ebcTelephone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsInfo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insuredFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportWaybillStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportWaybillConnectionResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['ExportWaybillConnection'] = ResolversParentTypes['ExportWaybillConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExportWaybill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MutationResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordExportArrival?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationRecordExportArrivalArgs, 'arrival'>>;
  recordExportDeparture?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationRecordExportDepartureArgs, 'departure'>>;
  recordTrackingEvent?: Resolver<ResolversTypes['TrackingEvent'], ParentType, ContextType, RequireFields<MutationRecordTrackingEventArgs, 'event'>>;
  submitExportWaybill?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitExportWaybillArgs, 'waybill'>>;
  submitWaybill?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitWaybillArgs, 'waybill'>>;
  submitWaybillStatus?: Resolver<ResolversTypes['Receipt'], ParentType, ContextType, RequireFields<MutationSubmitWaybillStatusArgs, 'status'>>;
}>;

export type PageInfoResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParcelStatisticsResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['ParcelStatistics'] = ResolversParentTypes['ParcelStatistics']> = ResolversObject<{
  logisticsCompany?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  logisticsCompanyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TrackingStatus']>, ParentType, ContextType>;
}>;

export type PersonalDataReadResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = ResolversObject<{
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

export type PersonalDataReadConnectionResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  deliveryTimes?: Resolver<Array<ResolversTypes['DeliveryTimes']>, ParentType, ContextType, RequireFields<QueryDeliveryTimesArgs, 'filter' | 'groupBy'>>;
  exportWaybill?: Resolver<Maybe<ResolversTypes['ExportWaybill']>, ParentType, ContextType, RequireFields<QueryExportWaybillArgs, 'logisticsCode' | 'logisticsNo'>>;
  exportWaybills?: Resolver<ResolversTypes['ExportWaybillConnection'], ParentType, ContextType, RequireFields<QueryExportWaybillsArgs, 'first'>>;
  logisticsPersonalDataReads?: Resolver<ResolversTypes['PersonalDataReadConnection'], ParentType, ContextType, RequireFields<QueryLogisticsPersonalDataReadsArgs, 'first'>>;
  parcelStatistics?: Resolver<Array<ResolversTypes['ParcelStatistics']>, ParentType, ContextType, RequireFields<QueryParcelStatisticsArgs, 'filter' | 'groupBy'>>;
  waybill?: Resolver<Maybe<ResolversTypes['Waybill']>, ParentType, ContextType, RequireFields<QueryWaybillArgs, 'logisticsCode' | 'logisticsNo'>>;
  waybills?: Resolver<ResolversTypes['WaybillConnection'], ParentType, ContextType, RequireFields<QueryWaybillsArgs, 'first'>>;
}>;

export type ReceiptResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnInfo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  returnTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrackingEventResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrackingStatus'], ParentType, ContextType>;
}>;

export type WaybillResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['Waybill'] = ResolversParentTypes['Waybill'], FederationReferenceType extends FederationReferenceTypes['Waybill'] = FederationReferenceTypes['Waybill']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Waybill']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  billNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  consignee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneeAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consigneeTelephone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insuredFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  logisticsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logisticsNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orderNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['Receipt']>, ParentType, ContextType>;
  returnStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnStatusLabel?: Resolver<Maybe<ResolversTypes['CodeLabel']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrackingStatus'], ParentType, ContextType>;
  tracking?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type WaybillConnectionResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['WaybillConnection'] = ResolversParentTypes['WaybillConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Waybill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ZoneDashboardResolvers<ContextType = LogisticsContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  medianDeliveryHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  parcels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LogisticsContext> = ResolversObject<{
  CodeLabel?: CodeLabelResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeliveryTimes?: DeliveryTimesResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  ExportWaybill?: ExportWaybillResolvers<ContextType>;
  ExportWaybillConnection?: ExportWaybillConnectionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Month?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParcelStatistics?: ParcelStatisticsResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  PersonalDataReadConnection?: PersonalDataReadConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  Waybill?: WaybillResolvers<ContextType>;
  WaybillConnection?: WaybillConnectionResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = LogisticsContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  codeLabel?: CodeLabelDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
