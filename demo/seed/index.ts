import type { PrismaLike } from "../../lib/db/database";
import type { Department } from "../../lib/departments";
import type { World } from "../world";
import { seedCiq } from "./ciq";
import { seedCredit } from "./credit";
import { seedCustoms } from "./customs";
import { seedFinance } from "./finance";
import { seedLogistics } from "./logistics";

/**
 * How each department's slice of the demo world is stored. Seeding is not part of a department's production
 * contract, so it lives here, above the departments, and uses their rule functions as live filings do.
 * Each launcher hands a seed only the client that department's own service created (see subgraphs/index.ts).
 */
export const DEMO_SEEDS = { customs: seedCustoms, ciq: seedCiq, credit: seedCredit, logistics: seedLogistics, finance: seedFinance } as unknown as Record<
  Department,
  (prisma: PrismaLike, world: World) => Promise<void>
>;
