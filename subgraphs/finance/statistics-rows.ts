/**
 * The rows of payment, tax-bill payment and export rebate statistics, one per group as the SQL returns them: what the
 * GraphQL types resolve from (codegen.yml maps them). Types only, so that the generated resolver types
 * need not import the resolvers.
 */
export interface PaymentGroupRow {
  month?: string;
  paymentCompanyCode?: string;
  currency?: string;
  payments: number;
  volume: string;
}

/** A month of tax bills as finance knows it: its key, and the bills' total when the gateway brings it (@requires). */
export interface TaxBillMonthRef {
  period: string;
  total?: string | null;
}

export interface TaxBillPaymentMonthRow {
  period: string;
  payments: number;
  paid: string;
}

export interface RebateGroupRow {
  month?: string;
  hsChapter?: string;
  destinationCountry?: string;
  status?: string;
  applications: number;
  claimed: string;
  approved: number;
  rejected: number;
  approvedAmount: string;
  paid: string;
}
