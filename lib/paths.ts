import { existsSync } from "node:fs";
import path from "node:path";

/** The repository root, found from here whether the code runs from source (tsx, jest) or from dist/. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + __dirname);
    dir = parent;
  }
  return dir;
})();
