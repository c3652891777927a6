import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { PlanWarning } from "../plan/operation.js";
import {
  anchorCodeownersPattern,
  compileCodeownersPattern,
  isLiteralPattern,
  literalCodeownersPattern,
  unescapePattern,
} from "./codeowners-pattern.js";
import { compareText } from "./compare-text.js";

/** One generated CODEOWNERS line. */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  /** Ids of the personas whose champions own it. */
  personas: string[];
  /** Repository paths the rule covers, to spot hand-written rules that override it. */
  probes: string[];
}

/** How many covered paths are kept per rule for the override check; one hit is enough to warn. */
const MAX_PROBES = 50;

/**
 * The generated rules: each persona's doc, its `paths` entries, and its survey questions file when the
 * repository has one, owned by its champions (or `routing.fallbackChampions` when it has none). Two
 * personas claiming one pattern share it. Since the last matching rule wins, rules are ordered from
 * broad to narrow (globs, then directories, then files, shallower first), so a narrower rule is never
 * overridden by a broader one from another persona.
 */
export function collectCodeownersRules(
  personas: readonly Persona[],
  config: Pick<Config, "routing" | "survey">,
  paths: ReadonlySet<string>,
): { rules: CodeownersRule[]; warnings: PlanWarning[] } {
  const byPattern = new Map<string, { owners: string[]; personas: string[] }>();
  const warnings: PlanWarning[] = [];
  const questionsDir = config.survey.questionsPath.replace(/^\/+|\/+$/g, "");
  for (const persona of [...personas].sort((a, b) => compareText(a.id, b.id))) {
    const owners = persona.champions.length > 0 ? persona.champions.map((handle) => handle.handle) : config.routing.fallbackChampions;
    if (owners.length === 0) {
      warnings.push({
        file: persona.file,
        line: persona.keyLines["champions"] ?? persona.keyLines["name"] ?? 1,
        rule: "codeowners-no-owners",
        message: `persona ${persona.name} has no champions and routing.fallbackChampions is empty, so CODEOWNERS gets no rule for its doc; add champions or fallback champions`,
      });
      continue;
    }
    const questions = `${questionsDir}/${persona.id}.yml`;
    const patterns = [
      literalCodeownersPattern(persona.file),
      ...persona.paths.map(anchorCodeownersPattern),
      ...(paths.has(questions) ? [literalCodeownersPattern(questions)] : []),
    ];
    for (const pattern of patterns) {
      const rule = byPattern.get(pattern) ?? { owners: [], personas: [] };
      for (const owner of owners) if (!rule.owners.some((o) => o.toLowerCase() === owner.toLowerCase())) rule.owners.push(owner);
      if (!rule.personas.includes(persona.id)) rule.personas.push(persona.id);
      byPattern.set(pattern, rule);
    }
  }
  const docs = new Set(personas.map((persona) => persona.file));
  const isFile = (path: string) => paths.has(path) || docs.has(path);
  const rules = [...byPattern].map(([pattern, rule]) => ({ pattern, ...rule, probes: probesFor(pattern, paths) }));
  return { rules: rules.sort((a, b) => compareRules(a, b, isFile)), warnings };
}

function probesFor(pattern: string, paths: ReadonlySet<string>): string[] {
  const probes = new Set<string>();
  const literal = isLiteralPattern(pattern) ? unescapePattern(pattern) : undefined;
  if (literal !== undefined && !literal.endsWith("/")) probes.add(literal);
  if (literal === undefined || !paths.has(literal)) {
    const regex = compileCodeownersPattern(pattern);
    for (const path of paths) if (regex.test(path)) probes.add(path);
  }
  return [...probes].sort(compareText).slice(0, MAX_PROBES);
}

function compareRules(a: CodeownersRule, b: CodeownersRule, isFile: (path: string) => boolean): number {
  return rank(a.pattern, isFile) - rank(b.pattern, isFile) || depth(a.pattern) - depth(b.pattern) || compareText(a.pattern, b.pattern);
}

function rank(pattern: string, isFile: (path: string) => boolean): number {
  if (!isLiteralPattern(pattern)) return 0;
  return isFile(unescapePattern(pattern)) ? 2 : 1;
}

function depth(pattern: string): number {
  return pattern.replace(/\/+$/, "").split("/").length;
}
