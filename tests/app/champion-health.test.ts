import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personaDoc } from "../support/persona-builder.js";
import { BOT, ORG, PROGRAM_FILES, REPO, startApp, type AppHarness } from "./support/app-harness.js";
import { installationPayload } from "./support/installation-events.js";
import { checkRuns, openPullRequest } from "./support/pull-request-events.js";
import { pushToMain } from "./support/push-events.js";

let h: AppHarness;

const BACKEND_WITH_GHOST = personaDoc({ frontMatter: { name: "Backend Developer", champions: ["@alice", "@ghost"] } });
const WEB_WITH_OUTSIDER = personaDoc({ frontMatter: { name: "Web Developer", champions: ["@outsider"] } });
const MOBILE_WITH_EMPTY_TEAM = personaDoc({ frontMatter: { name: "Mobile Developer", champions: ["@acme/empty"] } });

beforeEach(async () => {
  h = await startApp();
  h.gh.addUser("outsider");
  h.gh.addTeam(ORG, "empty", []);
});

afterEach(async () => {
  await h.close();
});

function healthIssues() {
  return [...h.gh.repo(ORG, REPO).issues.values()].filter((issue) => h.gh.issueLabels(ORG, REPO, issue.number).includes("persona-health"));
}

describe("champion health", () => {
  it("keeps one persona-health issue: opened with every problem, edited in place, closed when fixed", async () => {
    await h.deliver("push", pushToMain(h, { "personas/backend.md": BACKEND_WITH_GHOST, "personas/web.md": WEB_WITH_OUTSIDER, "personas/mobile.md": MOBILE_WITH_EMPTY_TEAM }));
    let [issue] = healthIssues();
    expect(healthIssues()).toHaveLength(1);
    expect(issue?.user).toBe(BOT);
    expect(issue?.body).toContain("ghost");
    expect(issue?.body).toContain("not a member of the acme organisation");
    expect(issue?.body).toContain("no write access");
    expect(issue?.body).toContain("has no members");
    expect(issue?.body).not.toMatch(/@ghost|@outsider/);

    await h.deliver("push", pushToMain(h, { "personas/backend.md": PROGRAM_FILES["personas/backend.md"] ?? null }));
    [issue] = healthIssues();
    expect(healthIssues()).toHaveLength(1);
    expect(issue?.body).not.toContain("ghost");
    expect(issue?.body).toContain("outsider");

    await h.deliver("push", pushToMain(h, { "personas/web.md": null, "personas/mobile.md": null }));
    [issue] = healthIssues();
    expect(healthIssues()).toHaveLength(1);
    expect(issue?.state).toBe("closed");
  });

  it("reports on installation too", async () => {
    h.gh.commitFiles(ORG, REPO, { "personas/web.md": WEB_WITH_OUTSIDER });
    const { name, payload } = installationPayload("created", [REPO]);
    await h.deliver(name, payload);

    expect(healthIssues()).toHaveLength(1);
  });

  it("annotates a pull request's champion problems at the doc's champions line", async () => {
    const pull = openPullRequest(h, "web", { "personas/web.md": WEB_WITH_OUTSIDER });
    await h.deliver("pull_request", pull.payload);

    const [run] = checkRuns(h, pull.headSha, "Persona champions");
    expect(run?.conclusion).toBe("failure");
    const lines = WEB_WITH_OUTSIDER.split("\n");
    const championsLine = lines.findIndex((line) => line.startsWith("champions:")) + 1;
    expect(run?.annotations.map((a) => [a["path"], a["start_line"], a["title"]])).toEqual([
      ["personas/web.md", championsLine, "champion-not-member"],
      ["personas/web.md", championsLine, "champion-no-write-access"],
    ]);
    expect(healthIssues()).toEqual([]);
  });

  it("gives a pull request with healthy champions a passing check", async () => {
    const pull = openPullRequest(h, "web", { "personas/web.md": personaDoc({ frontMatter: { name: "Web Developer", champions: ["@wendy"] } }) });
    await h.deliver("pull_request", pull.payload);

    expect(checkRuns(h, pull.headSha, "Persona champions").map((run) => run.conclusion)).toEqual(["success"]);
  });
});
