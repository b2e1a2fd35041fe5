/**
 * The dependency rules of docs/architecture.md, checked in CI (`npm run lint:deps`):
 * lib/ is the ground floor; departments never import each other (their data meets through the graph);
 * demo/, scripts/ and bench/ stand above the departments; nothing imports the tests.
 */
const above = "^(gateway|subgraphs|demo|scripts|bench)/";
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "An import cycle ties modules that should stand apart (generated code aside).",
      from: { pathNot: "(__generated__|/generated/)" },
      to: { circular: true, viaOnly: { pathNot: "(__generated__|/generated/)" } },
    },
    {
      name: "lib-is-the-ground-floor",
      severity: "error",
      comment: "lib/ imports nothing above it.",
      from: { path: "^lib/" },
      to: { path: [above, "^prisma/[^/]+/generated/"] },
    },
    {
      name: "departments-never-import-each-other",
      severity: "error",
      comment: "A department reads another department's data through the graph, never its code.",
      from: { path: "^subgraphs/([^/]+)/" },
      to: { path: "^(subgraphs|prisma)/[^/]+/", pathNot: ["^subgraphs/$1/", "^prisma/$1/"] },
    },
    {
      name: "departments-stand-alone",
      severity: "error",
      comment: "A department imports lib/ and its own code only: not the gateway, the demo, the launchers or the benchmarks.",
      from: { path: "^subgraphs/" },
      to: { path: "^(gateway|demo|scripts|bench)/" },
    },
    {
      name: "gateway-knows-no-department",
      severity: "error",
      comment: "The gateway sees departments only through the supergraph.",
      from: { path: "^gateway/" },
      to: { path: "^(subgraphs|prisma|demo|scripts|bench)/" },
    },
    {
      name: "demo-below-launchers",
      severity: "error",
      from: { path: "^demo/" },
      to: { path: "^(gateway|scripts|bench)/" },
    },
    {
      name: "nothing-imports-tests",
      severity: "error",
      comment: "Tests depend on the code, never the other way round (a unit test beside its module may use the test helpers).",
      from: { pathNot: "^test/|\\.test\\.ts$" },
      to: { path: "^test/|\\.test\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^node_modules|^dist|^coverage)" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".js", ".json"] },
  },
};
