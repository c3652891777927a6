import { describe, expect, it } from "vitest";
import {
  COMMAND_NAMES,
  COMMAND_PERMISSIONS,
  mayUseCommand,
  renderCommandTable,
  type CommandActor,
  type RepoPermission,
} from "../../../src/core/routing/command-permissions.js";

const actor = (permission: RepoPermission, isChampion = false, isAuthor = false): CommandActor => ({
  login: "someone",
  permission,
  isChampion,
  isAuthor,
});

describe("the authorisation matrix", () => {
  // [command, champion, maintainer (write), author, triage, read]
  it.each([
    ["persona", true, true, true, false, false],
    ["decline", true, true, false, false, false],
    ["answered", true, true, true, false, false],
    ["handoff", true, true, false, false, false],
    ["accept", true, true, false, false, false],
    ["reject", true, true, false, false, false],
  ] as const)(
    "/%s: champion %s, maintainer %s, author %s, triage %s, read %s",
    (name, champion, maintainer, author, triage, read) => {
      expect(mayUseCommand(name, actor("read", true))).toBe(champion);
      expect(mayUseCommand(name, actor("write"))).toBe(maintainer);
      expect(mayUseCommand(name, actor("none", false, true))).toBe(author);
      expect(mayUseCommand(name, actor("triage"))).toBe(triage);
      expect(mayUseCommand(name, actor("read"))).toBe(read);
    },
  );

  it("counts admin and maintain as maintainers", () => {
    for (const name of COMMAND_NAMES) {
      expect(mayUseCommand(name, actor("admin"))).toBe(true);
      expect(mayUseCommand(name, actor("maintain"))).toBe(true);
    }
  });

  it("renders a table for each kind of issue from the same matrix", () => {
    expect(renderCommandTable("question")).toBe(
      [
        "| Command | What it does | Who can use it |",
        "| --- | --- | --- |",
        "| `/persona <name>` | route the question to another persona | champions, maintainers (write access), the issue's author |",
        "| `/decline <reason>` | decline a question that would take too much work, saying why, and close it | champions, maintainers (write access) |",
        "| `/answered` | close the question as answered | champions, maintainers (write access), the issue's author |",
        "| `/handoff @user` | hand the question over to another person | champions, maintainers (write access) |",
      ].join("\n"),
    );
    expect(renderCommandTable("survey")).toContain("| `/accept` |");
    expect(renderCommandTable("survey")).not.toContain("/decline");
    expect(Object.keys(COMMAND_PERMISSIONS)).toEqual(COMMAND_NAMES);
  });
});
