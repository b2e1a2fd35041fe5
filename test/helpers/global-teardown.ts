import { removeTemplate, RUN_DIR_VARIABLE } from "./template";

export default async function globalTeardown(): Promise<void> {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (dir) await removeTemplate(dir);
}
