// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the persona-gov CLI).
// ESM output needs a createRequire banner because gray-matter and other dependencies are CommonJS.
import { build } from "esbuild";

const banner = [
  "import { createRequire as __pgCreateRequire } from 'node:module';",
  "const require = __pgCreateRequire(import.meta.url);",
].join("\n");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  banner: { js: banner },
  legalComments: "none",
  logLevel: "warning",
  // Deterministic output: CI rebuilds and compares byte for byte.
  sourcemap: false,
  minify: false,
};

await build({ ...common, entryPoints: ["action/index.ts"], outfile: "dist/index.js" });
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js" });
