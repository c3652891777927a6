import type { Persona } from "../persona/persona.js";
import { neutralizeMentions, safeInline } from "../text/safe-markdown.js";
import type { HeadsUpGroup } from "./collect-heads-ups.js";
import { ownerKey } from "./publish-markers.js";
import { listWords } from "./render-heads-up.js";

interface Attendee {
  handle: string;
  team: boolean;
  champions: string[];
  owns: string[];
}

/**
 * The attendee checklist: every champion of a published persona, and every owner of a tool in the top
 * pain points ("the people who control priorities"), each once. Individual champions are mentioned,
 * which invites them when the issue is created; teams are named inertly, because the heads-up is the
 * one place a team is pinged, and owners already had theirs.
 */
export function renderMeetingAttendees(personas: readonly Persona[], owners: readonly HeadsUpGroup[]): string {
  const attendees = new Map<string, Attendee>();
  const entry = (handle: string, team: boolean): Attendee => {
    const key = ownerKey(handle);
    const found = attendees.get(key) ?? { handle, team, champions: [], owns: [] };
    attendees.set(key, found);
    return found;
  };
  for (const persona of personas) {
    for (const champion of persona.champions) entry(champion.handle, champion.kind === "team").champions.push(persona.name);
  }
  for (const owner of owners) entry(owner.owner, owner.owner.includes("/")).owns.push(...owner.tools.map((tool) => tool.name));
  if (attendees.size === 0) return "No champions or tool owners are named yet: add `champions` to the persona docs and `owner` to the tools registry.";
  return [...attendees.values()].map(renderAttendee).join("\n");
}

function renderAttendee(attendee: Attendee): string {
  const mention = attendee.team || attendee.owns.length > 0 ? neutralizeMentions(attendee.handle) : attendee.handle;
  const roles: string[] = [];
  if (attendee.champions.length > 0) roles.push(`champion of ${listWords(attendee.champions.map(safeInline))}`);
  if (attendee.owns.length > 0) roles.push(`owns ${listWords(attendee.owns.map(safeInline))} (has a heads-up)`);
  return `- [ ] ${mention}: ${roles.join("; ")}`;
}
