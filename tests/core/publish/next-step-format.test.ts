import { describe, expect, it } from "vitest";
import { findNextStepsSection } from "../../../src/core/publish/find-next-steps-section.js";
import {
  NEXT_STEP_DUE_PATTERN,
  NEXT_STEP_FIELD_PATTERN,
  NEXT_STEP_ID_PATTERN,
  NEXT_STEP_LINE_FORMAT,
  NEXT_STEP_OWNER_PATTERN,
  NEXT_STEP_TASK_PATTERN,
  renderNextStepLine,
} from "../../../src/core/publish/next-step-format.js";
import { wrapGenerated } from "../../../src/core/publish/generated-part.js";

describe("the next-step line format", () => {
  it("is written and read back through the same patterns", () => {
    const line = renderNextStepLine({ what: "Cut CI queue time for backend builds", owner: "@acme/ci-team", due: "2027-01-15", persona: "backend-developer", pain: "building" });
    expect(line).toBe("- [ ] Cut CI queue time for backend builds @acme/ci-team due:2027-01-15 persona:backend-developer pain:building");
    const task = NEXT_STEP_TASK_PATTERN.exec(line);
    expect(task?.[1]).toBe(" ");
    const rest = task?.[2] ?? "";
    expect(Object.fromEntries([...rest.matchAll(NEXT_STEP_FIELD_PATTERN)].map((match) => [match[1], match[2]]))).toEqual({ due: "2027-01-15", persona: "backend-developer", pain: "building" });
    expect([...rest.matchAll(NEXT_STEP_OWNER_PATTERN)].map((match) => match[1])).toEqual(["acme/ci-team"]);
    expect(NEXT_STEP_DUE_PATTERN.test("2027-01-15")).toBe(true);
    expect(NEXT_STEP_ID_PATTERN.test("backend-developer")).toBe(true);
  });

  it("documents the line shape the issue describes", () => {
    expect(NEXT_STEP_LINE_FORMAT).toBe("- [ ] <what> @owner due:YYYY-MM-DD persona:<id> pain:<phase>");
  });

  it("leaves due out when there is none and marks done steps", () => {
    expect(renderNextStepLine({ what: "Ship it", owner: "@alice", persona: "sre", pain: "testing", done: true })).toBe("- [x] Ship it @alice persona:sre pain:testing");
  });

  it("does not take an e-mail address for an owner", () => {
    expect([..."Ask bob@example.com @alice".matchAll(NEXT_STEP_OWNER_PATTERN)].map((match) => match[1])).toEqual(["alice"]);
  });
});

describe("findNextStepsSection", () => {
  it("finds the section after the generated part, up to the next heading", () => {
    const body = `<!-- id -->\n${wrapGenerated("## Review\n\n### Recording next steps")}\n\n## Agreed next steps\n\n- [ ] one\n- [ ] two\n\n## Minutes\n\nnotes`;
    const section = findNextStepsSection(body);
    expect(section === undefined ? "" : body.slice(section.content.start, section.content.end)).toBe("\n- [ ] one\n- [ ] two\n\n");
    expect(section === undefined ? "" : body.slice(section.heading.start, section.heading.end)).toBe("## Agreed next steps");
  });

  it("copes with CRLF, a differently cased heading and a section at the end", () => {
    const body = "intro\r\n## agreed NEXT steps\r\n- [ ] one\r\n";
    const section = findNextStepsSection(body);
    expect(section === undefined ? "" : body.slice(section.content.start, section.content.end)).toBe("- [ ] one\r\n");
  });

  it("is undefined when the section was removed", () => {
    expect(findNextStepsSection("## Something else\n- [ ] x")).toBeUndefined();
  });
});
