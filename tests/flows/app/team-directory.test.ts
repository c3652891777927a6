import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTeamDirectory } from "../../../src/flows/app/team-directory.js";
import { startHarness, type Harness } from "../../github/harness.js";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  h.gh.addTeam("acme", "sre", ["sam", "ravi"]);
});

afterEach(async () => {
  await h.gh.close();
});

describe("createTeamDirectory", () => {
  it("reads each team once while it is fresh, and again after", async () => {
    const clock = { now: 0 };
    const teams = createTeamDirectory({ freshForMs: 1000, now: () => clock.now });
    const sre = [{ org: "acme", slug: "sre" }, { org: "ACME", slug: "SRE" }];
    expect(await teams.expand(h.gateway, 7, sre)).toEqual({ "acme/sre": ["sam", "ravi"] });
    await teams.expand(h.gateway, 7, sre);
    expect(h.gh.requests.filter((r) => r.operationId === "teams/list-members-in-org")).toHaveLength(1);

    clock.now = 1000;
    h.gh.addTeam("acme", "sre", ["tess"]);
    expect(await teams.expand(h.gateway, 7, sre)).toEqual({ "acme/sre": ["tess"] });
  });

  it("leaves out a team that does not exist, so routing reports it", async () => {
    const teams = createTeamDirectory({ freshForMs: 1000, now: () => 0 });
    expect(await teams.expand(h.gateway, 7, [{ org: "acme", slug: "ghosts" }])).toEqual({});
  });

  it("keeps installations apart", async () => {
    const teams = createTeamDirectory({ freshForMs: 1000, now: () => 0 });
    await teams.expand(h.gateway, 7, [{ org: "acme", slug: "sre" }]);
    await teams.expand(h.gateway, 8, [{ org: "acme", slug: "sre" }]);
    expect(h.gh.requests.filter((r) => r.operationId === "teams/list-members-in-org")).toHaveLength(2);
  });
});
