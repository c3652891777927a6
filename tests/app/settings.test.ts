import { afterEach, describe, expect, it } from "vitest";
import { CONFIG_PROBLEM_MARKER } from "../../src/flows/routing/note-config-problem.js";
import { ORG, PROGRAM_FILES, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { personaDoc } from "../support/persona-builder.js";
import { botComments, fileQuestion, issuePayload } from "./support/issue-events.js";
import { pushToMain } from "./support/push-events.js";

let h: AppHarness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const PERSONAS = Object.fromEntries(Object.entries(PROGRAM_FILES).filter(([path]) => path.startsWith("personas/")));
const CONFIG = ".github/persona-governance.yml";

async function askSre(app: AppHarness) {
  const issue = fileQuestion(app.gh, "SRE");
  await app.deliver("issues", issuePayload(app, "opened", issue));
  return { issue, record: app.gh.issue(ORG, REPO, issue.number), comments: botComments(app.gh, issue.number) };
}

describe("settings", () => {
  it("reports broken settings in one log line and one comment on the question, and routes nothing", async () => {
    h = await startApp({ files: { ...PERSONAS, [CONFIG]: "routing:\n  strategy: sometimes\n" } });
    const { issue, record, comments } = await askSre(h);
    await h.deliver("issues", issuePayload(h, "edited", issue));

    expect(record?.assignees).toEqual([]);
    expect(h.gh.issueLabels(ORG, REPO, issue.number)).toEqual(["persona-question"]);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain(CONFIG_PROBLEM_MARKER);
    expect(comments[0]).toContain("routing.strategy");
    expect(botComments(h.gh, issue.number)).toHaveLength(1);
    // One line per event, naming the file and the key; no stack trace.
    const problem = expect.stringMatching(/^persona-governance settings acme\/program:\.github\/persona-governance\.yml are invalid.*routing\.strategy/);
    const warnings = h.logs.filter((line) => line.level === "warn" || line.level === "error");
    expect(warnings.map((line) => line.message)).toEqual([problem, problem]);
  });

  it("uses the organisation's .github settings when the repository has none", async () => {
    h = await startApp({ files: PERSONAS });
    h.gh.addRepo({ owner: ORG, repo: ".github", files: { [CONFIG]: "routing:\n  strategy: all\n" } });
    const { record } = await askSre(h);

    expect(record?.assignees.sort()).toEqual(["ravi", "sam", "tess"]);
  });

  it("follows _extends and lets the repository override single keys", async () => {
    h = await startApp({ files: { ...PERSONAS, [CONFIG]: "_extends: .github\nrouting:\n  responseTime: one working day\n" } });
    h.gh.addRepo({ owner: ORG, repo: ".github", files: { [CONFIG]: "routing:\n  strategy: all\n  responseTime: a week\n" } });
    const { record, comments } = await askSre(h);

    expect(record?.assignees).toHaveLength(3);
    expect(comments[0]).toContain("one working day");
  });

  it("reads the personas from a central repository", async () => {
    h = await startApp({ files: { [CONFIG]: "routing:\n  personasRepo: acme/personas\n", "README.md": "# program\n" } });
    h.gh.addRepo({ owner: ORG, repo: "personas", files: PERSONAS });
    const { record } = await askSre(h);

    expect(record?.assignees.sort()).toEqual(["ravi", "sam", "tess"]);
    expect(h.gh.issueLabels(ORG, REPO, record?.number ?? 0)).toContain("persona: SRE");
  });

  it("forgets the cached personas when the central repository changes", async () => {
    h = await startApp({ files: { [CONFIG]: "routing:\n  personasRepo: acme/personas\n", "README.md": "# program\n" } });
    h.gh.addRepo({ owner: ORG, repo: "personas", files: PERSONAS });
    await askSre(h);
    const web = personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] } });
    await h.deliver("push", pushToMain(h, { "personas/web.md": web }, { repo: "personas" }));
    const issue = fileQuestion(h.gh, "Web Developer");
    await h.deliver("issues", issuePayload(h, "opened", issue));

    expect(h.gh.issue(ORG, REPO, issue.number)?.assignees).toEqual(["wendy"]);
  });
});
