import { generateRepository } from "./bench/validate-docs.js";
import { parsePersona } from "./src/core/persona/parse-persona.js";
import { defaultConfig } from "./src/core/config/parse-config.js";
import { resolvePhases } from "./src/core/config/resolve-phases.js";
import { readMarkdownBody } from "./src/core/persona/markdown-body.js";
import { parseMarkdown } from "./src/core/persona/parse-markdown.js";
import { parseYaml } from "./src/core/yaml/parse-yaml.js";
const snap = generateRepository(10000);
const config = defaultConfig(); const phases = resolvePhases(config);
const entries = [...snap.files.entries()].filter(([k]) => k.startsWith("personas/"));
const dec = new TextDecoder();
const texts = entries.map(([, v]) => dec.decode(v));
const bodies = texts.map((t) => t.slice(t.indexOf("\n---", 4) + 4));
const fms = texts.map((t) => t.slice(3, t.indexOf("\n---", 4)));
function time(label: string, fn: () => unknown) {
  let best = Infinity;
  for (let r = 0; r < 3; r++) { const t = process.cpuUsage(); fn(); best = Math.min(best, process.cpuUsage(t).user / 1000); }
  console.log(label.padEnd(30), best.toFixed(0));
}
time("parsePersona discard", () => { for (const [f, b] of entries) parsePersona(f, b, { config, phases }); });
time("parsePersona keep", () => { const keep = []; for (const [f, b] of entries) keep.push(parsePersona(f, b, { config, phases })); return keep; });
time("decode", () => { for (const [, b] of entries) dec.decode(b); });
time("yaml", () => { for (const f of fms) parseYaml(f, 0); });
time("markdown-it", () => { for (const b of bodies) parseMarkdown(b); });
time("readMarkdownBody", () => { for (const b of bodies) readMarkdownBody(b, 9); });
