import { SAMPLING_RULES, type SamplingRule } from "../../subgraphs/ciq/rules/inspection-sampling";

/**
 * The sampling rates of every test system: production's rules, in force on the same days, with 0 for goods
 * of low and medium risk and 1 for high-risk goods whatever the credit class (a dishonest enterprise
 * included: max(base, 0) is the base). A test's list is inspected because its goods are high-risk, never
 * because of the draw, which stays the secret random one production uses; production's own rates are
 * unit-tested in subgraphs/ciq/rules.
 */
export const TEST_SAMPLING_RULES: readonly SamplingRule[] = SAMPLING_RULES.map((rule) => ({
  ...rule,
  baseRate: { LOW: "0", MEDIUM: "0", HIGH: "1" },
  classFactor: { ADVANCED_CERTIFIED: "1", GENERAL_CERTIFIED: "1", GENERAL: "1" },
  dishonestRate: "0",
  unknownClassFactor: "1",
  source: `${rule.source}; test rates: risk alone decides`,
}));
