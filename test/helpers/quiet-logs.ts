// Service logs would bury the test report; a failing test still shows warnings and errors.
process.env.LOG_LEVEL ??= "warn";
