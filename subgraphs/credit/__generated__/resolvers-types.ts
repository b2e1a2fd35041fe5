import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Connection } from '../../../lib/graphql/pagination';
import type { CreditGroupRow } from '../statistics-rows';
import type { Enterprise as EnterpriseModel, CreditProfile as CreditProfileModel, CreditEvent as CreditEventModel, NegativeListEntry as NegativeListEntryModel, EnterpriseVersion as EnterpriseVersionModel, PersonalDataRead as PersonalDataReadModel, CreditClassChange as CreditClassChangeModel } from '../../../prisma/credit/generated/client';
import type { CreditContext } from '../context';
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

/** An enterprise's contact person. */
export type ContactsInput = {
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Name (1 to 100 characters). */
  name: Scalars['String']['input'];
  /** Telephone (5 to 30 digits, spaces, +, -). */
  telephone: Scalars['String']['input'];
};

/** Customs credit class (海关总署令第237号, in force 2018-05-01). */
export type CreditClass =
  /** 高级认证企业 (AEO advanced). */
  | 'ADVANCED_CERTIFIED'
  /** 失信企业. */
  | 'DISHONEST'
  /** 一般信用企业. */
  | 'GENERAL'
  /** 一般认证企业. */
  | 'GENERAL_CERTIFIED';

/** A change of an enterprise's credit class: by credit staff, or by the score rules of an evaluation. */
export type CreditClassChange = {
  __typename?: 'CreditClassChange';
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided: a staff subject, or credit-evaluation for the score rules. */
  decidedBy: Scalars['String']['output'];
  /** First day (China) the class applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** The class in force before (null for an enterprise without one). */
  fromClass: Maybe<CreditClass>;
  /** Change id. */
  id: Scalars['String']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** The class from effectiveFrom on. */
  toClass: CreditClass;
};

/** A credit class decision by credit staff. */
export type CreditClassDecisionInput = {
  /** The class from effectiveFrom on. */
  creditClass: CreditClass;
  /** First day (China) the class applies. */
  effectiveFrom: Scalars['Date']['input'];
  /** Why (1 to 500 characters). */
  reason: Scalars['String']['input'];
  /** Your reference for the decision (1 to 200 characters); one change per reference. */
  reference: Scalars['String']['input'];
  /** USCC of the enterprise. */
  uscc: Scalars['String']['input'];
};

/** A dimension credit statistics can be grouped by. */
export type CreditDimension =
  /** Current credit class; enterprises credit has not evaluated have none (null). */
  | 'CREDIT_CLASS'
  /** A role the enterprise plays; an enterprise with several roles counts in each. */
  | 'ROLE'
  /**
   * Current score in bands of 10 points: "0-9", "10-19" … "80-89", and "90-100" (the scale ends at 100, which
   * joins the top band); enterprises without a score have none (null).
   */
  | 'SCORE_BAND';

/** A fact that changed an enterprise's credit. */
export type CreditEvent = {
  __typename?: 'CreditEvent';
  /** What happened. */
  description: Scalars['String']['output'];
  /** The enterprise. */
  enterprise: Enterprise;
  /** Event id. */
  id: Scalars['String']['output'];
  /** Kind of event. */
  kind: CreditEventKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Effect on the score. */
  scoreDelta: Scalars['Int']['output'];
  /** Department that reported it. */
  sourceDepartment: Scalars['String']['output'];
};

/** A page of credit events. */
export type CreditEventConnection = {
  __typename?: 'CreditEventConnection';
  /** The events of this page. */
  nodes: Array<CreditEvent>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of credit events; all given conditions must hold. */
export type CreditEventFilter = {
  /** USCC of the enterprise. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Kind of event. */
  kind?: InputMaybe<CreditEventKind>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A fact a department reports about an enterprise's credit. */
export type CreditEventInput = {
  /** What happened. */
  description: Scalars['String']['input'];
  /** Kind of event. */
  kind: CreditEventKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['input'];
  /** The department's own reference for the fact (e.g. ciq:inspection:IN…); one event per reference. */
  reference: Scalars['String']['input'];
  /** Effect on the score, -50 to 50, for the kinds credit's score rules do not weigh (CERTIFICATION, VIOLATION, PENALTY, DECLARATION_ERROR, COMMENDATION); refused with BAD_USER_INPUT for a kind the rules weigh (docs/domain.md#the-score-model-as-rules), whose weight credit applies itself. */
  scoreDelta?: InputMaybe<Scalars['Int']['input']>;
  /** USCC of the enterprise. */
  uscc: Scalars['String']['input'];
};

/** What a credit event records. */
export type CreditEventKind =
  /** Certification granted or renewed. */
  | 'CERTIFICATION'
  /** A clean record over a period (a positive event). */
  | 'CLEAN_RECORD'
  /** A commendation. */
  | 'COMMENDATION'
  /** Declaration errors above the tolerated rate. */
  | 'DECLARATION_ERROR'
  /** Goods failed inspection. */
  | 'INSPECTION_FAILED'
  /** A declared list of the enterprise (as declaring agent) finally rejected by customs (100), reported by customs. */
  | 'LIST_REJECTED'
  /** A logistics anomaly (a parcel detained or returned). */
  | 'LOGISTICS_ANOMALY'
  /** An administrative penalty. */
  | 'PENALTY'
  /** An export rebate application rejected by finance, reported by finance. */
  | 'REBATE_REFUSED'
  /** An export summary declaration filed after its deadline. */
  | 'SUMMARY_LATE'
  /** Tax or fines in arrears. */
  | 'TAX_ARREARS'
  /** A violation of customs rules. */
  | 'VIOLATION';

/** The credit evaluation of one enterprise. */
export type CreditProfile = {
  __typename?: 'CreditProfile';
  /** Credit class in force on a day: the latest change effective on or before it. */
  creditClass: CreditClass;
  /** When evaluated. */
  evaluatedAt: Scalars['DateTime']['output'];
  /** Score, 0–100. */
  score: Scalars['Int']['output'];
  /** Date the class takes effect. */
  validFrom: Scalars['Date']['output'];
};


/** The credit evaluation of one enterprise. */
export type CreditProfileCreditClassArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** One group of enterprises. Only the fields of the dimensions grouped by are set. */
export type CreditStatistics = {
  __typename?: 'CreditStatistics';
  /** Mean current score of the group's evaluated enterprises, two decimals; null when none is evaluated. */
  averageScore: Maybe<Scalars['Decimal']['output']>;
  /** Credit class, when grouped by CREDIT_CLASS. */
  creditClass: Maybe<CreditClass>;
  /** Enterprises in the group. */
  enterprises: Scalars['Int']['output'];
  /** Role, when grouped by ROLE. */
  role: Maybe<EnterpriseRole>;
  /** Score band (e.g. "80-89"), when grouped by SCORE_BAND. */
  scoreBand: Maybe<Scalars['String']['output']>;
};

/** An enterprise of the zone, keyed by its Unified Social Credit Code (GB 32100-2015). */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Contact e-mail (personal data). */
  contactEmail: Maybe<Scalars['String']['output']>;
  /** Contact person (personal data). */
  contactName: Maybe<Scalars['String']['output']>;
  /** Contact telephone (personal data). */
  contactTelephone: Maybe<Scalars['String']['output']>;
  /** Changes of the credit class, granted, withdrawn or evaluated, newest decision first. */
  creditClassChanges: Array<CreditClassChange>;
  /** Recent credit events, newest first. */
  creditEvents: Array<CreditEvent>;
  /** Current credit evaluation. */
  creditProfile: Maybe<CreditProfile>;
  /** 10-character customs registration code. */
  customsCode: Maybe<Scalars['String']['output']>;
  /** Administrative division of the registered address. */
  districtCode: Scalars['String']['output'];
  /** Registered name. */
  name: Scalars['String']['output'];
  /** Negative-list entries, in force or removed, newest first. */
  negativeListEntries: Array<NegativeListEntry>;
  /** Whether an entry on the negative list is in force on a day. */
  onNegativeList: Scalars['Boolean']['output'];
  /** Date of registration. */
  registeredOn: Scalars['Date']['output'];
  /** Roles in cross-border e-commerce. */
  roles: Array<EnterpriseRole>;
  /** Registration status in force today (China time). */
  status: EnterpriseStatus;
  /** Registration status in force on a China-time day (ACTIVE means registered that day). */
  statusOn: EnterpriseStatus;
  /** Unified Social Credit Code. */
  uscc: Scalars['String']['output'];
};


/** An enterprise of the zone, keyed by its Unified Social Credit Code (GB 32100-2015). */
export type EnterpriseCreditEventsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise of the zone, keyed by its Unified Social Credit Code (GB 32100-2015). */
export type EnterpriseOnNegativeListArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** An enterprise of the zone, keyed by its Unified Social Credit Code (GB 32100-2015). */
export type EnterpriseStatusOnArgs = {
  on: Scalars['Date']['input'];
};

/** An X.509 certificate registered for an enterprise's CEB message signatures (KeyName = serialNumber). */
export type EnterpriseCertificate = {
  __typename?: 'EnterpriseCertificate';
  /** Opaque id of the registration. */
  id: Scalars['ID']['output'];
  /** Last instant the certificate is valid. */
  notAfter: Scalars['DateTime']['output'];
  /** First instant the certificate is valid. */
  notBefore: Scalars['DateTime']['output'];
  /** The certificate in PEM. */
  pem: Scalars['String']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Who registered it (the caller's subject). */
  registeredBy: Scalars['String']['output'];
  /** When it was revoked; null while it is in use. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Serial number, lower-case hexadecimal without leading zeros: the KeyName of the signatures it makes. */
  serialNumber: Scalars['String']['output'];
  /** The certificate's subject (distinguished name). */
  subject: Scalars['String']['output'];
  /** USCC of the enterprise it signs for. */
  uscc: Scalars['String']['output'];
};

/** A page of enterprises. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** The enterprises of this page. */
  nodes: Array<Enterprise>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** Narrows a list of enterprises; all given conditions must hold. */
export type EnterpriseFilter = {
  /** Current credit class. */
  creditClass?: InputMaybe<CreditClass>;
  /** Administrative division (6 digits). */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** Only enterprises currently on (true) or off (false) the negative list. */
  onNegativeList?: InputMaybe<Scalars['Boolean']['input']>;
  /** A role the enterprise has. */
  role?: InputMaybe<EnterpriseRole>;
};

/** A role an enterprise plays in cross-border e-commerce. */
export type EnterpriseRole =
  /** Declaring agent. */
  | 'AGENT'
  /** E-commerce enterprise. */
  | 'ECOMMERCE'
  /** Guarantor (担保企业). */
  | 'GUARANTOR'
  /** Logistics company. */
  | 'LOGISTICS'
  /** Manufacturer. */
  | 'MANUFACTURER'
  /** Payment company. */
  | 'PAYMENT'
  /** E-commerce platform. */
  | 'PLATFORM'
  /** Warehouse operator. */
  | 'WAREHOUSE';

/** Where an enterprise's registration stands. */
export type EnterpriseStatus =
  /** Registered: may be named on documents. */
  | 'ACTIVE'
  /** Applied for; not yet registered. */
  | 'PENDING'
  /** Revoked: documents naming it are refused. */
  | 'REVOKED'
  /** Suspended by credit: documents naming it are refused until reinstated. */
  | 'SUSPENDED';

/** One field a registration step changed. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Its value after (null for none or withheld). */
  after: Maybe<Scalars['String']['output']>;
  /** Its value before (null for none or withheld). */
  before: Maybe<Scalars['String']['output']>;
  /** The field (status, name, roles, customsCode, districtCode, contacts). */
  field: Scalars['String']['output'];
};

/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Credit staff put an enterprise on the negative list: the entry refuses its documents from effectiveFrom
   * (China day), included. Entries are never deleted. The same reference again returns the same entry.
   */
  addToNegativeList: NegativeListEntry;
  /**
   * An enterprise applies for its own registration in the zone (a user of that enterprise, or a partner acting
   * for it): the registration is PENDING until credit staff decide. The same reference again returns the
   * enterprise unchanged; a USCC already registered, or a customs code another enterprise has, is refused.
   */
  applyForRegistration: Enterprise;
  /**
   * Credit staff move a registration on: PENDING → ACTIVE (approve) or REVOKED (refuse); ACTIVE → SUSPENDED
   * or REVOKED; SUSPENDED → ACTIVE (reinstate) or REVOKED. Any other step is refused with BAD_USER_INPUT.
   * The new status holds from `effectiveOn` (lists declared before that day are judged by the old one). The
   * same reference again returns the enterprise unchanged.
   */
  decideRegistration: Enterprise;
  /**
   * Credit staff grant a credit class (certification, or a downgrade to general or dishonest) from a day on.
   * The change is kept with who, when and why; the class in force on a day is answered by
   * `creditProfile { creditClass(on:) }`. The same reference again returns the same change.
   */
  grantCertification: CreditClassChange;
  /**
   * Records a credit event reported by a department (staff or service) and re-evaluates the enterprise's
   * score and class by the score rules in force on the event's day (subgraphs/credit/rules/credit-score.rules.json);
   * a new class applies to the next declaration. The enterprise may be named by USCC or by its registered
   * customs code. The same reference again records nothing new.
   */
  recordCreditEvent: CreditEvent;
  /**
   * Registers an X.509 v3 certificate an enterprise signs its CEB messages with (a partner or user acting for
   * the enterprise, or credit staff). Only the SHA-256 + RSA-2048 profile is accepted: an RSA key of 2048 bits
   * or more, valid today. Refusals are BAD_USER_INPUT with `reason` CERTIFICATE_UNREADABLE,
   * CERTIFICATE_NOT_V3, CERTIFICATE_NOT_YET_VALID, CERTIFICATE_EXPIRED, CERTIFICATE_KEY_NOT_RSA or
   * CERTIFICATE_KEY_TOO_SHORT (docs/errors.md). The same certificate again returns the same record; another
   * certificate with a serial number already registered for the enterprise is refused (CERTIFICATE_SERIAL_TAKEN).
   */
  registerCertificate: EnterpriseCertificate;
  /**
   * Credit staff register an enterprise directly (e.g. from a paper application): ACTIVE from `effectiveOn`.
   * The same reference again returns the enterprise unchanged.
   */
  registerEnterprise: Enterprise;
  /**
   * Credit staff remove an entry: it stops refusing documents from removedOn (China day), included; the entry
   * stays in the history with who removed it, when and why. Removing it again on the same day changes nothing.
   */
  removeFromNegativeList: NegativeListEntry;
  /**
   * Revokes a registered certificate (whoever may register it): messages signed with it are refused from now
   * on (the gateway honours it within seconds). Revoking it again changes nothing.
   */
  revokeCertificate: EnterpriseCertificate;
  /**
   * Credit staff withdraw a certification (ADVANCED_CERTIFIED or GENERAL_CERTIFIED in force on effectiveFrom)
   * to `creditClass`, GENERAL or DISHONEST. Otherwise BAD_USER_INPUT. The same reference again returns the same change.
   */
  withdrawCertification: CreditClassChange;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationAddToNegativeListArgs = {
  entry: NegativeListInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationApplyForRegistrationArgs = {
  application: RegistrationInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationDecideRegistrationArgs = {
  decision: RegistrationDecisionInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationGrantCertificationArgs = {
  decision: CreditClassDecisionInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRecordCreditEventArgs = {
  event: CreditEventInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRegisterCertificateArgs = {
  pem: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRegisterEnterpriseArgs = {
  effectiveOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  registration: RegistrationInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRemoveFromNegativeListArgs = {
  removal: NegativeListRemovalInput;
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationRevokeCertificateArgs = {
  serialNumber: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};


/**
 * Changes to the zone's records: documents partners file, each answered with the standard's receipt (the
 * same content again returns the same receipt and stores nothing new), and decisions the departments record.
 */
export type MutationWithdrawCertificationArgs = {
  decision: CreditClassDecisionInput;
};

/** A page of negative-list entries. */
export type NegativeListConnection = {
  __typename?: 'NegativeListConnection';
  /** The entries of this page. */
  nodes: Array<NegativeListEntry>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many items the list's filter matches across all its pages, whatever `first` and `after` are: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** An entry on the credit negative list (失信名单). */
export type NegativeListEntry = {
  __typename?: 'NegativeListEntry';
  /** Whether the entry is in force today (China). */
  active: Scalars['Boolean']['output'];
  /** Authority that listed it. */
  authority: Scalars['String']['output'];
  /** First day (China) the entry refuses documents. */
  effectiveFrom: Scalars['Date']['output'];
  /** The listed enterprise. */
  enterprise: Enterprise;
  /** Where the evidence is kept. */
  evidenceRef: Maybe<Scalars['String']['output']>;
  /** Entry id. */
  id: Scalars['String']['output'];
  /** The law or regulation the listing rests on. */
  legalBasis: Maybe<Scalars['String']['output']>;
  /** When listed. */
  listedAt: Scalars['DateTime']['output'];
  /** Who listed it (staff subject; null for entries older than the record). */
  listedBy: Maybe<Scalars['String']['output']>;
  /** Why the enterprise is listed. */
  reason: Scalars['String']['output'];
  /** Why it was removed. */
  removalReason: Maybe<Scalars['String']['output']>;
  /** When removed; null while in force. */
  removedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who removed it. */
  removedBy: Maybe<Scalars['String']['output']>;
  /** First day (China) it no longer does; null until removed. */
  removedOn: Maybe<Scalars['Date']['output']>;
};

/** Narrows the negative list; all given conditions must hold. */
export type NegativeListFilter = {
  /** Only entries in force today, China time (default true); false for every entry, removed or not yet in force too. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** USCC of the listed enterprise. */
  enterprise?: InputMaybe<Scalars['String']['input']>;
  /** From this day on (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Up to this day (YYYY-MM-DD, China time), excluded: records of the day before `to` are in, records of `to` itself are not. Must be later than `from`. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A negative-list entry credit staff file. */
export type NegativeListInput = {
  /** The authority that decided it. */
  authority: Scalars['String']['input'];
  /** First day (China) the entry refuses documents. */
  effectiveFrom: Scalars['Date']['input'];
  /** Where the evidence is kept (case or document number). */
  evidenceRef: Scalars['String']['input'];
  /** The law or regulation the listing rests on. */
  legalBasis: Scalars['String']['input'];
  /** Why it is listed. */
  reason: Scalars['String']['input'];
  /** Your reference for the listing (1 to 200 characters); one entry per reference. */
  reference: Scalars['String']['input'];
  /** USCC of the enterprise. */
  uscc: Scalars['String']['input'];
};

/** The negative list in one month. */
export type NegativeListMonth = {
  __typename?: 'NegativeListMonth';
  /** Entries listed (listedAt) in the month. */
  added: Scalars['Int']['output'];
  /** Enterprises with an entry in force at the month's end. */
  listedAtEnd: Scalars['Int']['output'];
  /** Month, YYYY-MM. */
  period: Scalars['String']['output'];
  /** Entries removed (removedAt) in the month. */
  removed: Scalars['Int']['output'];
};

/** The removal of a negative-list entry. */
export type NegativeListRemovalInput = {
  /** The entry's id. */
  id: Scalars['String']['input'];
  /** Why it is removed. */
  reason: Scalars['String']['input'];
  /** First day (China) the entry no longer refuses documents. */
  removedOn: Scalars['Date']['input'];
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

/** A page of the published negative list. */
export type PublicNegativeListConnection = {
  __typename?: 'PublicNegativeListConnection';
  /** The entries of this page. */
  nodes: Array<PublicNegativeListEntry>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries are in force, across all pages: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

/** A negative-list entry as published: nothing beyond what the disclosure needs. */
export type PublicNegativeListEntry = {
  __typename?: 'PublicNegativeListEntry';
  /** The authority that listed it. */
  authority: Scalars['String']['output'];
  /** First day (China) the entry applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** Its registered name. */
  enterpriseName: Scalars['String']['output'];
  /** The law or regulation the listing rests on. */
  legalBasis: Maybe<Scalars['String']['output']>;
  /** Why it is listed. */
  reason: Scalars['String']['output'];
  /** USCC of the listed enterprise. */
  uscc: Scalars['String']['output'];
};

/** A revoked registration as published: nothing beyond what the disclosure needs. */
export type PublicRevokedRegistration = {
  __typename?: 'PublicRevokedRegistration';
  /** Why, as a category. */
  category: RevocationCategory;
  /** Its registered name when it was revoked. */
  enterpriseName: Scalars['String']['output'];
  /** First day (China) the revocation applies. */
  revokedOn: Scalars['Date']['output'];
  /** USCC of the enterprise. */
  uscc: Scalars['String']['output'];
};

/** A page of the published revoked registrations. */
export type PublicRevokedRegistrationConnection = {
  __typename?: 'PublicRevokedRegistrationConnection';
  /** The registrations of this page. */
  nodes: Array<PublicRevokedRegistration>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many registrations are published as revoked, across all pages: counted only when asked for (one count in the department's database). */
  totalCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Credit events, newest first. */
  creditEvents: CreditEventConnection;
  /** Administrators only: full reads of credit personal data (enterprise contacts), newest first. */
  creditPersonalDataReads: PersonalDataReadConnection;
  /**
   * The zone's enterprises by their current credit evaluation, counted in credit's database, one row per
   * group. Figures of the whole zone: department staff, analysts and administrators only (an enterprise is
   * refused with FORBIDDEN; it reads its own profile on Enterprise.creditProfile).
   */
  creditStatistics: Array<CreditStatistics>;
  /** An enterprise by its USCC or its customs code (as CEB documents name parties); null when there is none. Readable whatever its registration status: ask `statusOn` whether it is registered on a day. */
  enterprise: Maybe<Enterprise>;
  /** An enterprise by its 10-character customs code; null when there is none. */
  enterpriseByCustomsCode: Maybe<Enterprise>;
  /** The X.509 certificates registered for an enterprise to sign its CEB messages with, newest first, revoked ones included. Credit staff, administrators, and the enterprise itself (its users and partners); others get FORBIDDEN. */
  enterpriseCertificates: Array<EnterpriseCertificate>;
  /** Enterprises, by USCC. */
  enterprises: EnterpriseConnection;
  /** Enterprises by USCC or customs code, each as `enterprise` takes it, in the order of `codes`: null where no enterprise of the zone has the code. One request for all the parties a document names (customs' admission gates ask for a list's parties this way). */
  enterprisesByCode: Array<Maybe<Enterprise>>;
  /** Negative-list entries, newest first. */
  negativeList: NegativeListConnection;
  /**
   * The negative list month by month: entries added and removed in each month and the enterprises on it at
   * each month's end. Department staff, analysts and administrators only (FORBIDDEN for an enterprise).
   */
  negativeListMonths: Array<NegativeListMonth>;
  /** Your own enterprises (a partner's, or an enterprise user's), by USCC, with their credit profile, class history and negative-list entries; empty for department staff, analysts and administrators, who name an enterprise with `enterprise`. */
  ownEnterprises: Array<Enterprise>;
  /**
   * The negative list in force today (China) as the zone discloses it (有序公开), newest listing first: each
   * enterprise's code and name, why, on what legal basis, by which authority and since when; no person's
   * data, no evidence and no staff names. The only field open without a credential, and only through the
   * registered operation PublicNegativeList.
   */
  publicNegativeList: PublicNegativeListConnection;
  /**
   * The registrations revoked as of today (China), as the zone discloses them beside the negative list (有序公开),
   * latest revocation first: the enterprise's code and name, the day the revocation took effect and its
   * category; never the free-text reason, contacts or staff names. Refused applications (never registered) are
   * not published. Open without a credential only through the registered operation PublicNegativeList.
   */
  publicRevokedRegistrations: PublicRevokedRegistrationConnection;
  /** An enterprise's registration history, oldest step first: who, when, why, and what changed. Credit staff, administrators, and the enterprise itself (its users and partners); others get FORBIDDEN. */
  registrationHistory: Array<RegistrationStep>;
  /**
   * The departments' services only (the gateway verifying a CEB message's ds:Signature): the certificate
   * of serial number `serialNumber` registered for the enterprise, if it is unrevoked and valid now; null
   * otherwise (unknown, revoked, expired or not yet valid).
   */
  signingCertificate: Maybe<EnterpriseCertificate>;
};


export type QueryCreditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CreditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditPersonalDataReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalDataReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditStatisticsArgs = {
  groupBy?: Array<CreditDimension>;
};


export type QueryEnterpriseArgs = {
  uscc: Scalars['String']['input'];
};


export type QueryEnterpriseByCustomsCodeArgs = {
  customsCode: Scalars['String']['input'];
};


export type QueryEnterpriseCertificatesArgs = {
  uscc: Scalars['String']['input'];
};


export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEnterprisesByCodeArgs = {
  codes: Array<Scalars['String']['input']>;
};


export type QueryNegativeListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NegativeListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNegativeListMonthsArgs = {
  fromPeriod: Scalars['Month']['input'];
  toPeriod: Scalars['Month']['input'];
};


export type QueryPublicNegativeListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicRevokedRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegistrationHistoryArgs = {
  uscc: Scalars['String']['input'];
};


export type QuerySigningCertificateArgs = {
  serialNumber: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};

/** A credit staff decision on a registration. */
export type RegistrationDecisionInput = {
  /** The China-time day the status takes effect; not before the day of the previous step's effect. */
  effectiveOn: Scalars['Date']['input'];
  /** Why (1 to 500 characters, no personal data). */
  reason: Scalars['String']['input'];
  /** Your reference for the decision (1 to 200 characters); one decision per reference. */
  reference: Scalars['String']['input'];
  /** Required when `status` is REVOKED, and only then (BAD_USER_INPUT otherwise): APPLICATION_REFUSED for a PENDING application, another category for a registration that was ACTIVE or SUSPENDED. The category is published (publicRevokedRegistrations); the reason is not. */
  revocationCategory?: InputMaybe<RevocationCategory>;
  /** The status it moves to. */
  status: EnterpriseStatus;
  /** USCC of the registered enterprise. */
  uscc: Scalars['String']['input'];
};

/** An application for, or a registration of, an enterprise in the zone. */
export type RegistrationInput = {
  /** The enterprise's contact person (personal data: masked for everyone but credit staff, whose reads are audited). */
  contacts?: InputMaybe<ContactsInput>;
  /** 10-character customs registration code (digits and capitals), where the enterprise has one; unique in the zone. */
  customsCode?: InputMaybe<Scalars['String']['input']>;
  /** Administrative division of the registered address (6 digits). */
  districtCode: Scalars['String']['input'];
  /** Registered name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Your reference for it (1 to 200 characters); one registration per reference. */
  reference: Scalars['String']['input'];
  /** Roles in the zone (at least one). */
  roles: Array<EnterpriseRole>;
  /** Unified Social Credit Code (18 characters, check character verified). */
  uscc: Scalars['String']['input'];
};

/** One step of an enterprise's registration (application, registration or decision), never changed afterwards. */
export type RegistrationStep = {
  __typename?: 'RegistrationStep';
  /** Who took the step (the caller's subject). */
  actor: Scalars['String']['output'];
  /** The caller's role (staff, enterprise, partner, admin). */
  actorRole: Scalars['String']['output'];
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  /** What the step changed in the enterprise's non-personal fields (the first step lists every field it set); contacts appear as a field `contacts` without values. */
  changes: Array<FieldChange>;
  /** The China-time day the status takes effect. */
  effectiveOn: Scalars['Date']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** A revocation's published category (REVOKED steps); null for other steps. */
  revocationCategory: Maybe<RevocationCategory>;
  /** The status from `effectiveOn` on. */
  status: EnterpriseStatus;
  /** USCC of the enterprise. */
  uscc: Scalars['String']['output'];
  /** 1 for the first step, then 2, 3… */
  version: Scalars['Int']['output'];
};

/** Why a registration was revoked, in the words the zone publishes. */
export type RevocationCategory =
  /** An application refused before the enterprise was ever registered (not published). */
  | 'APPLICATION_REFUSED'
  /** The enterprise ceased business or was dissolved. */
  | 'CEASED_BUSINESS'
  /** False or fraudulent declarations. */
  | 'FALSE_DECLARATIONS'
  /** The business licence or a required permit was withdrawn. */
  | 'LICENCE_WITHDRAWN'
  /** Another ground, stated in the unpublished reason. */
  | 'OTHER'
  /** Smuggling. */
  | 'SMUGGLING'
  /** Tax evasion or unpaid tax. */
  | 'TAX_EVASION';

/**
 * The zone's headline figures for one period, each department adding its own. The period is half-open,
 * [from, to), in China days: `to` is the day after the last one.
 */
export type ZoneDashboard = {
  __typename?: 'ZoneDashboard';
  /** Enterprises registered in the zone by the period's last day. */
  enterprises: Scalars['Int']['output'];
  /** First day (YYYY-MM-DD, China time), included. Every date range of the graph is half-open, [from, to). */
  from: Scalars['Date']['output'];
  /** Negative-list entries listed in the period. */
  negativeListAdditions: Scalars['Int']['output'];
  /** Enterprises with a negative-list entry in force at the period's end. */
  onNegativeList: Scalars['Int']['output'];
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
  CreditEvent: CreditEvent;
  Enterprise: Enterprise;
  NegativeListEntry: NegativeListEntry;
  ZoneDashboard: ZoneDashboard;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CreditEvent:
    ( { __typename: 'CreditEvent' }
    & GraphQLRecursivePick<FederationTypes['CreditEvent'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"uscc":true}> );
  NegativeListEntry:
    ( { __typename: 'NegativeListEntry' }
    & GraphQLRecursivePick<FederationTypes['NegativeListEntry'], {"id":true}> );
  ZoneDashboard:
    ( { __typename: 'ZoneDashboard' }
    & GraphQLRecursivePick<FederationTypes['ZoneDashboard'], {"from":true,"to":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CodeLabel: ResolverTypeWrapper<CodeLabel>;
  ContactsInput: ContactsInput;
  CreditClass: CreditClass;
  CreditClassChange: ResolverTypeWrapper<CreditClassChangeModel>;
  CreditClassDecisionInput: CreditClassDecisionInput;
  CreditDimension: CreditDimension;
  CreditEvent: ResolverTypeWrapper<CreditEventModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreditEventConnection: ResolverTypeWrapper<Connection<CreditEventModel>>;
  CreditEventFilter: CreditEventFilter;
  CreditEventInput: CreditEventInput;
  CreditEventKind: CreditEventKind;
  CreditProfile: ResolverTypeWrapper<CreditProfileModel>;
  CreditStatistics: ResolverTypeWrapper<CreditGroupRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseCertificate: ResolverTypeWrapper<EnterpriseCertificate>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EnterpriseConnection: ResolverTypeWrapper<Connection<EnterpriseModel>>;
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseRole: EnterpriseRole;
  EnterpriseStatus: EnterpriseStatus;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Month: ResolverTypeWrapper<Scalars['Month']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NegativeListConnection: ResolverTypeWrapper<Connection<NegativeListEntryModel>>;
  NegativeListEntry: ResolverTypeWrapper<NegativeListEntryModel>;
  NegativeListFilter: NegativeListFilter;
  NegativeListInput: NegativeListInput;
  NegativeListMonth: ResolverTypeWrapper<NegativeListMonth>;
  NegativeListRemovalInput: NegativeListRemovalInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadModel>;
  PersonalDataReadConnection: ResolverTypeWrapper<Connection<PersonalDataReadModel>>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  PublicNegativeListConnection: ResolverTypeWrapper<Connection<NegativeListEntryModel>>;
  PublicNegativeListEntry: ResolverTypeWrapper<NegativeListEntryModel>;
  PublicRevokedRegistration: ResolverTypeWrapper<EnterpriseVersionModel>;
  PublicRevokedRegistrationConnection: ResolverTypeWrapper<Connection<EnterpriseVersionModel>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegistrationDecisionInput: RegistrationDecisionInput;
  RegistrationInput: RegistrationInput;
  RegistrationStep: ResolverTypeWrapper<EnterpriseVersionModel>;
  RevocationCategory: RevocationCategory;
  ZoneDashboard: ResolverTypeWrapper<ZoneDashboard>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CodeLabel: CodeLabel;
  ContactsInput: ContactsInput;
  CreditClassChange: CreditClassChangeModel;
  CreditClassDecisionInput: CreditClassDecisionInput;
  CreditEvent: CreditEventModel;
  Int: Scalars['Int']['output'];
  CreditEventConnection: Connection<CreditEventModel>;
  CreditEventFilter: CreditEventFilter;
  CreditEventInput: CreditEventInput;
  CreditProfile: CreditProfileModel;
  CreditStatistics: CreditGroupRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Enterprise: EnterpriseModel;
  EnterpriseCertificate: EnterpriseCertificate;
  ID: Scalars['ID']['output'];
  EnterpriseConnection: Connection<EnterpriseModel>;
  EnterpriseFilter: EnterpriseFilter;
  FieldChange: FieldChange;
  JSON: Scalars['JSON']['output'];
  Month: Scalars['Month']['output'];
  Mutation: Record<PropertyKey, never>;
  NegativeListConnection: Connection<NegativeListEntryModel>;
  NegativeListEntry: NegativeListEntryModel;
  NegativeListFilter: NegativeListFilter;
  NegativeListInput: NegativeListInput;
  NegativeListMonth: NegativeListMonth;
  NegativeListRemovalInput: NegativeListRemovalInput;
  PageInfo: PageInfo;
  PersonalDataRead: PersonalDataReadModel;
  PersonalDataReadConnection: Connection<PersonalDataReadModel>;
  PersonalDataReadFilter: PersonalDataReadFilter;
  PublicNegativeListConnection: Connection<NegativeListEntryModel>;
  PublicNegativeListEntry: NegativeListEntryModel;
  PublicRevokedRegistration: EnterpriseVersionModel;
  PublicRevokedRegistrationConnection: Connection<EnterpriseVersionModel>;
  Query: Record<PropertyKey, never>;
  RegistrationDecisionInput: RegistrationDecisionInput;
  RegistrationInput: RegistrationInput;
  RegistrationStep: EnterpriseVersionModel;
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

export type AccessDirectiveResolver<Result, Parent, ContextType = CreditContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelDirectiveArgs = {
  of: Scalars['String']['input'];
  table: Scalars['String']['input'];
};

export type CodeLabelDirectiveResolver<Result, Parent, ContextType = CreditContext, Args = CodeLabelDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDirectiveArgs = {
  kind: Scalars['String']['input'];
  readers: Array<Scalars['String']['input']>;
};

export type PersonalDirectiveResolver<Result, Parent, ContextType = CreditContext, Args = PersonalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CodeLabelResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['CodeLabel'] = ResolversParentTypes['CodeLabel']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreditClassChangeResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['CreditClassChange'] = ResolversParentTypes['CreditClassChange']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromClass?: Resolver<Maybe<ResolversTypes['CreditClass']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toClass?: Resolver<ResolversTypes['CreditClass'], ParentType, ContextType>;
}>;

export type CreditEventResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['CreditEvent'] = ResolversParentTypes['CreditEvent'], FederationReferenceType extends FederationReferenceTypes['CreditEvent'] = FederationReferenceTypes['CreditEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CreditEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  scoreDelta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceDepartment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreditEventConnectionResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['CreditEventConnection'] = ResolversParentTypes['CreditEventConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['CreditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreditProfileResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['CreditProfile'] = ResolversParentTypes['CreditProfile']> = ResolversObject<{
  creditClass?: Resolver<ResolversTypes['CreditClass'], ParentType, ContextType, Partial<CreditProfileCreditClassArgs>>;
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CreditStatisticsResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['CreditStatistics'] = ResolversParentTypes['CreditStatistics']> = ResolversObject<{
  averageScore?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  creditClass?: Resolver<Maybe<ResolversTypes['CreditClass']>, ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['EnterpriseRole']>, ParentType, ContextType>;
  scoreBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type EnterpriseResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactTelephone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditClassChanges?: Resolver<Array<ResolversTypes['CreditClassChange']>, ParentType, ContextType>;
  creditEvents?: Resolver<Array<ResolversTypes['CreditEvent']>, ParentType, ContextType, RequireFields<EnterpriseCreditEventsArgs, 'last'>>;
  creditProfile?: Resolver<Maybe<ResolversTypes['CreditProfile']>, ParentType, ContextType>;
  customsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negativeListEntries?: Resolver<Array<ResolversTypes['NegativeListEntry']>, ParentType, ContextType>;
  onNegativeList?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<EnterpriseOnNegativeListArgs>>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['EnterpriseRole']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnterpriseStatus'], ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['EnterpriseStatus'], ParentType, ContextType, RequireFields<EnterpriseStatusOnArgs, 'on'>>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnterpriseCertificateResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['EnterpriseCertificate'] = ResolversParentTypes['EnterpriseCertificate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notAfter?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  notBefore?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnterpriseConnectionResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface MonthScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Month'], any> {
  name: 'Month';
}

export type MutationResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addToNegativeList?: Resolver<ResolversTypes['NegativeListEntry'], ParentType, ContextType, RequireFields<MutationAddToNegativeListArgs, 'entry'>>;
  applyForRegistration?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationApplyForRegistrationArgs, 'application'>>;
  decideRegistration?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationDecideRegistrationArgs, 'decision'>>;
  grantCertification?: Resolver<ResolversTypes['CreditClassChange'], ParentType, ContextType, RequireFields<MutationGrantCertificationArgs, 'decision'>>;
  recordCreditEvent?: Resolver<ResolversTypes['CreditEvent'], ParentType, ContextType, RequireFields<MutationRecordCreditEventArgs, 'event'>>;
  registerCertificate?: Resolver<ResolversTypes['EnterpriseCertificate'], ParentType, ContextType, RequireFields<MutationRegisterCertificateArgs, 'pem' | 'uscc'>>;
  registerEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationRegisterEnterpriseArgs, 'effectiveOn' | 'reason' | 'registration'>>;
  removeFromNegativeList?: Resolver<ResolversTypes['NegativeListEntry'], ParentType, ContextType, RequireFields<MutationRemoveFromNegativeListArgs, 'removal'>>;
  revokeCertificate?: Resolver<ResolversTypes['EnterpriseCertificate'], ParentType, ContextType, RequireFields<MutationRevokeCertificateArgs, 'serialNumber' | 'uscc'>>;
  withdrawCertification?: Resolver<ResolversTypes['CreditClassChange'], ParentType, ContextType, RequireFields<MutationWithdrawCertificationArgs, 'decision'>>;
}>;

export type NegativeListConnectionResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['NegativeListConnection'] = ResolversParentTypes['NegativeListConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['NegativeListEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NegativeListEntryResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['NegativeListEntry'] = ResolversParentTypes['NegativeListEntry'], FederationReferenceType extends FederationReferenceTypes['NegativeListEntry'] = FederationReferenceTypes['NegativeListEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NegativeListEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evidenceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  listedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type NegativeListMonthResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['NegativeListMonth'] = ResolversParentTypes['NegativeListMonth']> = ResolversObject<{
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listedAtEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonalDataReadResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = ResolversObject<{
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

export type PersonalDataReadConnectionResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PersonalDataReadConnection'] = ResolversParentTypes['PersonalDataReadConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicNegativeListConnectionResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PublicNegativeListConnection'] = ResolversParentTypes['PublicNegativeListConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PublicNegativeListEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicNegativeListEntryResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PublicNegativeListEntry'] = ResolversParentTypes['PublicNegativeListEntry']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublicRevokedRegistrationResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PublicRevokedRegistration'] = ResolversParentTypes['PublicRevokedRegistration']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RevocationCategory'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublicRevokedRegistrationConnectionResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['PublicRevokedRegistrationConnection'] = ResolversParentTypes['PublicRevokedRegistrationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PublicRevokedRegistration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  creditEvents?: Resolver<ResolversTypes['CreditEventConnection'], ParentType, ContextType, RequireFields<QueryCreditEventsArgs, 'first'>>;
  creditPersonalDataReads?: Resolver<ResolversTypes['PersonalDataReadConnection'], ParentType, ContextType, RequireFields<QueryCreditPersonalDataReadsArgs, 'first'>>;
  creditStatistics?: Resolver<Array<ResolversTypes['CreditStatistics']>, ParentType, ContextType, RequireFields<QueryCreditStatisticsArgs, 'groupBy'>>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'uscc'>>;
  enterpriseByCustomsCode?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseByCustomsCodeArgs, 'customsCode'>>;
  enterpriseCertificates?: Resolver<Array<ResolversTypes['EnterpriseCertificate']>, ParentType, ContextType, RequireFields<QueryEnterpriseCertificatesArgs, 'uscc'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first'>>;
  enterprisesByCode?: Resolver<Array<Maybe<ResolversTypes['Enterprise']>>, ParentType, ContextType, RequireFields<QueryEnterprisesByCodeArgs, 'codes'>>;
  negativeList?: Resolver<ResolversTypes['NegativeListConnection'], ParentType, ContextType, RequireFields<QueryNegativeListArgs, 'first'>>;
  negativeListMonths?: Resolver<Array<ResolversTypes['NegativeListMonth']>, ParentType, ContextType, RequireFields<QueryNegativeListMonthsArgs, 'fromPeriod' | 'toPeriod'>>;
  ownEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  publicNegativeList?: Resolver<ResolversTypes['PublicNegativeListConnection'], ParentType, ContextType, RequireFields<QueryPublicNegativeListArgs, 'first'>>;
  publicRevokedRegistrations?: Resolver<ResolversTypes['PublicRevokedRegistrationConnection'], ParentType, ContextType, RequireFields<QueryPublicRevokedRegistrationsArgs, 'first'>>;
  registrationHistory?: Resolver<Array<ResolversTypes['RegistrationStep']>, ParentType, ContextType, RequireFields<QueryRegistrationHistoryArgs, 'uscc'>>;
  signingCertificate?: Resolver<Maybe<ResolversTypes['EnterpriseCertificate']>, ParentType, ContextType, RequireFields<QuerySigningCertificateArgs, 'serialNumber' | 'uscc'>>;
}>;

export type RegistrationStepResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['RegistrationStep'] = ResolversParentTypes['RegistrationStep']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revocationCategory?: Resolver<Maybe<ResolversTypes['RevocationCategory']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnterpriseStatus'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ZoneDashboardResolvers<ContextType = CreditContext, ParentType extends ResolversParentTypes['ZoneDashboard'] = ResolversParentTypes['ZoneDashboard'], FederationReferenceType extends FederationReferenceTypes['ZoneDashboard'] = FederationReferenceTypes['ZoneDashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ZoneDashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  negativeListAdditions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onNegativeList?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CreditContext> = ResolversObject<{
  CodeLabel?: CodeLabelResolvers<ContextType>;
  CreditClassChange?: CreditClassChangeResolvers<ContextType>;
  CreditEvent?: CreditEventResolvers<ContextType>;
  CreditEventConnection?: CreditEventConnectionResolvers<ContextType>;
  CreditProfile?: CreditProfileResolvers<ContextType>;
  CreditStatistics?: CreditStatisticsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseCertificate?: EnterpriseCertificateResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Month?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NegativeListConnection?: NegativeListConnectionResolvers<ContextType>;
  NegativeListEntry?: NegativeListEntryResolvers<ContextType>;
  NegativeListMonth?: NegativeListMonthResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  PersonalDataReadConnection?: PersonalDataReadConnectionResolvers<ContextType>;
  PublicNegativeListConnection?: PublicNegativeListConnectionResolvers<ContextType>;
  PublicNegativeListEntry?: PublicNegativeListEntryResolvers<ContextType>;
  PublicRevokedRegistration?: PublicRevokedRegistrationResolvers<ContextType>;
  PublicRevokedRegistrationConnection?: PublicRevokedRegistrationConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegistrationStep?: RegistrationStepResolvers<ContextType>;
  ZoneDashboard?: ZoneDashboardResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CreditContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
  codeLabel?: CodeLabelDirectiveResolver<any, any, ContextType>;
  personal?: PersonalDirectiveResolver<any, any, ContextType>;
}>;
