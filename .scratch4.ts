import { generateRepository } from "./bench/validate-docs.js";
import { parsePersona } from "./src/core/persona/parse-persona.js";
import { defaultConfig } from "./src/core/config/parse-config.js";
import { resolvePhases } from "./src/core/config/resolve-phases.js";
const snap = generateRepository(10000);
const config = defaultConfig(); const phases = resolvePhases(config);
const entries = [...snap.files.entries()].filter(([k]) => k.startsWith("personas/"));
const gc = (globalThis as any).gc;
for (const pick of ["sections", "links", "workflow", "keyLines", "champions", "name", "aliases"] as const) {
  gc(); const before = process.memoryUsage().heapUsed;
  const keep = []; for (const [f, b] of entries) keep.push((parsePersona(f, b, { config, phases }).persona as any)[pick]);
  gc(); console.log(pick.padEnd(10), ((process.memoryUsage().heapUsed - before) / entries.length).toFixed(0));
}
