/**
 * The rows of credit statistics, one per group as the SQL returns them: what the
 * GraphQL types resolve from (codegen.yml maps them). Types only, so that the generated resolver types
 * need not import the resolvers.
 */
export interface CreditGroupRow {
  creditClass?: string | null;
  scoreBand?: string | null;
  role?: string | null;
  enterprises: number;
  averageScore: string | null;
}
