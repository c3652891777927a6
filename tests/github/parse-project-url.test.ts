import { describe, expect, it } from "vitest";
import { parseProjectUrl } from "../../src/github/parse-project-url.js";

describe("parseProjectUrl", () => {
  it("reads organisation and user projects, with or without a view", () => {
    expect(parseProjectUrl("https://github.com/orgs/acme/projects/7")).toEqual({ ownerKind: "organization", owner: "acme", number: 7 });
    expect(parseProjectUrl("https://github.com/users/ada/projects/3/views/2")).toEqual({ ownerKind: "user", owner: "ada", number: 3 });
    expect(parseProjectUrl("https://ghe.example.com/orgs/acme/projects/12")).toEqual({ ownerKind: "organization", owner: "acme", number: 12 });
  });

  it("rejects anything else", () => {
    expect(parseProjectUrl("https://github.com/acme/widgets/projects/1")).toBeUndefined();
    expect(parseProjectUrl("not a url")).toBeUndefined();
    expect(parseProjectUrl("https://github.com/orgs/acme/projects/seven")).toBeUndefined();
  });
});
