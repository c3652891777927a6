import { describe, expect, it } from "vitest";
import { kebabIdSchema } from "../../../src/core/config/config-schema.js";
import { questionIdFromText } from "../../../src/core/questions/question-id-from-text.js";

describe("questionIdFromText", () => {
  it.each([
    ["How fast are your builds, really?", "how-fast-are-your-builds-really"],
    ["Déploiement: ça marche? (1–5)", "deploiement-ca-marche-1-5"],
    ["One two three four five six seven eight", "one-two-three-four-five-six"],
    ["¿?", "question"],
    ["x".repeat(60), "x".repeat(48)],
  ])("makes a kebab-case id of %j", (text, id) => {
    expect(questionIdFromText(text)).toBe(id);
    expect(kebabIdSchema.safeParse(questionIdFromText(text)).success).toBe(true);
  });

  it("avoids ids already taken", () => {
    expect(questionIdFromText("Build speed", ["build-speed", "build-speed-2"])).toBe("build-speed-3");
  });
});
