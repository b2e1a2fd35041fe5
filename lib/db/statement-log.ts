import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

/**
 * Records every SQL statement a Prisma client sends through its driver adapter. Tests and benchmarks use it
 * to prove that a list of N items costs a constant number of statements.
 */
export class StatementLog {
  private entries: string[] = [];

  get count(): number {
    return this.entries.length;
  }

  get statements(): readonly string[] {
    return this.entries;
  }

  reset(): void {
    this.entries = [];
  }

  record(sql: string): void {
    this.entries.push(sql);
  }

  /** Wraps an adapter factory so that every connection and transaction made from it reports here. */
  wrap(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
    const record = (sql: string) => this.record(sql);
    const counting = <T extends SqlQueryable>(target: T): T =>
      new Proxy(target, {
        get(object, property, receiver) {
          const value = Reflect.get(object, property, receiver);
          if (typeof value !== "function") return value;
          if (property === "queryRaw" || property === "executeRaw") {
            return (query: { sql: string }) => {
              record(query.sql);
              return value.call(object, query);
            };
          }
          if (property === "startTransaction") {
            return async (...args: unknown[]) => counting(await value.apply(object, args));
          }
          return value.bind(object);
        },
      });
    return new Proxy(factory, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (property === "connect" && typeof value === "function") {
          return async () => counting<SqlDriverAdapter>(await value.call(object));
        }
        return typeof value === "function" ? value.bind(object) : value;
      },
    });
  }
}
