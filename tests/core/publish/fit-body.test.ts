import { describe, expect, it } from "vitest";
import { fitBody } from "../../../src/core/publish/fit-body.js";

describe("fitBody", () => {
  it("keeps everything when it fits", () => {
    expect(fitBody((limit) => `x${limit}`, 200, 100)).toEqual({ text: "x200", commentLimit: 200, reduced: false, cut: false });
  });

  it("lowers the comments per category step by step until the text fits", () => {
    const fitted = fitBody((limit) => "c".repeat(limit), 200, 60);
    expect(fitted).toEqual({ text: "c".repeat(50), commentLimit: 50, reduced: true, cut: false });
  });

  it("cuts before the last heading that fits when even no comments do", () => {
    const text = `# Title\n\nintro\n\n## One\n\n${"a".repeat(30)}\n\n## Two\n\n<details>\n${"b".repeat(60)}\n</details>`;
    const fitted = fitBody(() => text, 200, 70);
    expect(fitted.cut).toBe(true);
    expect(fitted.text).toBe(`# Title\n\nintro\n\n## One\n\n${"a".repeat(30)}`);
  });
});
