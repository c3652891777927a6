// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the persona-gov CLI).
// ESM output needs a createRequire banner because gray-matter and other dependencies are CommonJS.
// The output must be byte-for-byte reproducible, because CI rebuilds it and fails on any difference:
// no source maps, no timestamps, and paths in esbuild's comments relative to the repository root
// whatever directory the script is started from.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

const banner = [
  "import { createRequire as __pgCreateRequire } from 'node:module';",
  "const require = __pgCreateRequire(import.meta.url);",
].join("\n");

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  // The Action runs on node24 and the CLI on Node >= 20; target the older one so both work.
  target: "node20",
  format: "esm",
  banner: { js: banner },
  legalComments: "none",
  logLevel: "warning",
  sourcemap: false,
  minify: false,
};

await build({ ...common, entryPoints: ["action/index.ts"], outfile: "dist/index.js" });
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js" });
