import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writing an event takes the outbox's department-wide advisory lock until the transaction ends
 * (lib/service/outbox.ts): a write after it would hold every other writer of the department's events while
 * it runs, and can deadlock against a transaction that locked that row first. So the event is written last.
 */
const EVENT_CALL = /\b(recordEvents?|recordFilingEvent|registrationEvent)\(tx\b/;
const WRITE = /\btx\.\w+\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\btx\.\$execute/;
// The end of the transaction's callback (or of the helper) the event is written in.
const BLOCK_END = /^\s*\}\)?[),;]*\s*$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("an outbox event", () => {
  it("is the last write of its transaction in every department", () => {
    const late: string[] = [];
    let calls = 0;
    for (const file of sources(join(__dirname, "..", "subgraphs"))) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, index) => {
        if (!EVENT_CALL.test(line)) return;
        calls++;
        for (let next = index + 1; next < lines.length && !BLOCK_END.test(lines[next]!); next++) {
          if (WRITE.test(lines[next]!)) late.push(`${file}:${next + 1}: ${lines[next]!.trim()}`);
        }
      });
    }
    expect(calls).toBeGreaterThan(20);
    expect(late).toEqual([]);
  });
});
