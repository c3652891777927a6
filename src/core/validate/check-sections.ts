import { diagnostic, type Diagnostic, type Severity } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { PersonaSection } from "../persona/persona.js";
import { normalizeName } from "./check-identity.js";
import type { CheckedDoc, RuleContext } from "./rule-context.js";

/**
 * Persona docs share a shape so readers find the same things in the same place: the required sections
 * (errors), the recommended ones (warnings), each an H2 heading with something under it. A heading at
 * the wrong level or with a typo is pointed at, rather than reported as simply missing.
 */
export function checkSections(ctx: RuleContext): Diagnostic[] {
  const { requiredSections, recommendedSections } = ctx.config.personas;
  const required = new Set(requiredSections.map(normalizeName));
  const expected = new Set([...required, ...recommendedSections.map(normalizeName)]);
  const out: Diagnostic[] = [];
  for (const doc of ctx.docs) {
    if (!doc.body) continue;
    const h2 = doc.body.sections.filter((s) => s.depth === 2);
    const present = new Set(h2.map((s) => normalizeName(s.heading)));
    for (const name of requiredSections) out.push(...missingSection(doc, name, present, expected, "error"));
    for (const name of recommendedSections) {
      if (!required.has(normalizeName(name))) out.push(...missingSection(doc, name, present, expected, "warning"));
    }
    for (const section of h2) {
      if (section.text === "") out.push(emptySection(doc.file, section, required.has(normalizeName(section.heading))));
    }
  }
  return out;
}

function missingSection(doc: CheckedDoc, name: string, present: ReadonlySet<string>, expected: ReadonlySet<string>, severity: Severity): Diagnostic[] {
  if (present.has(normalizeName(name))) return [];
  const sections = doc.body?.sections ?? [];
  const rule = severity === "error" ? "section-missing" : "section-recommended";
  const kind = severity === "error" ? "required" : "recommended";
  const wrongLevel = sections.find((s) => s.depth !== 2 && normalizeName(s.heading) === normalizeName(name));
  if (wrongLevel) {
    return [at(doc.file, wrongLevel.line, severity, rule, `${kind} section "${name}" is a level-${wrongLevel.depth} heading`, `make it a level-2 heading: \`## ${name}\``)];
  }
  // A heading that is itself an expected section is not a misspelling of another one.
  const h2 = sections.filter((s) => s.depth === 2 && !expected.has(normalizeName(s.heading)));
  const nearHeading = closestMatch(name, h2.map((s) => s.heading));
  const near = nearHeading === undefined ? undefined : h2.find((s) => s.heading === nearHeading);
  if (near) {
    return [at(doc.file, near.line, severity, rule, `${kind} section "${name}" is missing; the heading "${near.heading}" looks like a misspelling of it`, `rename the heading to \`## ${name}\``)];
  }
  return [at(doc.file, doc.body?.firstLine ?? 1, severity, rule, `${kind} section "${name}" is missing`, `add a \`## ${name}\` section`)];
}

function emptySection(file: string, section: PersonaSection, required: boolean): Diagnostic {
  return at(file, section.line, required ? "error" : "warning", "section-empty", `section "${section.heading}" is empty`, required ? "write this required section" : "write the section, or remove the heading");
}

function at(file: string, line: number, severity: Severity, rule: string, message: string, suggestion: string): Diagnostic {
  return diagnostic({ file, line, column: 1, severity, rule, message, suggestion });
}
