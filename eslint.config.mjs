// Flat config. The boundary rules are the point: src/core stays pure, action/ never pulls in probot.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "examples/**", "bin/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts", "action/**/*.ts"],
    rules: { "no-console": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["probot", "@actions/*", "@octokit/*", "node:*", "fs", "path", "os", "child_process", "http", "https"], message: "src/core is pure: no I/O, no GitHub SDK." },
            { group: ["**/github/**", "**/app/**", "**/flows/**", "**/cli/**"], message: "src/core imports nothing outside itself." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "fetch"],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "Pass the time in." }],
    },
  },
  {
    files: ["action/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ["probot"], patterns: ["**/app/**"] }] },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
