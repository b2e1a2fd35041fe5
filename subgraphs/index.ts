import type { DepartmentService } from "../lib/subgraph";
import type { PrismaLike } from "../lib/db/database";
import type { Department } from "../lib/departments";
import { ciq } from "./ciq";
import { credit } from "./credit";
import { customs } from "./customs";
import { finance } from "./finance";
import { logistics } from "./logistics";

/**
 * The five department services, for the launchers that run them together (start, seed, tests).
 * TypeScript cannot say "each entry with its own client type", so the map forgets the client type; every
 * launcher hands a service only the client that service itself created.
 */
export const SERVICES = { customs, ciq, credit, logistics, finance } as unknown as Record<Department, DepartmentService<PrismaLike, unknown>>;
