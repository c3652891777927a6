import { TEMPLATES, type TemplateName } from "./templates.generated.js";

/**
 * Fills `{{name}}` placeholders in one of the embedded templates. An unknown placeholder is an error
 * rather than an empty string, so a typo in a template fails a test instead of shipping a blank.
 * Values are inserted as given: callers escape user text before passing it in.
 */
export function renderTemplate(name: TemplateName, values: Record<string, string>): string {
  return fillPlaceholders(TEMPLATES[name], values, name);
}

export function fillPlaceholders(text: string, values: Record<string, string>, source = "template"): string {
  return text.replace(/\{\{\s*([a-zA-Z][\w.-]*)\s*\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${source} uses {{${key}}}, which nothing provides`);
    return value;
  });
}

export function templateText(name: TemplateName): string {
  return TEMPLATES[name];
}
