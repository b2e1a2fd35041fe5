/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/lib", "<rootDir>/gateway", "<rootDir>/subgraphs", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // jose 6 ships only ES modules; jest's CommonJS runtime needs them rewritten.
    "node_modules/jose/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  // The generated Prisma clients import their siblings as "./x.js" (node16 resolution).
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.js"],
  setupFiles: ["<rootDir>/test/helpers/quiet-logs.ts"],
  testTimeout: 120000,
};
