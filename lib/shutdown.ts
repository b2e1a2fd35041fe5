/**
 * Stops a process cleanly on SIGTERM or SIGINT: `stop` runs once (a second signal does not start it
 * again), then the process exits.
 */
export function stopOnSignals(stop: () => Promise<unknown>): void {
  let stopping = false;
  const handle = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on("SIGTERM", handle);
  process.on("SIGINT", handle);
}
