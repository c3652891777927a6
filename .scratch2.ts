import { parseDocument, LineCounter, Parser, Composer } from "yaml";
import { parseYaml } from "./src/core/yaml/parse-yaml.js";
const fm = `
name: "Persona 12"
champions: ["@acme/persona-12-champions", "@user12"]
aliases: ["P12", "Persona number 12"]
status: active
size: 62
summary: "Developers of product area 12, building and running its services."
`;
const N = 10000;
const texts = Array.from({ length: N }, (_, i) => fm + "#" + i);
function time(label: string, fn: (s: string) => unknown) {
  let best = Infinity;
  for (let r = 0; r < 4; r++) { const t = process.cpuUsage(); for (const s of texts) fn(s); best = Math.min(best, process.cpuUsage(t).user / 1000); }
  console.log(label.padEnd(30), best.toFixed(0), "ms per 10k");
}
time("parseYaml", (s) => parseYaml(s, 0));
time("parseDocument plain", (s) => parseDocument(s));
time("parseDocument+lc", (s) => parseDocument(s, { lineCounter: new LineCounter() }));
time("parseDocument opts", (s) => parseDocument(s, { lineCounter: new LineCounter(), schema: "core", uniqueKeys: true, prettyErrors: false, strict: true }));
time("parseDocument+toJS", (s) => parseDocument(s, { schema: "core" }).toJS({ maxAliasCount: 50 }));
time("Parser tokens only", (s) => { for (const _ of new Parser().parse(s)); });
time("lexer+parser+composer", (s) => { const c = new Composer({}); for (const _ of c.compose(new Parser().parse(s))); });
import jsyaml from "js-yaml";
time("js-yaml load", (s) => (jsyaml as any).load(s, { schema: (jsyaml as any).CORE_SCHEMA }));
