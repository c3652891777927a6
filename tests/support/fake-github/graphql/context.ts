import type { Urls } from "../handler-types.js";
import type { FakeState } from "../state/records.js";

/** What GraphQL resolvers see. */
export interface GqlContext {
  state: FakeState;
  urls: Urls;
  token: string | undefined;
}

/** A GraphQL object value: fields are plain values or resolver functions taking the field's arguments. */
export type GqlObject = Record<string, unknown> & { __typename: string };
