import type { QuestionKind } from "./read-question-issue.js";

export type CommandName = "persona" | "decline" | "answered" | "handoff" | "accept" | "reject";
/** Who someone is, for one issue. `maintainer` means write access or more to the repository. */
export type CommandRole = "champion" | "maintainer" | "author";
/** A repository permission as GitHub reports it for a collaborator. */
export type RepoPermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface CommandSpec {
  usage: string;
  summary: string;
  roles: readonly CommandRole[];
  /** The kinds of issue the command makes sense on. */
  appliesTo: readonly QuestionKind[];
}

/**
 * Who may use which slash command. Champions are those of the persona the issue is routed to (its
 * parent's or the fallback champions when that is where it went).
 *
 * | Command            | Champions | Maintainers (write+) | Issue author | Issues             |
 * | ------------------ | --------- | -------------------- | ------------ | ------------------ |
 * | `/persona <name>`  | yes       | yes                  | yes          | questions, surveys |
 * | `/decline <reason>`| yes       | yes                  | no           | questions          |
 * | `/answered`        | yes       | yes                  | yes          | questions          |
 * | `/handoff @user`   | yes       | yes                  | no           | questions, surveys |
 * | `/accept`          | yes       | yes                  | no           | survey proposals   |
 * | `/reject <reason>` | yes       | yes                  | no           | survey proposals   |
 *
 * The author may re-route and close their own question, but not decline it or hand it to someone:
 * those are the champion's calls. A proposal is only accepted or rejected by the persona's champions
 * (or a maintainer), never by whoever proposed it.
 */
export const COMMAND_PERMISSIONS: Readonly<Record<CommandName, CommandSpec>> = {
  persona: {
    usage: "/persona <name>",
    summary: "route the question to another persona",
    roles: ["champion", "maintainer", "author"],
    appliesTo: ["question", "survey"],
  },
  decline: {
    usage: "/decline <reason>",
    summary: "decline a question that would take too much work, saying why, and close it",
    roles: ["champion", "maintainer"],
    appliesTo: ["question"],
  },
  answered: {
    usage: "/answered",
    summary: "close the question as answered",
    roles: ["champion", "maintainer", "author"],
    appliesTo: ["question"],
  },
  handoff: {
    usage: "/handoff @user",
    summary: "hand the question over to another person",
    roles: ["champion", "maintainer"],
    appliesTo: ["question", "survey"],
  },
  accept: {
    usage: "/accept",
    summary: "accept the proposed survey question; a pull request adds it to the persona's questions",
    roles: ["champion", "maintainer"],
    appliesTo: ["survey"],
  },
  reject: {
    usage: "/reject <reason>",
    summary: "reject the proposed survey question, saying why, and close it",
    roles: ["champion", "maintainer"],
    appliesTo: ["survey"],
  },
};

export const COMMAND_NAMES = Object.keys(COMMAND_PERMISSIONS) as CommandName[];

const ROLE_TEXT: Record<CommandRole, string> = {
  champion: "champions",
  maintainer: "maintainers (write access)",
  author: "the issue's author",
};

/** The person issuing a command, as the caller established it for this issue. */
export interface CommandActor {
  login: string;
  permission: RepoPermission;
  isChampion: boolean;
  isAuthor: boolean;
}

/** The roles `actor` holds on the issue. */
export function rolesOf(actor: CommandActor): CommandRole[] {
  const roles: CommandRole[] = [];
  if (actor.isChampion) roles.push("champion");
  if (actor.permission === "admin" || actor.permission === "maintain" || actor.permission === "write") {
    roles.push("maintainer");
  }
  if (actor.isAuthor) roles.push("author");
  return roles;
}

/** Whether `actor` may use the command. */
export function mayUseCommand(name: CommandName, actor: CommandActor): boolean {
  const held = rolesOf(actor);
  return COMMAND_PERMISSIONS[name].roles.some((role) => held.includes(role));
}

/** The commands that make sense on a kind of issue, in the order people need them. */
export function commandsFor(kind: QuestionKind): CommandName[] {
  return COMMAND_NAMES.filter((name) => COMMAND_PERMISSIONS[name].appliesTo.includes(kind));
}

/** The Markdown table of the commands for one kind of issue, for our comments and the README. */
export function renderCommandTable(kind: QuestionKind): string {
  const rows = commandsFor(kind).map((name) => {
    const spec = COMMAND_PERMISSIONS[name];
    return `| \`${spec.usage}\` | ${spec.summary} | ${spec.roles.map((role) => ROLE_TEXT[role]).join(", ")} |`;
  });
  return ["| Command | What it does | Who can use it |", "| --- | --- | --- |", ...rows].join("\n");
}
