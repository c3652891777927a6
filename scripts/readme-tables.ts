// Prints the README's generated tables (validation rules, slash commands, Action inputs and outputs)
// from their single sources, so `tests/readme.test.ts` can check the README still matches them.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { renderCommandTable } from "../src/core/routing/command-permissions.js";
import { RULES } from "../src/core/validate/rules.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function rulesTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.what)} | ${cell(r.fix)} |`);
  return ["| rule | severity | what it means | how to fix it |", "|---|---|---|---|", ...rows].join("\n");
}

export function commandsTables(): string {
  return [
    "On persona questions:",
    "",
    renderCommandTable("question"),
    "",
    "On survey-question proposals:",
    "",
    renderCommandTable("survey"),
  ].join("\n");
}

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export function actionTables(root = new URL("..", import.meta.url)): string {
  const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as ActionYaml;
  const inputs = Object.entries(action.inputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description.trim())} | ${spec.default === undefined ? "" : `\`${spec.default}\``} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description.trim())} |`);
  return ["| input | description | default |", "|---|---|---|", ...inputs, "", "| output | description |", "|---|---|", ...outputs].join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  process.stdout.write(`${rulesTable()}\n\n${commandsTables()}\n\n${actionTables()}\n`);
}
