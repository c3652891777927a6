import { describe, expect, it } from "vitest";
import { formatRepoRef, parseRepoRef } from "../../src/github/repo-ref.js";

describe("parseRepoRef", () => {
  it("reads owner/name and writes it back", () => {
    const ref = parseRepoRef(" acme/widgets.js ");
    expect(ref).toEqual({ owner: "acme", repo: "widgets.js" });
    expect(formatRepoRef(ref!)).toBe("acme/widgets.js");
  });

  it("rejects other shapes", () => {
    expect(parseRepoRef("acme")).toBeUndefined();
    expect(parseRepoRef("acme/widgets/extra")).toBeUndefined();
    expect(parseRepoRef("https://github.com/acme/widgets")).toBeUndefined();
  });
});
