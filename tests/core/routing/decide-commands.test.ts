import { describe, expect, it } from "vitest";
import type { CommandActor } from "../../../src/core/routing/command-permissions.js";
import { decideCommands } from "../../../src/core/routing/decide-commands.js";
import { parseSlashCommands } from "../../../src/core/routing/parse-slash-commands.js";
import { readRoutingRecord } from "../../../src/core/routing/routing-marker.js";
import { commandContext, context, issue, ofKind, questionForm, routeAndApply } from "./routing-fixtures.js";

const maintainer: CommandActor = { login: "max", permission: "write", isChampion: false, isAuthor: false };

function routed() {
  const first = routeAndApply(issue({ body: questionForm({ persona: "SRE" }) }), context());
  return { facts: first.facts, ctx: commandContext({ existing: first.existing }) };
}

describe("decideCommands", () => {
  it("gives one routing-comment write, one reply and one reaction for several commands", () => {
    const { facts, ctx } = routed();
    const decisions = decideCommands(parseSlashCommands("/persona web\n/handoff @bob"), maintainer, facts, ctx);
    expect(ofKind(decisions, "comment-update")).toHaveLength(1);
    expect(ofKind(decisions, "comment-create")).toHaveLength(1);
    expect(ofKind(decisions, "react")).toEqual([expect.objectContaining({ content: "+1" })]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["wendy", "bob"]);
    expect(ofKind(decisions, "unassign")[0]?.logins).toEqual(["ravi", "sam", "Tess"]);
  });

  it("nets out changes that cancel: routed away and back again only records the person's choice", () => {
    const { facts, ctx } = routed();
    const decisions = decideCommands(parseSlashCommands("/persona web\n/persona sre"), maintainer, facts, ctx);
    expect(decisions.filter((d) => d.kind !== "skip").map((d) => d.kind)).toEqual(["comment-update", "react"]);
    const body = ofKind(decisions, "comment-update")[0]?.body;
    expect(readRoutingRecord(body)).toEqual({ persona: "sre", source: "command", assigned: ["ravi", "sam", "Tess"] });
  });

  it("merges the explanations of several refused commands into one reply under one marker", () => {
    const { facts, ctx } = routed();
    const decisions = decideCommands(parseSlashCommands("/decline\n/frobnicate"), maintainer, facts, ctx);
    const replies = ofKind(decisions, "comment-create");
    expect(replies).toHaveLength(1);
    const body = replies[0]?.body ?? "";
    expect(body.match(/persona-governance:reply 9001/g)).toHaveLength(1);
    expect(body).toContain("`/decline` was not applied");
    expect(body).toContain("`/frobnicate` was not applied");
    expect(ofKind(decisions, "react")).toEqual([expect.objectContaining({ content: "confused" })]);
  });

  it("keeps both reactions when one command works and another does not", () => {
    const { facts, ctx } = routed();
    const decisions = decideCommands(parseSlashCommands("/answered\n/decline"), maintainer, facts, ctx);
    expect(ofKind(decisions, "react").map((d) => d.content)).toEqual(["+1", "confused"]);
    expect(ofKind(decisions, "close")[0]?.stateReason).toBe("completed");
  });

  it("creates the routing comment once when the issue had none", () => {
    const plain = issue({ body: "Who owns paging?", labels: [] });
    const decisions = decideCommands(
      parseSlashCommands("/persona web\n/persona sre"),
      maintainer,
      plain,
      commandContext(),
    );
    const created = ofKind(decisions, "comment-create").filter((d) => d.role.kind === "routing");
    expect(created).toHaveLength(1);
    expect(readRoutingRecord(created[0]?.body).persona).toBe("sre");
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["persona-question", "persona: SRE"]);
  });
});
