import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub } from "./index.js";

let gh: FakeGitHub;
let octokit: Octokit;
const repo = { owner: "acme", repo: "app" };
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

beforeEach(async () => {
  gh = await startFakeGitHub({ validateResponses: true });
  gh.addOrg("acme", { members: ["alice", "bob"] });
  gh.addRepo(repo);
  gh.addUser("mallory");
  octokit = new Octokit({ baseUrl: gh.url, auth: "t", request: { retries: 0 }, log: quiet });
});

afterEach(async () => {
  await gh.close();
});

describe("issues", () => {
  it("creates an issue with labels, then filters the list by label and state", async () => {
    const { data: created } = await octokit.rest.issues.create({
      ...repo,
      title: "Which tool?",
      body: "<!-- marker:q1 -->",
      labels: ["persona-question"],
    });
    gh.addIssue("acme", "app", { title: "Other", labels: ["bug"] });
    await octokit.rest.issues.update({ ...repo, issue_number: created.number, state: "closed", state_reason: "completed" });

    const open = await octokit.rest.issues.listForRepo({ ...repo });
    expect(open.data.map((i) => i.title)).toEqual(["Other"]);
    const closed = await octokit.rest.issues.listForRepo({ ...repo, state: "closed", labels: "persona-question" });
    expect(closed.data).toEqual([expect.objectContaining({ number: created.number, state: "closed", state_reason: "completed" })]);
    expect(gh.labelNames("acme", "app")).toEqual(["persona-question", "bug"]);
  });

  it("assigns only assignable users, silently dropping others like GitHub", async () => {
    const issue = gh.addIssue("acme", "app", { title: "Q" });
    const { data } = await octokit.rest.issues.addAssignees({
      ...repo,
      issue_number: issue.number,
      assignees: ["alice", "mallory", "nobody"],
    });
    expect(data.assignees?.map((a) => a.login)).toEqual(["alice"]);
    await expect(octokit.rest.issues.create({ ...repo, title: "x", assignees: ["mallory"] })).rejects.toMatchObject({ status: 422 });
  });

  it("creates, updates and deletes comments, and reacts once per user and content", async () => {
    const issue = gh.addIssue("acme", "app", { title: "Q" });
    const { data: comment } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: "hello" });
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: "edited" });
    const first = await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: "+1" });
    const again = await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: "+1" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(gh.comments("acme", "app", issue.number).map((c) => [c.body, c.reactions.length])).toEqual([["edited", 1]]);
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
    expect(gh.comments("acme", "app", issue.number)).toEqual([]);
  });

  it("refuses a comment longer than 65,536 characters", async () => {
    const issue = gh.addIssue("acme", "app", { title: "Q" });
    await expect(octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: "x".repeat(65537) })).rejects.toMatchObject(
      { status: 422 },
    );
  });

  it("finds issues by a hidden marker and label through search", async () => {
    gh.addIssue("acme", "app", { title: "Meeting", body: "notes\n<!-- persona-governance:meeting:2027 -->", labels: ["persona: SRE"] });
    gh.addIssue("acme", "app", { title: "Unrelated", body: "nothing" });
    const q = `repo:acme/app is:issue label:"persona: SRE" in:body "persona-governance:meeting:2027"`;
    const { data } = await octokit.rest.search.issuesAndPullRequests({ q });
    expect(data.total_count).toBe(1);
    expect(data.items.map((i) => i.title)).toEqual(["Meeting"]);
  });
});

describe("pull requests and checks", () => {
  it("allows one open pull request per head branch", async () => {
    gh.commitFiles("acme", "app", { "a.md": "a" }, { branch: "main" });
    const sha = gh.repo("acme", "app").git.refs.get("heads/main")!;
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/sync", sha });
    gh.commitFiles("acme", "app", { "b.md": "b" }, { branch: "sync" });
    const { data: pr } = await octokit.rest.pulls.create({ ...repo, head: "sync", base: "main", title: "Sync" });
    const duplicate = await octokit.rest.pulls
      .create({ ...repo, head: "acme:sync", base: "main", title: "Again" })
      .catch((e: unknown) => e);
    expect(duplicate).toMatchObject({
      status: 422,
      response: { data: { errors: [expect.objectContaining({ message: "A pull request already exists for acme:sync." })] } },
    });
    const { data: found } = await octokit.rest.pulls.list({ ...repo, head: "acme:sync", state: "open" });
    expect(found.map((p) => p.number)).toEqual([pr.number]);
    const { data: files } = await octokit.rest.pulls.listFiles({ ...repo, pull_number: pr.number });
    expect(files.map((f) => [f.filename, f.status])).toEqual([["b.md", "added"]]);
  });

  it("accepts at most 50 annotations per check-run request", async () => {
    const headSha = gh.repo("acme", "app").git.refs.get("heads/main")!;
    const annotation = { path: "personas/sre.md", start_line: 1, end_line: 1, annotation_level: "warning" as const, message: "m" };
    const { data: run } = await octokit.rest.checks.create({ ...repo, name: "Persona docs", head_sha: headSha, status: "in_progress" });
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      output: { title: "t", summary: "s", annotations: Array(50).fill(annotation) },
    });
    await expect(
      octokit.rest.checks.update({
        ...repo,
        check_run_id: run.id,
        output: { title: "t", summary: "s", annotations: Array(51).fill(annotation) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.takeViolations()).toEqual([expect.objectContaining({ kind: "invalid-body", message: expect.stringContaining("50 items") })]);
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.id,
      conclusion: "neutral",
      output: { title: "t", summary: "s", annotations: [annotation] },
    });
    const { data } = await octokit.rest.checks.listForRef({ ...repo, ref: "main" });
    expect(data.check_runs).toEqual([
      expect.objectContaining({
        id: run.id,
        status: "completed",
        conclusion: "neutral",
        output: expect.objectContaining({ annotations_count: 51 }),
      }),
    ]);
  });
});

describe("accounts", () => {
  it("reports users, org membership, team members and repository permissions", async () => {
    gh.addTeam("acme", "ci-team", ["alice", "carol"]);
    gh.setPermission("acme", "app", "carol", "maintain");
    await expect(octokit.rest.users.getByUsername({ username: "ghost" })).rejects.toMatchObject({ status: 404 });
    expect((await octokit.rest.orgs.checkMembershipForUser({ org: "acme", username: "alice" })).status).toBe(204);
    await expect(octokit.rest.orgs.checkMembershipForUser({ org: "acme", username: "mallory" })).rejects.toMatchObject({ status: 404 });
    const members = await octokit.rest.teams.listMembersInOrg({ org: "acme", team_slug: "ci-team" });
    expect(members.data.map((m) => m.login)).toEqual(["alice", "carol"]);
    const permission = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "carol" });
    expect(permission.data).toMatchObject({ permission: "write", role_name: "maintain" });
  });
});
