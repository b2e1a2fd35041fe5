import { loadEnv } from "../config";

/** The ceiling is read when the module loads, so each case loads its own copy under its own environment. */
function paginationUnder(pageSizeMax: string | undefined): typeof import("./pagination") {
  const saved = process.env.PAGE_SIZE_MAX;
  if (pageSizeMax === undefined) delete process.env.PAGE_SIZE_MAX;
  else process.env.PAGE_SIZE_MAX = pageSizeMax;
  try {
    let loaded: typeof import("./pagination") | undefined;
    jest.isolateModules(() => {
      // A fresh copy needs a synchronous load inside isolateModules; an import would share the cached module.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require("./pagination") as typeof import("./pagination");
    });
    return loaded!;
  } finally {
    if (saved === undefined) delete process.env.PAGE_SIZE_MAX;
    else process.env.PAGE_SIZE_MAX = saved;
  }
}

const order = { fields: ["id"] as const, direction: "asc" as const };
const rows = (take: number) => Promise.resolve(Array.from({ length: take }, (_, id) => ({ id })));
const unlimited = { rows: ({ take }: { take: number }) => rows(take), count: () => Promise.resolve(Number.MAX_SAFE_INTEGER) };

describe("the page size ceiling", () => {
  it("is 100 by default, refusing more with the usual message", async () => {
    const { paginate, MAX_PAGE_SIZE } = paginationUnder(undefined);
    expect(MAX_PAGE_SIZE).toBe(100);
    expect((await paginate({ first: 100 }, order, {}, unlimited)).nodes).toHaveLength(100);
    await expect(paginate({ first: 101 }, order, {}, unlimited)).rejects.toThrow("must be at most 100; page with `after`");
  });

  it("follows PAGE_SIZE_MAX", async () => {
    const { paginate, MAX_PAGE_SIZE } = paginationUnder("1000");
    expect(MAX_PAGE_SIZE).toBe(1000);
    expect((await paginate({ first: 1000 }, order, {}, unlimited)).nodes).toHaveLength(1000);
    await expect(paginate({ first: 1001 }, order, {}, unlimited)).rejects.toThrow("must be at most 1000; page with `after`");
  });

  it("accepts only whole numbers from 1 to 10000", () => {
    for (const bad of ["0", "10001", "1.5", "many"]) expect(() => loadEnv({ PAGE_SIZE_MAX: bad })).toThrow(/PAGE_SIZE_MAX/);
    expect(loadEnv({ PAGE_SIZE_MAX: "10000" }).PAGE_SIZE_MAX).toBe(10_000);
  });
});
