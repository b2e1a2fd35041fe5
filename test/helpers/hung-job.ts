/**
 * A replica of customs' job engine whose periodic job never ends, run as its own process by
 * test/job-heartbeat.test.ts, which kills it in the middle of that job. Prints "running" when the job starts.
 */
import { logger } from "../../lib/logger";
import { startJobs } from "../../lib/service/jobs";

async function main(url: string, queue: string): Promise<void> {
  const jobs = await startJobs("customs", { driver: "pg", url }, logger);
  await jobs.every(queue, 1000, () => {
    console.log("running");
    return new Promise(() => {});
  });
}

main(process.argv[2]!, process.argv[3]!).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
