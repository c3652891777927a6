import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, ValidationFailedError } from "../../../src/github/errors.js";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.gh.close();
});

describe("labels", () => {
  it("lists 150 labels with exactly two requests of 100", async () => {
    for (let i = 0; i < 150; i++) h.gh.addLabel(REPO.owner, REPO.repo, { name: `label-${String(i).padStart(3, "0")}`, color: "ededed" });
    h.gh.resetLog();

    const labels = await h.gateway.labels.list();

    expect(labels).toHaveLength(150);
    expect(labels[149]).toEqual({ name: "label-149", color: "ededed", description: "" });
    expect(h.gh.requests.map((r) => [r.method, r.path, r.query["per_page"]])).toEqual([
      ["GET", "/repos/acme/widgets/labels", "100"],
      ["GET", "/repos/acme/widgets/labels", "100"],
    ]);
    expect(h.gateway.stats()).toEqual({ requests: 2, writes: 0 });
  });

  it("creates, updates and renames a label, keeping it on its issues", async () => {
    await h.gateway.labels.create({ name: "persona: SRE", color: "b60205", description: "Site reliability" });
    const issue = h.gh.addIssue(REPO.owner, REPO.repo, { title: "Q", labels: ["persona: SRE"] });

    await h.gateway.labels.update("persona: SRE", { name: "persona: SRE", color: "0e8a16", description: "Keeps things up" });
    await h.gateway.labels.update("persona: SRE", { name: "persona: Site Reliability", color: "0e8a16", description: "Keeps things up" });

    expect(await h.gateway.labels.list()).toEqual([{ name: "persona: Site Reliability", color: "0e8a16", description: "Keeps things up" }]);
    expect(h.gh.issueLabels(REPO.owner, REPO.repo, issue.number)).toEqual(["persona: Site Reliability"]);
    const rename = h.gh.requests.find((r) => r.method === "PATCH" && r.path.endsWith("/labels/persona: SRE") && typeof r.body === "object" && r.body !== null && "new_name" in r.body);
    expect(rename?.body).toMatchObject({ new_name: "persona: Site Reliability" });
  });

  it("reports a duplicate as ValidationFailedError with GitHub's code", async () => {
    h.gh.addLabel(REPO.owner, REPO.repo, { name: "bug" });
    const error = await h.gateway.labels.create({ name: "bug", color: "ffffff", description: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).hasCode("already_exists")).toBe(true);
    expect((error as Error).message).toBe("GitHub rejected POST /repos/acme/widgets/labels (422 Validation Failed): Label.name already_exists");
  });

  it("deletes a label, and says false when it is already gone", async () => {
    h.gh.addLabel(REPO.owner, REPO.repo, { name: "old" });
    expect(await h.gateway.labels.delete("old")).toBe(true);
    expect(await h.gateway.labels.delete("old")).toBe(false);
    expect(h.gh.labelNames(REPO.owner, REPO.repo)).toEqual([]);
  });

  it("says which label is missing when an update finds none", async () => {
    const error = await h.gateway.labels.update("ghost", { name: "ghost", color: "ffffff", description: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).subject).toBe("resource");
    expect((error as Error).message).toBe(
      'Label "ghost" in acme/widgets does not exist (PATCH /repos/acme/widgets/labels/ghost answered 404); the repository itself exists and the token can see it.',
    );
  });

  it("counts the issues and pull requests that carry a label in one request", async () => {
    for (let i = 0; i < 7; i++) h.gh.addIssue(REPO.owner, REPO.repo, { title: `q${i}`, labels: ["pain-point"], state: i % 2 === 0 ? "open" : "closed" });
    h.gh.addIssue(REPO.owner, REPO.repo, { title: "other", labels: ["bug"] });
    h.gh.resetLog();

    expect(await h.gateway.labels.countIssues("pain-point")).toBe(7);
    expect(h.gh.requests).toHaveLength(1);
    expect(await h.gateway.labels.countIssues("unused")).toBe(0);
  });
});
