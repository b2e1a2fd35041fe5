/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/lib", "<rootDir>/gateway", "<rootDir>/subgraphs", "<rootDir>/demo", "<rootDir>/bench", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // jose 6 ships only ES modules; on Node 24 jest loads them through require(esm), untransformed.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // The generated Prisma clients import their siblings as "./x.js" (node16 resolution).
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.js"],
  setupFiles: ["<rootDir>/test/helpers/quiet-logs.ts"],
  // The demo world is migrated and seeded once per run; each integration suite opens a copy of it.
  globalSetup: "<rootDir>/test/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
  testTimeout: 120000,
  // jest's default is one worker less than the cores, one on a 2-core machine; an integration suite waits on
  // its own servers often enough that two share two cores well.
  maxWorkers: 2,
};
