import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO, startHarness, type Harness } from "../harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.gh.addOrg("acme", { members: ["ada", "grace"] });
  h.gh.addUser("linus", { name: "Linus" });
  h.gh.addUser("helper[bot]");
});

afterEach(async () => {
  await h.gh.close();
});

describe("people", () => {
  it("lists a team's members, and undefined for a missing team", async () => {
    h.gh.addTeam("acme", "sre", ["ada", "grace"]);
    expect((await h.gateway.people.listTeamMembers("acme", "sre"))?.sort()).toEqual(["ada", "grace"]);
    expect(await h.gateway.people.listTeamMembers("acme", "nobody")).toBeUndefined();
  });

  it("looks users up", async () => {
    expect(await h.gateway.people.getUser("linus")).toEqual({ login: "linus", type: "User", name: "Linus" });
    expect(await h.gateway.people.getUser("helper[bot]")).toMatchObject({ type: "Bot" });
    expect(await h.gateway.people.getUser("ghost-of-nobody")).toBeUndefined();
  });

  it("checks organisation membership", async () => {
    expect(await h.gateway.people.isOrgMember("acme", "ada")).toBe(true);
    expect(await h.gateway.people.isOrgMember("acme", "linus")).toBe(false);
  });

  it("reads a user's role on the repository", async () => {
    h.gh.setPermission(REPO.owner, REPO.repo, "ada", "maintain");
    h.gh.setPermission(REPO.owner, REPO.repo, "grace", "triage");
    expect(await h.gateway.people.getPermission("ada")).toBe("maintain");
    expect(await h.gateway.people.getPermission("grace")).toBe("triage");
    expect(await h.gateway.people.getPermission("linus")).toMatch(/^(read|none)$/);
    expect(await h.gateway.people.getPermission("ghost-of-nobody")).toBe("none");
  });
});
