import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeSurveyReplyMarker, meetingMarker } from "../../src/core/publish/publish-markers.js";
import { answerAnalyzeSurvey, type AnalyzeSurveyEnvironment } from "../../src/flows/survey/publish-on-command.js";
import { useFakeGitHub } from "../support/fake-github/use-fake-github.js";
import { EXPORT, gatewayFor, loadCheckout, makeCheckout, NAME, NOW, OWNER, seedRepo } from "../flows/survey/publish-fixture.js";

const gh = useFakeGitHub();
let checkout: { dir: string; remove: () => void };
let env: AnalyzeSurveyEnvironment;
let tracking: number;

beforeEach(async () => {
  seedRepo(gh);
  gh.setPermission(OWNER, NAME, "alice", "write");
  gh.setPermission(OWNER, NAME, "mallory", "read");
  checkout = makeCheckout();
  gh.commitFiles(OWNER, NAME, { [EXPORT]: readFileSync(`${checkout.dir}/${EXPORT}`, "utf8") });
  env = { ...(await loadCheckout(checkout.dir)), botLogin: "octocat", now: new Date(NOW), dryRun: false };
  tracking = gh.addIssue(OWNER, NAME, { title: "Run the 2026-H2 survey", user: "alice" }).number;
});
afterEach(() => checkout.remove());

function command(body: string, user: string) {
  const comment = gh.addComment(OWNER, NAME, tracking, body, user);
  return { issue: tracking, commentId: comment.id, body, author: user };
}

const replies = () => gh.comments(OWNER, NAME, tracking).filter((comment) => comment.user === "octocat");
const reactionsOn = (id: number) => gh.comments(OWNER, NAME, tracking).find((comment) => comment.id === id)!.reactions.map((reaction) => reaction.content);

describe("/analyze-survey", () => {
  it("publishes for a maintainer and answers with one comment saying what was created, and a 👍", async () => {
    const request = command(`/analyze-survey ${EXPORT}`, "alice");
    const outcome = await answerAnalyzeSurvey(gatewayFor(gh), request, env);
    expect(outcome.status).toBe("published");
    expect([...gh.repo(OWNER, NAME)!.issues.values()].some((issue) => issue.body?.includes(meetingMarker("2026-H2")))).toBe(true);
    const [reply, ...more] = replies();
    expect(more).toEqual([]);
    expect(reply!.body.startsWith(analyzeSurveyReplyMarker(request.commentId))).toBe(true);
    expect(reply!.body).toContain("Published the 2026-H2 survey to acme/devex:");
    expect(reply!.body).toMatch(/\| created \| review-meeting issue \| \[2026-H2 review meeting\]\(https:\/\/github\.com\/acme\/devex\/issues\/\d+\) \|/);
    expect(reply!.body).not.toMatch(/@acme\//);
    expect(reactionsOn(request.commentId)).toEqual(["+1"]);
  });

  it("answers each command once, however often the event is delivered", async () => {
    const request = command(`/analyze-survey ${EXPORT}`, "alice");
    await answerAnalyzeSurvey(gatewayFor(gh), request, env);
    gh.resetLog();
    expect(await answerAnalyzeSurvey(gatewayFor(gh), request, env)).toEqual({ status: "already-answered" });
    expect(gh.writes()).toEqual([]);
    expect(replies()).toHaveLength(1);
  });

  it("refuses someone without write access, saying why, with a 😕 and nothing published", async () => {
    const request = command(`/analyze-survey ${EXPORT}`, "mallory");
    const outcome = await answerAnalyzeSurvey(gatewayFor(gh), request, env);
    expect(outcome.status).toBe("refused");
    expect(replies()[0]!.body).toContain("only maintainers (write access or more) can publish a survey");
    expect(reactionsOn(request.commentId)).toEqual(["confused"]);
    expect(gh.repo(OWNER, NAME)!.issues.size).toBe(1);
  });

  it("explains a path that is not in the repository, or not a path at all", async () => {
    const missing = command("/analyze-survey survey/2025.csv", "alice");
    expect(await answerAnalyzeSurvey(gatewayFor(gh), missing, env)).toMatchObject({ status: "failed" });
    expect(replies()[0]!.body).toContain("there is no file `survey/2025.csv` on the default branch");
    const outside = command("/analyze-survey ../other/secrets.csv", "alice");
    expect(await answerAnalyzeSurvey(gatewayFor(gh), outside, env)).toMatchObject({ status: "refused" });
    expect(replies()[1]!.body).toContain("must stay inside the repository");
    expect(reactionsOn(outside.commentId)).toEqual(["confused"]);
  });

  it("replies with the export's problems when it cannot be analysed", async () => {
    gh.commitFiles(OWNER, NAME, { "survey/wrong.csv": "Persona,Score\nSRE,3\n" });
    const request = command("/analyze-survey survey/wrong.csv", "alice");
    expect(await answerAnalyzeSurvey(gatewayFor(gh), request, env)).toMatchObject({ status: "failed" });
    expect(replies()[0]!.body).toMatch(/Publishing `survey\/wrong\.csv` stopped:\n\n- .*Which personas describe you\?/);
    expect(gh.repo(OWNER, NAME)!.issues.size).toBe(1);
  });

  it("costs no request for a comment without the command", async () => {
    gh.resetLog();
    expect(await answerAnalyzeSurvey(gatewayFor(gh), command("Thanks, looks good", "alice"), env)).toEqual({ status: "no-command" });
    expect(gh.requests).toEqual([]);
  });
});
