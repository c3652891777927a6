import { describe, expect, it } from "vitest";
import { parseIssueForm, readFormFields } from "../../../src/core/routing/parse-issue-form.js";
import { PERSONA_QUESTION_FORM } from "../../../src/core/routing/question-form-fields.js";
import { questionForm } from "./routing-fixtures.js";

const FIELDS = PERSONA_QUESTION_FORM.fields;

describe("parseIssueForm", () => {
  it("reads a body exactly as GitHub renders a form submission", () => {
    expect(parseIssueForm(questionForm())).toEqual({
      persona: "SRE",
      "your question": "How do SREs page each other during an incident?",
      context: "",
      urgency: "Whenever convenient",
    });
  });

  it("treats _No response_ as empty and keeps multi-line values with their inner blank lines", () => {
    const body = questionForm({ context: "First paragraph.\n\n- a list\n- of things", urgency: "_No response_" });
    const sections = parseIssueForm(body);
    expect(sections["context"]).toBe("First paragraph.\n\n- a list\n- of things");
    expect(sections["urgency"]).toBe("");
  });

  it("copes with CRLF line endings and extra blank lines", () => {
    const body = "### Persona\r\n\r\n\r\n\r\nSRE\r\n\r\n\r\n### Your question\r\n\r\nWhy?\r\n";
    expect(parseIssueForm(body)).toEqual({ persona: "SRE", "your question": "Why?" });
  });

  it("matches headings case-insensitively, ignoring emphasis and a trailing colon", () => {
    const body = "### PERSONA:\n\nWeb Developer\n\n### **your Question**\n\nHi";
    expect(readFormFields(body, FIELDS).values).toEqual({ persona: "Web Developer", question: "Hi" });
  });

  it("ignores text before the first heading and keeps text appended after the last one in that value", () => {
    const body = `Hello team, see below.\n\n${questionForm()}\n\nEDIT: it is urgent after all`;
    const { values } = readFormFields(body, FIELDS);
    expect(values.persona).toBe("SRE");
    expect(values.urgency).toBe("Whenever convenient\n\nEDIT: it is urgent after all");
  });

  it("does not split a value at a heading inside a code fence", () => {
    const body = questionForm({ context: "```md\n### Persona\n\nWeb Developer\n```\nstill context" });
    const { values } = readFormFields(body, FIELDS);
    expect(values.persona).toBe("SRE");
    expect(values.context).toBe("```md\n### Persona\n\nWeb Developer\n```\nstill context");
  });

  it("does not take a quoted heading for a field", () => {
    const body = "> ### Persona\n>\n> Web Developer\n\n### Persona\n\nSRE";
    expect(readFormFields(body, FIELDS).values.persona).toBe("SRE");
  });

  it("keeps a user's own ### heading inside a known field's value", () => {
    const body = questionForm({ context: "### Details\n\nWe run 40 services." });
    const { values } = readFormFields(body, FIELDS);
    expect(values.context).toBe("### Details\n\nWe run 40 services.");
    // The generic parse (no known labels) splits at every ### heading, as GitHub renders them.
    expect(parseIssueForm(body)["details"]).toBe("We run 40 services.");
  });

  it("accepts a known heading at another level, but the generic parse only takes ###", () => {
    const body = "## Persona\n\nSRE\n\n#### Your question\n\nWhy?";
    expect(readFormFields(body, FIELDS).values).toEqual({ persona: "SRE", question: "Why?" });
    expect(parseIssueForm(body)).toEqual({});
  });

  it("keeps the first non-empty value when a field heading appears twice", () => {
    const body = "### Persona\n\n_No response_\n\n### Persona\n\nSRE\n\n### Persona\n\nWeb Developer";
    expect(readFormFields(body, FIELDS).values.persona).toBe("SRE");
  });

  it("reports found-but-empty fields separately from values", () => {
    const reading = readFormFields(questionForm(), FIELDS);
    expect(reading.found).toEqual(["persona", "question", "context", "urgency"]);
    expect(reading.values.context).toBeUndefined();
    expect(readFormFields("just a plain issue", FIELDS)).toEqual({ found: [], values: {} });
  });

  it("is not fooled by headings named after object properties", () => {
    const sections = parseIssueForm("### constructor\n\nx\n\n### __proto__\n\ny");
    expect(sections["constructor"]).toBe("x");
    expect(Object.getPrototypeOf(sections)).toBe(Object.prototype);
  });
});
