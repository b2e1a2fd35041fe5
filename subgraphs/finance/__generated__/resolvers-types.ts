import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReceiptRow } from '../../../lib/documents/submission';
import type { PersonalDataRead as PersonalDataReadModel, Payment as PaymentModel, TaxBillPayment as TaxBillPaymentModel } from '../../../prisma/finance/generated/client';
import type { OrderRef, TaxBillRef, FinanceContext } from '../context';
import type { PaymentGroupRow, TaxBillPaymentMonthRow, TaxBillMonthRef } from '../resolvers/statistics';
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

export type Enterprise = {
  __typename?: 'Enterprise';
  uscc: Scalars['String']['output'];
};

/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records a payment of an aggregated tax bill (finance staff only). The same reference again records
   * nothing new.
   */
  recordTaxBillPayment: TaxBillPayment;
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
export type MutationRecordTaxBillPaymentArgs = {
  payment: TaxBillPaymentInput;
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
  /** Paid at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latest receipt status (CEB412 returnStatus). */
  returnStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Paid before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A CEB411 payment voucher as the payment company files it (DOMAIN.md §1.4). */
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
  /** First payment date (payTime), inclusive. */
  from: Scalars['Date']['input'];
  /** Last payment date (payTime), inclusive; at most 3,700 days after from. */
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

export type Query = {
  __typename?: 'Query';
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
  fromPeriod: Scalars['String']['input'];
  toPeriod: Scalars['String']['input'];
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
  period: Scalars['String']['input'];
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

/**
 * The zone's headline figures for one period, each department adding its own. The period is both dates
 * inclusive.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** First day, inclusive. */
  from: Scalars['Date']['output'];
  /** Σ amountPaid of those vouchers (in their currencies; the demo zone's are all CNY). */
  paymentVolume: Scalars['Decimal']['output'];
  /** Payment vouchers with a payment time in the period. */
  payments: Scalars['Int']['output'];
  /** Last day, inclusive. */
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
  Order: Order;
  Payment: Payment;
  TaxBill: TaxBill;
  TaxBillMonth: TaxBillMonth;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Enterprise: ResolverTypeWrapper<Enterprise>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'nodes'> & { nodes: Array<ResolversTypes['Payment']> }>;
  PaymentDimension: PaymentDimension;
  PaymentFilter: PaymentFilter;
  PaymentInput: PaymentInput;
  PaymentStatistics: ResolverTypeWrapper<PaymentGroupRow>;
  PaymentStatisticsFilter: PaymentStatisticsFilter;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadModel>;
  PersonalDataReadConnection: ResolverTypeWrapper<Omit<PersonalDataReadConnection, 'nodes'> & { nodes: Array<ResolversTypes['PersonalDataRead']> }>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Receipt: ResolverTypeWrapper<ReceiptRow>;
  TaxBill: ResolverTypeWrapper<TaxBillRef>;
  TaxBillMonth: ResolverTypeWrapper<TaxBillMonthRef>;
  TaxBillPayment: ResolverTypeWrapper<TaxBillPaymentModel>;
  TaxBillPaymentInput: TaxBillPaymentInput;
  TaxBillPaymentMonth: ResolverTypeWrapper<TaxBillPaymentMonthRow>;
  TaxBillPaymentStatus: TaxBillPaymentStatus;
  ZoneDashboard: ResolverTypeWrapper<ZoneDashboard>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: Enterprise;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  PageInfo: PageInfo;
  Payment: PaymentModel;
  Int: Scalars['Int']['output'];
  PaymentConnection: Omit<PaymentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Payment']> };
  PaymentFilter: PaymentFilter;
  PaymentInput: PaymentInput;
  PaymentStatistics: PaymentGroupRow;
  PaymentStatisticsFilter: PaymentStatisticsFilter;
  PersonalDataRead: PersonalDataReadModel;
  PersonalDataReadConnection: Omit<PersonalDataReadConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PersonalDataRead']> };
  PersonalDataReadFilter: PersonalDataReadFilter;
  Query: Record<PropertyKey, never>;
  Receipt: ReceiptRow;
  TaxBill: TaxBillRef;
  TaxBillMonth: TaxBillMonthRef;
  TaxBillPayment: TaxBillPaymentModel;
  TaxBillPaymentInput: TaxBillPaymentInput;
  TaxBillPaymentMonth: TaxBillPaymentMonthRow;
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

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordTaxBillPayment?: Resolver<ResolversTypes['TaxBillPayment'], ParentType, ContextType, RequireFields<MutationRecordTaxBillPaymentArgs, 'payment'>>;
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
  telephone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentStatisticsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentStatistics'] = ResolversParentTypes['PaymentStatistics']> = ResolversObject<{
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalDataReadConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
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
  returnTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type ZoneDashboardResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paymentVolume?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
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
  TaxBill?: TaxBillResolvers<ContextType>;
  TaxBillMonth?: TaxBillMonthResolvers<ContextType>;
  TaxBillPayment?: TaxBillPaymentResolvers<ContextType>;
  TaxBillPaymentMonth?: TaxBillPaymentMonthResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
