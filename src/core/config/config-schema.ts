import { z } from "zod";
import { handleSchema } from "./handles.js";

/**
 * The repository settings file, `.github/persona-governance.yml`. Every key has a default, so an empty
 * (or absent) file is a valid configuration. Each section belongs to one feature; the README's
 * configuration reference documents them in this order.
 */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX_COLOR = /^[0-9a-fA-F]{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const kebabIdSchema = z.string().regex(KEBAB, "must be kebab-case: lower-case letters, digits and single hyphens");
export const colorSchema = z
  .string()
  .transform((value) => value.replace(/^#/, ""))
  .pipe(z.string().regex(HEX_COLOR, "must be a 6-digit hex colour such as 0e8a16"));
export const isoDateSchema = z.string().regex(ISO_DATE, "must be a date written YYYY-MM-DD");

const personasSection = z
  .strictObject({
    path: z.string().min(1).default("personas"),
    requiredSections: z.array(z.string().min(1)).default(["Role Summary", "Responsibilities", "Goals"]),
    recommendedSections: z
      .array(z.string().min(1))
      .default(["Typical Communication", "Interactions with Other Roles", "Workflow"]),
    maxFileBytes: z.number().int().positive().default(256 * 1024),
    maxFiles: z.number().int().positive().default(20_000),
  })
  .prefault({});

const phaseSchema = z.strictObject({
  id: kebabIdSchema,
  name: z.string().min(1).optional(),
  keywords: z.array(z.string().min(1)).default([]),
});

const phasesSection = z
  .strictObject({
    /** When false, only the phases listed here exist; when true they extend the 12 defaults. */
    includeDefaults: z.boolean().default(true),
    extra: z.array(phaseSchema).default([]),
  })
  .prefault({});

const labelsSection = z
  .strictObject({
    prefix: z.string().default("persona: "),
    color: colorSchema.default("1d76db"),
    retiredColor: colorSchema.default("cfd3d7"),
    workflowColor: colorSchema.default("5319e7"),
    /** Labels to delete. Only these are ever deleted, and never while an issue still uses them. */
    delete: z.array(z.string().min(1)).default([]),
  })
  .prefault({});

const toolSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  phase: kebabIdSchema.optional(),
  owner: handleSchema.optional(),
  url: z.string().url().optional(),
});

const syncSection = z
  .strictObject({
    via: z.enum(["pr", "commit"]).default("pr"),
    branch: z.string().min(1).default("persona-governance/sync"),
    codeowners: z.boolean().default(true),
    issueForm: z.boolean().default(true),
    directory: z.boolean().default(true),
    copilotPrompts: z.boolean().default(false),
  })
  .prefault({});

const routingSection = z
  .strictObject({
    strategy: z.enum(["all", "round-robin", "random"]).default("all"),
    responseTime: z.string().min(1).default("3 business days"),
    fallbackChampions: z.array(handleSchema).default([]),
    detectMentions: z.boolean().default(false),
    /** `owner/name` of a central personas repository; absent means this repository. */
    personasRepo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name")
      .optional(),
  })
  .prefault({});

const surveySection = z
  .strictObject({
    personaColumn: z.string().min(1).default("Which personas describe you?"),
    multiValueSeparator: z.string().min(1).default(";"),
    scoreColumns: z.record(z.string(), z.string().min(1)).optional(),
    commentColumns: z.array(z.string().min(1)).optional(),
    scale: z
      .strictObject({ min: z.number().int().default(1), max: z.number().int().default(5) })
      .prefault({}),
    minResponses: z.number().int().positive().default(10),
    cycle: z.string().min(1).optional(),
    previousCycle: z.string().min(1).optional(),
    planningDeadline: isoDateSchema.optional(),
    topPainPoints: z.number().int().positive().default(5),
    quotesPerPainPoint: z.number().int().positive().default(3),
    questionsPath: z.string().min(1).default("survey/questions"),
    headsUp: z
      .strictObject({
        mode: z.enum(["issue", "comment"]).default("issue"),
        /** `owner/name` where heads-up issues go; absent means this repository. */
        repo: z
          .string()
          .regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name")
          .optional(),
      })
      .prefault({}),
  })
  .prefault({});

const followupsSection = z
  .strictObject({
    /** A Projects (v2) URL such as https://github.com/orgs/acme/projects/7. */
    project: z.string().url().optional(),
    remindDaysBefore: z.number().int().nonnegative().default(3),
    reminderIntervalDays: z.number().int().positive().default(7),
    /** Names of the project fields the follow-ups fill in; missing ones other than Status are created. */
    fields: z
      .strictObject({
        status: z.string().min(1).default("Status"),
        persona: z.string().min(1).default("Persona"),
        due: z.string().min(1).default("Due"),
        cycle: z.string().min(1).default("Cycle"),
        owner: z.string().min(1).default("Owner"),
      })
      .prefault({}),
  })
  .prefault({});

export const configSchema = z.strictObject({
  /**
   * Read by the GitHub App's config loader (Probot): start from another repository's settings file,
   * `.github` or `owner/repo[:path]`, and override it with the keys set here. The CLI and the Action
   * read the file as it is.
   */
  _extends: z.string().min(1).optional(),
  personas: personasSection,
  phases: phasesSection,
  labels: labelsSection,
  tools: z.array(toolSchema).default([]),
  sync: syncSection,
  routing: routingSection,
  survey: surveySection,
  followups: followupsSection,
});

export type Config = z.output<typeof configSchema>;
export type ToolDefinition = z.output<typeof toolSchema>;
export type PhaseInput = z.output<typeof phaseSchema>;
