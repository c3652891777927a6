import type { Context, Probot } from "probot";
import { PermissionError } from "../github/errors.js";

/** A webhook event name as Probot's `app.on` takes it, e.g. `issues.opened`. */
export type EventName = Extract<Parameters<Probot["on"]>[0], string>;

/**
 * Registers a handler with what every handler needs. Events caused by bots are ignored: the App's own
 * writes raise events too (labels, comments, sync commits), and answering them would loop. A missing
 * permission is logged in one line and not rethrown, since a redelivery would fail the same way until
 * the installation grants it; anything else is logged and rethrown, so the delivery shows as failed
 * and can be redelivered (every handler is idempotent).
 */
export function onEvent<E extends EventName>(app: Probot, events: readonly E[], concern: string, handler: (context: Context<E>) => Promise<void>): void {
  const guarded = async (context: Context<E>): Promise<void> => {
    if (context.isBot) {
      context.log.debug(`${concern}: ignored ${context.name} from a bot`);
      return;
    }
    try {
      await handler(context);
    } catch (error) {
      if (error instanceof PermissionError) {
        context.log.warn(`${concern}: ${error.message}`);
        return;
      }
      context.log.error({ err: error }, `${concern} failed on ${context.name} (delivery ${context.id})`);
      throw error;
    }
  };
  // Probot hands each handler its Context; its `on` is typed with the plainer webhook event shape,
  // which a generic event name cannot be matched against.
  app.on([...events], guarded as unknown as Parameters<typeof app.on<E>>[1]);
}
