/**
 * The rows of declaration, export and tax-bill statistics, one per group as the SQL returns them: what the
 * GraphQL types resolve from (codegen.yml maps them). Types only, so that the generated resolver types
 * need not import the resolvers.
 */
export interface TaxBillMonthRow {
  period: string;
  bills: number;
  lists: number;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  total: string;
}

export interface DeclarationGroupRow {
  month?: string;
  day?: string;
  tradeMode?: string;
  hsChapter?: string;
  hsHeading?: string;
  originCountry?: string;
  platformCode?: string;
  ecommerceEnterpriseCode?: string;
  customsDistrict?: string;
  declarations: number;
  goodsValue: string;
  released: number;
  releasedShare: string;
  tax: string;
}

export interface ExportGroupRow {
  currency: string;
  parcels: number;
  released: number;
  goodsValue: string;
}
