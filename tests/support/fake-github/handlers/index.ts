import type { Handler } from "../handler-types.js";
import { accountHandlers } from "./accounts.js";
import { appHandlers } from "./apps.js";
import { checkHandlers } from "./checks.js";
import { commentHandlers } from "./comments.js";
import { contentHandlers } from "./contents.js";
import { gitObjectHandlers } from "./git-objects.js";
import { gitRefHandlers } from "./git-refs.js";
import { issueLabelHandlers } from "./issue-labels.js";
import { issueHandlers } from "./issues.js";
import { labelHandlers } from "./labels.js";
import { pullHandlers } from "./pulls.js";
import { reactionHandlers } from "./reactions.js";
import { repoHandlers } from "./repos.js";
import { searchHandlers } from "./search.js";

/** Every REST operation the fake implements, by OpenAPI operationId. */
export const restHandlers: Readonly<Record<string, Handler>> = {
  ...labelHandlers,
  ...issueLabelHandlers,
  ...issueHandlers,
  ...commentHandlers,
  ...reactionHandlers,
  ...searchHandlers,
  ...pullHandlers,
  ...checkHandlers,
  ...repoHandlers,
  ...contentHandlers,
  ...gitRefHandlers,
  ...gitObjectHandlers,
  ...accountHandlers,
  ...appHandlers,
};
