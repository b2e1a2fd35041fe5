/**
 * The rows of inspection statistics, one per group as the SQL returns them: what the
 * GraphQL types resolve from (codegen.yml maps them). Types only, so that the generated resolver types
 * need not import the resolvers.
 */
export interface InspectionGroupRow {
  productCategory?: string | null;
  originCountry?: string | null;
  creditClass?: string | null;
  decided: number;
  inspected: number;
  inspectionRate: string;
  passed: number;
  failed: number;
  passRate: string;
}
