import { z } from "zod";
import { colorSchema, kebabIdSchema } from "../config/config-schema.js";
import { handleSchema } from "../config/handles.js";

/**
 * The YAML front matter of a persona doc. `champions` is optional here because draft and retired
 * personas may have none; the validator enforces it for active personas with its own rule, so the
 * message can say why.
 */
export const personaStatusSchema = z.enum(["active", "draft", "retired"]);

const workflowStepSchema = z.union([
  z.string().min(1),
  z.array(z.string().min(1)),
  z.strictObject({
    tools: z.array(z.string().min(1)).default([]),
    how: z.string().optional(),
  }),
]);

export const frontMatterSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty"),
  id: kebabIdSchema.optional(),
  champions: z.array(handleSchema).default([]),
  aliases: z.array(z.string().trim().min(1)).default([]),
  parent: kebabIdSchema.optional(),
  status: personaStatusSchema.default("active"),
  size: z.number().int().nonnegative().optional(),
  summary: z.string().trim().min(1).optional(),
  label: z
    .strictObject({
      name: z.string().min(1).max(50, "GitHub label names are at most 50 characters").optional(),
      color: colorSchema.optional(),
      description: z.string().max(100, "GitHub label descriptions are at most 100 characters").optional(),
    })
    .optional(),
  paths: z.array(z.string().min(1)).default([]),
  previously: z.array(z.string().trim().min(1)).default([]),
  /** Phase id → tools used in it: a list of tool names, a comma-separated string of them, or `{tools, how}`. */
  workflow: z.record(z.string(), workflowStepSchema).optional(),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type PersonaStatus = z.output<typeof personaStatusSchema>;
