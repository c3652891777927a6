import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analysisMarker } from "../../../src/core/publish/publish-markers.js";
import { publishSurvey } from "../../../src/flows/survey/publish-survey.js";
import { useFakeGitHub } from "../../support/fake-github/use-fake-github.js";
import { EXPORT, gatewayFor, loadCheckout, makeCheckout, NAME, NOW, OWNER, seedRepo } from "./publish-fixture.js";

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void } | undefined;
afterEach(() => checkout?.remove());

async function run(dryRun = false, edit?: (program: Awaited<ReturnType<typeof loadCheckout>>) => void) {
  const program = await loadCheckout(checkout!.dir);
  edit?.(program);
  return publishSurvey({ gateway: gatewayFor(gh), path: join(checkout!.dir, EXPORT), source: EXPORT, ...program, now: new Date(NOW), dryRun });
}

const issueWith = (marker: string) => [...gh.repo(OWNER, NAME)!.issues.values()].find((issue) => issue.body?.includes(marker));

describe("publishSurvey", () => {
  it("finds existing issues with one listing per label, and expands champion teams only for issues it creates", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    await run();
    const firstTeamCalls = gh.requests.filter((request) => request.path.includes("/teams/")).length;
    expect(firstTeamCalls).toBe(1);
    gh.resetLog();
    const again = await run();
    const lists = gh.requests.filter((request) => request.method === "GET" && request.path === `/repos/${OWNER}/${NAME}/issues`);
    expect(lists.map((request) => request.query["labels"])).toEqual(["pain-point", "review-meeting", "heads-up"]);
    expect(gh.requests.filter((request) => request.path.includes("/teams/"))).toEqual([]);
    expect(gh.writes()).toEqual([]);
    expect(again.report.operations.every((operation) => operation.action === "unchanged")).toBe(true);
    expect([...again.links.analysis.keys()]).toEqual(["backend", "sre", "web"]);
  });

  it("creates the issue anyway when a champion cannot be assigned, assigning the others", async () => {
    seedRepo(gh);
    gh.addUser("zed");
    checkout = makeCheckout();
    await run(false, (program) => {
      const web = program.personas.find((persona) => persona.id === "web")!;
      web.champions = [{ kind: "user", handle: "@zed", login: "zed" }, { kind: "user", handle: "@carol", login: "carol" }];
    });
    const web = issueWith(analysisMarker("web", "2026-H2"));
    expect(web?.assignees).toEqual(["carol"]);
    expect([...gh.repo(OWNER, NAME)!.issues.values()].filter((issue) => issue.body?.includes(analysisMarker("web", "2026-H2")))).toHaveLength(1);
  });

  it("adds a label people removed, and leaves an issue whose markers were deleted alone", async () => {
    seedRepo(gh);
    checkout = makeCheckout();
    await run();
    const sre = issueWith(analysisMarker("sre", "2026-H2"))!;
    const labelId = gh.repo(OWNER, NAME)!.labels.find((label) => label.name === "persona: SRE")!.id;
    sre.labelIds = sre.labelIds.filter((id) => id !== labelId);
    const web = issueWith(analysisMarker("web", "2026-H2"))!;
    web.body = `${analysisMarker("web", "2026-H2")}\nRewritten by hand.`;
    const result = await run();
    expect(gh.issueLabels(OWNER, NAME, sre.number)).toContain("persona: SRE");
    expect(web.body).toBe(`${analysisMarker("web", "2026-H2")}\nRewritten by hand.`);
    const skipped = result.report.operations.find((operation) => operation.subject === "Web Developer");
    expect(skipped).toMatchObject({ action: "skipped", target: "analysis-issue" });
    expect(skipped?.reason).toContain("someone removed");
  });

  it("never creates anything in a dry run, even labels, and reports the issues it would create", async () => {
    seedRepo(gh);
    checkout = makeCheckout({ mode: "comment" });
    const result = await run(true);
    expect(gh.writes()).toEqual([]);
    expect(result.report.operations.filter((operation) => operation.target === "heads-up-comment").map((operation) => [operation.action, operation.reason])).toEqual([
      ["create", "its analysis issue is created first"],
      ["create", "its analysis issue is created first"],
      ["create", "its analysis issue is created first"],
      ["create", "its analysis issue is created first"],
    ]);
  });
});
