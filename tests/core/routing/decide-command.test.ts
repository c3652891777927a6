import { describe, expect, it } from "vitest";
import { applyDecisionsToIssue } from "../../../src/core/routing/apply-decisions-to-issue.js";
import type { CommandActor } from "../../../src/core/routing/command-permissions.js";
import { decideCommand } from "../../../src/core/routing/decide-command.js";
import { findIssueChampionLogins } from "../../../src/core/routing/issue-champions.js";
import type { IssueFacts } from "../../../src/core/routing/issue-facts.js";
import { parseSlashCommands } from "../../../src/core/routing/parse-slash-commands.js";
import { readBotComments, readRoutingRecord } from "../../../src/core/routing/routing-marker.js";
import { routeQuestion } from "../../../src/core/routing/route-question.js";
import {
  commandContext,
  config,
  context,
  issue,
  ofKind,
  questionForm,
  routeAndApply,
  surveyForm,
  writes,
} from "./routing-fixtures.js";

const champion: CommandActor = { login: "ravi", permission: "read", isChampion: true, isAuthor: false };
const author: CommandActor = { login: "asker", permission: "read", isChampion: false, isAuthor: true };
const stranger: CommandActor = { login: "eve", permission: "read", isChampion: false, isAuthor: false };
const maintainer: CommandActor = { login: "max", permission: "write", isChampion: false, isAuthor: false };

/** An SRE question, routed and settled, with its routing comment. */
function routed(body = questionForm({ persona: "SRE" })) {
  const first = routeAndApply(issue({ body }), context());
  return { facts: first.facts, ctx: commandContext({ existing: first.existing }) };
}

function decide(text: string, actor: CommandActor, facts: IssueFacts, ctx = routed().ctx) {
  const [command] = parseSlashCommands(text);
  if (command === undefined) throw new Error(`no command in ${text}`);
  return decideCommand(command, actor, facts, ctx);
}

describe("decideCommand: /persona", () => {
  it("re-routes for the author and reacts +1", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/persona Web Developer", author, facts, ctx);
    expect(ofKind(decisions, "remove-labels")[0]?.labels).toEqual(["persona: SRE"]);
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["persona: Web Developer"]);
    expect(ofKind(decisions, "unassign")[0]?.logins).toEqual(["ravi", "sam", "Tess"]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["wendy"]);
    expect(readRoutingRecord(ofKind(decisions, "comment-update")[0]?.body)).toEqual({
      persona: "web",
      source: "command",
      assigned: ["wendy"],
    });
    expect(ofKind(decisions, "react")).toEqual([
      { kind: "react", commentId: 9001, content: "+1", reason: "/persona by asker applied" },
    ]);
  });

  it("keeps the commanded persona over the form on later edits, and a repeat writes nothing", () => {
    const { facts, ctx } = routed();
    const after = applyDecisionsToIssue({ facts, existing: ctx.existing }, decide("/persona web", author, facts, ctx));
    const edited = routeQuestion({ ...after.facts, event: "edited" }, { ...ctx, existing: after.existing });
    expect(writes(edited)).toEqual([]);
    const again = decide("/persona web", author, after.facts, { ...ctx, existing: after.existing, reactions: ["+1"] });
    expect(writes(again)).toEqual([]);
  });

  it("refuses a stranger, naming who may use it without pinging the champions", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/persona web", stranger, facts, ctx);
    expect(writes(decisions).map((d) => d.kind)).toEqual(["comment-create", "react"]);
    const reply = ofKind(decisions, "comment-create")[0];
    expect(reply?.role).toEqual({ kind: "reply", to: 9001 });
    expect(reply?.body).toContain(
      "`/persona` was not applied: only the champions of **SRE** (@\u200Dacme/sre), maintainers (write access) or the issue's author can use it.",
    );
    expect(ofKind(decisions, "react")[0]?.content).toBe("confused");
  });

  it("explains an unknown persona with the list, escaping what was typed", () => {
    const { facts, ctx } = routed();
    const body = ofKind(decide("/persona @everyone <b>x</b>", author, facts, ctx), "comment-create")[0]?.body ?? "";
    expect(body).toContain("“@\u200Deveryone \\<b\\>x\\</b\\>” is not the name, id or alias of a persona.");
    expect(body).toContain("- **SRE** (also: site reliability)");
    expect(body).not.toMatch(/@everyone|<b>/);
  });

  it("asks for a name when none is given, and lists candidates for an ambiguous one", () => {
    const { facts, ctx } = routed();
    expect(ofKind(decide("/persona", author, facts, ctx), "comment-create")[0]?.body).toContain("name a persona");
    expect(ofKind(decide("/persona mobile", author, facts, ctx), "comment-create")[0]?.body).toContain(
      "“mobile” fits several personas: **iOS Developer**, **Android Developer**.",
    );
  });

  it("turns any issue into a routed question, but other commands leave foreign issues alone", () => {
    const plain = issue({ body: "The build is red.", labels: ["bug"] });
    const ctx = commandContext();
    expect(ofKind(decide("/persona SRE", maintainer, plain, ctx), "add-labels")[0]?.labels).toEqual([
      "persona: SRE",
      "persona-question",
    ]);
    expect(decide("/answered", maintainer, plain, ctx)).toEqual([
      { kind: "skip", reason: "#42 is not a persona question; /answered is not ours to answer" },
    ]);
  });
});

describe("decideCommand: /decline", () => {
  it("labels, replies with the escaped reason, closes as not planned, and reacts", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/decline needs a custom data pull; ask @data-team <i>later</i>", champion, facts, ctx);
    expect(writes(decisions).map((d) => d.kind)).toEqual(["add-labels", "comment-create", "close", "react"]);
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["declined"]);
    expect(ofKind(decisions, "close")[0]?.stateReason).toBe("not_planned");
    const body = ofKind(decisions, "comment-create")[0]?.body ?? "";
    expect(body).toContain("@\u200Dravi declined this question");
    expect(body).toContain("> needs a custom data pull; ask @\u200Ddata-team \\<i\\>later\\</i\\>");
    expect(body).toContain("<!-- persona-governance:reply 9001 -->");
  });

  it("refuses without a reason and says why it wants one", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/decline", champion, facts, ctx);
    expect(ofKind(decisions, "close")).toEqual([]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "`/decline` was not applied: say why, e.g. `/decline <reason>`",
    );
    expect(ofKind(decisions, "react")[0]?.content).toBe("confused");
  });

  it("is not the author's call", () => {
    const { facts, ctx } = routed();
    expect(ofKind(decide("/decline busy", author, facts, ctx), "close")).toEqual([]);
  });

  it("writes nothing on a redelivery after it was applied", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/decline too much work", champion, facts, ctx);
    const after = applyDecisionsToIssue({ facts, existing: ctx.existing }, decisions);
    const existing = readBotComments([
      { id: 777, body: after.existing.routingComment?.body ?? "" },
      { id: 778, body: ofKind(decisions, "comment-create")[0]?.body ?? "" },
    ]);
    expect(existing.repliedTo).toEqual([9001]);
    const again = decide("/decline too much work", champion, after.facts, { ...ctx, existing, reactions: ["+1"] });
    expect(writes(again)).toEqual([]);
  });
});

describe("decideCommand: /answered and /handoff", () => {
  it("/answered closes as completed for the author, and skips the close when already closed", () => {
    const { facts, ctx } = routed();
    expect(ofKind(decide("/answered", author, facts, ctx), "close")[0]?.stateReason).toBe("completed");
    const closed = decide("/answered", author, { ...facts, state: "closed" }, ctx);
    expect(ofKind(closed, "close")).toEqual([]);
    expect(ofKind(closed, "react")[0]?.content).toBe("+1");
  });

  it("/handoff assigns the new person, releases the champion, and mentions only the new holder", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/handoff @bob", champion, facts, ctx);
    expect(ofKind(decisions, "unassign")[0]?.logins).toEqual(["ravi"]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["bob"]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain("@\u200Dravi handed this question over to @bob.");
  });

  it("/handoff refuses teams and non-handles", () => {
    const { facts, ctx } = routed();
    expect(ofKind(decide("/handoff @acme/sre", champion, facts, ctx), "comment-create")[0]?.body).toContain(
      "issues can't be assigned to teams",
    );
    expect(ofKind(decide("/handoff bob", champion, facts, ctx), "comment-create")[0]?.body).toContain(
      "name one person",
    );
    expect(ofKind(decide("/handoff @bob", author, facts, ctx), "assign")).toEqual([]);
  });

  it("/handoff respects GitHub's assignee limit", () => {
    const { ctx } = routed();
    const full = issue({ assignees: Array.from({ length: 10 }, (_, i) => `p${i}`) });
    expect(ofKind(decide("/handoff @bob", maintainer, full, ctx), "comment-create")[0]?.body).toContain(
      "already has 10 assignees",
    );
  });
});

describe("decideCommand: /accept and /reject on proposals", () => {
  const proposal = () =>
    routed(surveyForm({ persona: "SRE", text: "How often are you paged at night?", type: "Scale" }));

  it("/accept by a champion asks for the pull request with the question", () => {
    const { facts, ctx } = proposal();
    const decisions = decide("/accept", champion, facts, ctx);
    expect(ofKind(decisions, "accept-survey-question")).toEqual([
      {
        kind: "accept-survey-question",
        issue: 42,
        personaId: "sre",
        question: { text: "How often are you paged at night?", type: "scale" },
        reason: "ravi accepted the proposal for SRE",
      },
    ]);
    expect(ofKind(decisions, "react")[0]?.content).toBe("+1");
  });

  it("/accept is refused for someone who only proposed it", () => {
    const { facts, ctx } = proposal();
    const decisions = decide("/accept", author, facts, ctx);
    expect(ofKind(decisions, "accept-survey-question")).toEqual([]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "only the champions of **SRE** (@\u200Dacme/sre) or maintainers (write access) can use it.",
    );
  });

  it("/accept needs text and a valid type", () => {
    const { facts, ctx } = routed(surveyForm({ type: "rating" }));
    expect(ofKind(decide("/accept", champion, facts, ctx), "comment-create")[0]?.body).toContain(
      "must be scale, text or choice",
    );
  });

  it("/reject replies with the reason and closes as not planned", () => {
    const { facts, ctx } = proposal();
    const decisions = decide("/reject we already ask this in common.yml", champion, facts, ctx);
    expect(ofKind(decisions, "close")[0]?.stateReason).toBe("not_planned");
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain("> we already ask this in common.yml");
  });

  it("/accept on a plain question, or /decline on a proposal, is explained, not applied", () => {
    const { facts, ctx } = routed();
    expect(ofKind(decide("/accept", champion, facts, ctx), "comment-create")[0]?.body).toContain(
      "it works on proposed survey questions only.",
    );
    const p = proposal();
    expect(ofKind(decide("/decline nope", champion, p.facts, p.ctx), "comment-create")[0]?.body).toContain(
      "it works on persona questions only.",
    );
  });
});

describe("decideCommand: unknown commands", () => {
  it("reacts confused and lists the commands", () => {
    const { facts, ctx } = routed();
    const decisions = decide("/close", champion, facts, ctx);
    expect(ofKind(decisions, "react")[0]?.content).toBe("confused");
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "`/close` was not applied: it is not a command here. These are:",
    );
  });
});

describe("findIssueChampionLogins", () => {
  it("expands the routed persona's teams fully, whatever the strategy", () => {
    const { facts, ctx } = routed();
    const rr = { ...ctx, config: config({ strategy: "round-robin" }) };
    expect(findIssueChampionLogins(facts, rr)).toEqual(["ravi", "sam", "Tess"]);
  });

  it("uses the fallback champions while the issue has no persona", () => {
    const ctx = context({ config: config({ fallbackChampions: ["@pat"] }) });
    expect(findIssueChampionLogins(issue({ labels: ["needs-persona"] }), ctx)).toEqual(["pat"]);
  });
});
