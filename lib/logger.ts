import pino from "pino";
import { loadEnv } from "./config";

/** One JSON logger for every service; each service takes a child named after itself. */
export const logger = pino({ level: loadEnv().LOG_LEVEL, base: undefined });
