import { z } from "zod";
import { kebabIdSchema } from "../config/config-schema.js";

/**
 * A survey questions file, `<survey.questionsPath>/<persona-id>.yml` (or `common.yml` for the
 * questions everyone is asked):
 *
 * ```yaml
 * questions:
 *   - id: build-speed
 *     text: "Build and CI speed (1-5)"
 *     type: scale            # scale | text | choice
 *     phase: building        # required for scale questions, optional otherwise
 *     status: active         # proposed | active | retired
 *   - id: old-ide-question
 *     text: "How happy are you with the IDE?"
 *     type: scale
 *     phase: editing-code
 *     status: retired
 *     retiredIn: 2026-H2     # the first cycle that no longer asks it
 * ```
 *
 * - `status` has no default on purpose: a question reaches respondents only when someone wrote
 *   `active`, and a proposal can never go live by omission.
 * - `options` is required for `choice` and forbidden otherwise, so an export never carries stray options.
 * - "No longer asked": the repository keeps only the current state, so a retirement is dated.
 *   `retiredIn` names the first survey cycle that no longer asks the question; when it equals the
 *   config's `survey.cycle`, the question was asked last cycle and the analysis lists it as no longer
 *   asked, so a trend that stops is explained rather than silently missing. `retiredIn` is only
 *   allowed on retired questions.
 */
export const questionTypeSchema = z.enum(["scale", "text", "choice"]);
export const questionStatusSchema = z.enum(["proposed", "active", "retired"]);

export const questionSchema = z
  .strictObject({
    id: kebabIdSchema,
    text: z.string().trim().min(1, "must not be empty"),
    type: questionTypeSchema,
    options: z.array(z.string().trim().min(1, "must not be empty")).min(2, "must list at least two options").optional(),
    phase: kebabIdSchema.optional(),
    status: questionStatusSchema,
    retiredIn: z.string().trim().min(1).optional(),
  })
  .superRefine((question, ctx) => {
    if (question.type === "choice" && question.options === undefined) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "is required for a choice question: list the answers respondents pick from" });
    }
    if (question.type !== "choice" && question.options !== undefined) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `is only allowed on choice questions; remove it, or make the question \`type: choice\`` });
    }
    if (question.type === "scale" && question.phase === undefined) {
      ctx.addIssue({ code: "custom", path: ["phase"], message: "is required for a scale question: name the phase id its score is about" });
    }
    if (question.retiredIn !== undefined && question.status !== "retired") {
      ctx.addIssue({ code: "custom", path: ["retiredIn"], message: "is only allowed on retired questions; remove it, or set `status: retired`" });
    }
  });

export const questionFileSchema = z.strictObject({
  questions: z.array(questionSchema).default([]),
});

export type QuestionType = z.output<typeof questionTypeSchema>;
export type QuestionStatus = z.output<typeof questionStatusSchema>;
export type QuestionFields = z.output<typeof questionSchema>;
