import { describe, expect, it } from "vitest";
import { applyDecisionsToIssue } from "../../../src/core/routing/apply-decisions-to-issue.js";
import { ROUTING_MARKER, readRoutingRecord } from "../../../src/core/routing/routing-marker.js";
import { routeQuestion } from "../../../src/core/routing/route-question.js";
import { persona } from "../../support/persona-builder.js";
import {
  PERSONAS,
  config,
  context,
  issue,
  ofKind,
  questionForm,
  routeAndApply,
  surveyForm,
  writes,
} from "./routing-fixtures.js";

const BACKEND = "persona: Backend Developer";

describe("routeQuestion: a question for an active persona", () => {
  const facts = issue({ body: questionForm({ persona: "Backend Developer" }) });

  it("labels it, assigns the user champion and every team member, and writes one comment", () => {
    const decisions = routeQuestion(facts, context());
    expect(writes(decisions).map((d) => d.kind)).toEqual(["add-labels", "assign", "comment-create"]);
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual([BACKEND]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["alice", "bob", "carol", "dave"]);
    const [comment] = ofKind(decisions, "comment-create");
    expect(comment?.role).toEqual({ kind: "routing" });
    expect(comment?.body.startsWith(ROUTING_MARKER)).toBe(true);
    expect(comment?.body).toContain("**Backend Developer**");
    expect(comment?.body).toContain("within 3 business days");
    expect(comment?.body).toContain("@alice, @bob, @carol, @dave");
    expect(comment?.body).toContain("`/decline <reason>`");
    expect(readRoutingRecord(comment?.body)).toEqual({
      persona: "backend",
      source: "form",
      assigned: ["alice", "bob", "carol", "dave"],
    });
  });

  it("mentions a user champion but writes an expanded team inertly, so the team is not pinged", () => {
    const body = ofKind(routeQuestion(facts, context()), "comment-create")[0]?.body ?? "";
    expect(body).toContain("**Champions:** @alice, @\u200Dacme/backend-champions");
    expect(body).not.toMatch(/@acme\/backend-champions/);
  });

  it("adds persona-question when the issue lacks it and removes needs-persona", () => {
    const decisions = routeQuestion({ ...facts, labels: ["needs-persona"] }, context());
    expect(ofKind(decisions, "remove-labels")[0]?.labels).toEqual(["needs-persona"]);
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual([BACKEND, "persona-question"]);
  });

  it("writes nothing the second time: same event redelivered, or a later edit", () => {
    const first = routeAndApply(facts, context());
    expect(writes(first.decisions)).not.toEqual([]);
    const again = routeQuestion(first.facts, context({ existing: first.existing }));
    expect(writes(again)).toEqual([]);
    expect(again.every((d) => d.kind === "skip" && d.reason !== "")).toBe(true);
    expect(writes(routeQuestion({ ...first.facts, event: "edited" }, context({ existing: first.existing })))).toEqual(
      [],
    );
  });

  it("does not re-assign a champion someone unassigned by hand", () => {
    const first = routeAndApply(facts, context());
    const unassigned = {
      ...first.facts,
      assignees: first.facts.assignees.filter((login) => login !== "alice"),
      event: "edited" as const,
    };
    const decisions = routeQuestion(unassigned, context({ existing: first.existing }));
    expect(ofKind(decisions, "assign")).toEqual([]);
    // The comment now tells the truth about who holds it.
    expect(ofKind(decisions, "comment-update")[0]?.body).toContain("**Assigned:** @bob, @carol, @dave");
  });

  it("updates an existing routing comment in place when its text is stale", () => {
    const existing = { routingComment: { id: 55, body: `${ROUTING_MARKER}\nold text` }, repliedTo: [] };
    const decisions = routeQuestion(facts, context({ existing }));
    expect(ofKind(decisions, "comment-create")).toEqual([]);
    expect(ofKind(decisions, "comment-update")[0]).toMatchObject({ commentId: 55, role: { kind: "routing" } });
  });

  it("names the configured response time", () => {
    const body = ofKind(
      routeQuestion(facts, context({ config: config({ responseTime: "2 weeks" }) })),
      "comment-create",
    )[0]?.body;
    expect(body).toContain("within 2 weeks");
  });
});

describe("routeQuestion: team strategies", () => {
  const sre = (number: number) => issue({ number, body: questionForm({ persona: "SRE" }) });
  const assigned = (decisions: ReturnType<typeof routeQuestion>) => ofKind(decisions, "assign")[0]?.logins;

  it("round-robin takes the member at issue number mod team size, from the login-sorted team", () => {
    const ctx = context({ config: config({ strategy: "round-robin" }) });
    // sorted: ravi, sam, Tess
    expect(assigned(routeQuestion(sre(42), ctx))).toEqual(["ravi"]);
    expect(assigned(routeQuestion(sre(43), ctx))).toEqual(["sam"]);
    expect(assigned(routeQuestion(sre(44), ctx))).toEqual(["Tess"]);
    expect(assigned(routeQuestion(sre(45), ctx))).toEqual(["ravi"]);
  });

  it("random picks the same person for the same seed and spreads over seeds", () => {
    const pick = (seed: string) =>
      assigned(routeQuestion(sre(42), context({ config: config({ strategy: "random" }), seed })));
    expect(pick("delivery-1")).toEqual(pick("delivery-1"));
    const picks = new Set(Array.from({ length: 30 }, (_, i) => pick(`delivery-${i}`)?.[0]));
    expect(picks).toEqual(new Set(["ravi", "sam", "Tess"]));
  });

  it("never adds a second member when a later event brings another seed", () => {
    const ctx = context({ config: config({ strategy: "random" }), seed: "a" });
    const first = routeAndApply(sre(42), ctx);
    expect(first.facts.assignees).toHaveLength(1);
    for (const seed of ["b", "c", "d", "e", "f"]) {
      const later = routeQuestion({ ...first.facts, event: "edited" }, { ...ctx, seed, existing: first.existing });
      expect(writes(later)).toEqual([]);
    }
  });

  it("mentions a team it could not expand, once, and says why nobody from it is assigned", () => {
    const decisions = routeQuestion(sre(42), context({ teamMembers: {} }));
    expect(ofKind(decisions, "assign")).toEqual([]);
    const body = ofKind(decisions, "comment-create")[0]?.body ?? "";
    expect(body.match(/@acme\/sre/g)).toHaveLength(2);
    expect(body).toContain("**Champions:** @acme/sre");
    expect(body).toContain("**Assigned:** nobody yet");
  });

  it("never asks for more than GitHub's 10 assignees, counting those already there", () => {
    const big = persona({ id: "big", name: "Big", champions: ["@acme/big"] });
    const members = Array.from({ length: 15 }, (_, i) => `m${String(i).padStart(2, "0")}`);
    const ctx = context({ personas: [big], teamMembers: { "acme/big": members } });
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "Big" }), assignees: ["x", "y", "z"] }), ctx);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(members.slice(0, 7));
    const body = ofKind(decisions, "comment-create")[0]?.body ?? "";
    expect(body).toContain("GitHub allows 10 assignees");
    expect(body).toContain("@\u200Dm07");
    expect(body).not.toMatch(/@m07/);
  });
});

describe("routeQuestion: unknown, missing and ambiguous personas", () => {
  it("labels needs-persona, assigns nobody, and lists the dropdown's personas with a suggestion", () => {
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "Backend Develper" }) }), context());
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["needs-persona"]);
    expect(ofKind(decisions, "assign")).toEqual([]);
    const body = ofKind(decisions, "comment-create")[0]?.body ?? "";
    expect(body).toContain("“Backend Develper” is not the name, id or alias of a persona.");
    expect(body).toContain("Did you mean **Backend Developer**?");
    expect(body).toContain(
      "- **Android Developer** (also: android, mobile)\n- **Backend Developer** (also: backend, server, backend dev)",
    );
    expect(body).toContain("`/persona <name>`");
    // Draft and retired personas are not in the dropdown, so they are not offered.
    expect(body).not.toContain("Production Tooling");
    expect(body).not.toContain("Machine Learning Engineer");
    expect(readRoutingRecord(body)).toEqual({ assigned: [] });
  });

  it.each([["Not sure"], ["_No response_"]])("treats %j as no persona", (value) => {
    const body = ofKind(
      routeQuestion(issue({ body: questionForm({ persona: value }) }), context()),
      "comment-create",
    )[0]?.body;
    expect(body).toContain("it doesn't say which persona it is for.");
  });

  it("lists the candidates instead of guessing for an ambiguous name", () => {
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "mobile" }) }), context());
    expect(ofKind(decisions, "assign")).toEqual([]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "“mobile” fits several personas: **iOS Developer**, **Android Developer**.",
    );
  });

  it("treats two persona labels chosen by people as ambiguous and removes neither", () => {
    const facts = issue({ labels: ["persona-question", "persona: SRE", "persona: Web Developer"] });
    const decisions = routeQuestion(facts, context());
    expect(ofKind(decisions, "remove-labels")).toEqual([]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "it carries the labels of several personas (**SRE**, **Web Developer**); keep one.",
    );
  });

  it("un-routes when the form is edited to an unknown persona: our label and assignments go", () => {
    const first = routeAndApply(issue({ body: questionForm({ persona: "Web Developer" }) }), context());
    const edited = { ...first.facts, body: questionForm({ persona: "Nobody" }), event: "edited" as const };
    const decisions = routeQuestion(edited, context({ existing: first.existing }));
    expect(ofKind(decisions, "remove-labels")[0]?.labels).toEqual(["persona: Web Developer"]);
    expect(ofKind(decisions, "unassign")[0]?.logins).toEqual(["wendy"]);
    expect(ofKind(decisions, "comment-update")[0]?.commentId).toBe(777);
  });
});

describe("routeQuestion: draft and retired personas", () => {
  it("sends a retired persona's question to its active parent's champions and says why", () => {
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "Production Tooling" }) }), context());
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["persona: Production Tooling"]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["ravi", "sam", "Tess"]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "**Production Tooling** is retired, so the champions of its parent persona, **SRE**, take it.",
    );
  });

  it("sends a draft persona without a parent to the fallback champions", () => {
    const ctx = context({
      config: config({ fallbackChampions: ["@pat", "@acme/backend-champions"], strategy: "round-robin" }),
    });
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "Machine Learning Engineer" }) }), ctx);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["pat", "bob"]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain(
      "is draft and has no active parent persona with champions, so the fallback champions",
    );
  });

  it("assigns nobody and asks a maintainer when there are no fallback champions", () => {
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "ml" }) }), context());
    expect(ofKind(decisions, "assign")).toEqual([]);
    const body = ofKind(decisions, "comment-create")[0]?.body ?? "";
    expect(body).toContain("**Champions:** none configured");
    expect(body).toContain("a maintainer needs to pick it up");
  });

  it("falls back for an active persona that lists no champions", () => {
    const lonely = persona({ id: "qa", name: "QA", champions: [] });
    const ctx = context({ personas: [lonely], config: config({ fallbackChampions: ["@pat"] }) });
    const decisions = routeQuestion(issue({ body: questionForm({ persona: "QA" }) }), ctx);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["pat"]);
    expect(ofKind(decisions, "comment-create")[0]?.body).toContain("**QA** lists no champions");
  });
});

describe("routeQuestion: precedence of form, labels and mentions", () => {
  it("re-routes when a person adds another persona label, taking back only the App's assignments", () => {
    const first = routeAndApply(issue({ body: questionForm({ persona: "SRE" }), assignees: ["helper"] }), context());
    const labeled = {
      ...first.facts,
      labels: [...first.facts.labels, "persona: Web Developer"],
      event: "labeled" as const,
      labelAdded: "persona: Web Developer",
    };
    const decisions = routeQuestion(labeled, context({ existing: first.existing }));
    expect(ofKind(decisions, "remove-labels")[0]?.labels).toEqual(["persona: SRE"]);
    expect(ofKind(decisions, "unassign")[0]?.logins).toEqual(["ravi", "sam", "Tess"]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["wendy"]);
    const body = ofKind(decisions, "comment-update")[0]?.body;
    expect(readRoutingRecord(body)).toEqual({ persona: "web", source: "label", assigned: ["wendy"] });
    // The form still says SRE, but the person's label keeps winning on later edits.
    const settled = applyDecisionsToIssue({ facts: labeled, existing: first.existing }, decisions);
    expect(
      writes(routeQuestion({ ...settled.facts, event: "edited" }, context({ existing: settled.existing }))),
    ).toEqual([]);
  });

  it("re-routes when the form's Persona field is edited (our own label does not count as a choice)", () => {
    const first = routeAndApply(issue({ body: questionForm({ persona: "SRE" }) }), context());
    const edited = { ...first.facts, body: questionForm({ persona: "web" }), event: "edited" as const };
    const decisions = routeQuestion(edited, context({ existing: first.existing }));
    expect(ofKind(decisions, "remove-labels")[0]?.labels).toEqual(["persona: SRE"]);
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["persona: Web Developer"]);
  });

  it("prefers a persona label present at creation over the form", () => {
    const decisions = routeQuestion(
      issue({ labels: ["persona: Web Developer"], body: questionForm({ persona: "SRE" }) }),
      context(),
    );
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["wendy"]);
  });

  it("routes any issue that gets a persona label by hand", () => {
    const facts = issue({
      body: "Our deploys are slow.",
      labels: ["bug", "persona: SRE"],
      event: "labeled",
      labelAdded: "persona: SRE",
    });
    const decisions = routeQuestion(facts, context());
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["persona-question"]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["ravi", "sam", "Tess"]);
  });

  it("routes by a mention only when detectMentions is on", () => {
    const facts = issue({ title: "Do web developers use Storybook?", body: "Plain issue text.", labels: [] });
    expect(routeQuestion(facts, context())).toEqual([{ kind: "skip", reason: "#42 is not a persona question" }]);
    const decisions = routeQuestion(facts, context({ config: config({ detectMentions: true }) }));
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["wendy"]);
    expect(readRoutingRecord(ofKind(decisions, "comment-create")[0]?.body).source).toBe("mention");
  });

  it("asks instead of guessing when several personas are mentioned", () => {
    const facts = issue({ title: "SRE vs Web Developer dashboards", body: "text", labels: [] });
    const body = ofKind(
      routeQuestion(facts, context({ config: config({ detectMentions: true }) })),
      "comment-create",
    )[0]?.body;
    expect(body).toContain("it mentions several personas (**Web Developer**, **SRE**).");
  });
});

describe("routeQuestion: what it leaves alone", () => {
  it("skips closed issues", () => {
    expect(routeQuestion(issue({ state: "closed" }), context())).toEqual([{ kind: "skip", reason: "#42 is closed" }]);
  });

  it("skips labeled events for labels that are not persona labels", () => {
    const decisions = routeQuestion(issue({ event: "labeled", labelAdded: "persona-question" }), context());
    expect(decisions).toEqual([{ kind: "skip", reason: 'label "persona-question" on #42 is not a persona label' }]);
  });

  it("skips issues that are not persona questions at all", () => {
    expect(writes(routeQuestion(issue({ body: "The build is red.", labels: ["bug"] }), context()))).toEqual([]);
  });
});

describe("routeQuestion: survey-question proposals", () => {
  it("labels survey-question and the persona, assigns the champions, and explains /accept and /reject", () => {
    const decisions = routeQuestion(issue({ body: surveyForm({ persona: "Web Developer" }), labels: [] }), context());
    expect(ofKind(decisions, "add-labels")[0]?.labels).toEqual(["persona: Web Developer", "survey-question"]);
    expect(ofKind(decisions, "assign")[0]?.logins).toEqual(["wendy"]);
    const body = ofKind(decisions, "comment-create")[0]?.body ?? "";
    expect(body).toContain("This proposed survey question goes to the champions of the **Web Developer** persona");
    expect(body).toContain("`/accept`");
    expect(body).toContain("`/reject <reason>`");
    expect(body).not.toContain("`/decline <reason>`");
  });
});

describe("routeQuestion: untrusted text in our comment", () => {
  it("never pings or injects HTML from a typed persona value", () => {
    const evil = "@everyone <script>alert(1)</script> [x](https://evil.example) @acme/all";
    const body =
      ofKind(routeQuestion(issue({ body: questionForm({ persona: evil }) }), context()), "comment-create")[0]?.body ??
      "";
    expect(body).not.toMatch(/@everyone|@acme\/all/);
    expect(body).not.toContain("<script>");
    // The brackets are escaped, so no link renders.
    expect(body).toContain("\\[x\\]");
    expect(body).not.toMatch(/(^|[^\\])\[x\]\(/);
    expect(body).toContain("@\u200Deveryone \\<script\\>alert(1)\\</script\\>");
  });

  it("escapes Markdown in persona names from the docs too", () => {
    const odd = persona({ id: "odd", name: "C_Dev *star*", champions: ["@oscar"] });
    const body = ofKind(
      routeQuestion(issue({ body: questionForm({ persona: "odd" }) }), context({ personas: [odd] })),
      "comment-create",
    )[0]?.body;
    expect(body).toContain("**C\\_Dev \\*star\\***");
  });
});

describe("the fixtures", () => {
  it("cover every persona status", () => {
    expect(new Set(PERSONAS.map((p) => p.status))).toEqual(new Set(["active", "draft", "retired"]));
  });
});
