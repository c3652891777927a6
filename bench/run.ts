/**
 * `npm run bench`: runs every benchmark module in turn and prints their Markdown tables. Each module
 * exports `run(): Promise<string>`; add yours to the list.
 */
const benches: { name: string; load: () => Promise<{ run: () => Promise<string> }> }[] = [
  { name: "survey", load: () => import("./survey.js") },
  { name: "sync-api-calls", load: () => import("./sync-api-calls.js") },
  { name: "validate", load: () => import("./validate.js") },
  { name: "app-webhooks", load: () => import("./app-webhooks.js") },
];

const only = process.argv.slice(2);
for (const bench of benches) {
  if (only.length > 0 && !only.includes(bench.name)) continue;
  const { run } = await bench.load();
  process.stdout.write(`${await run()}\n\n`);
}
