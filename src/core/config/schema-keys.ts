/**
 * The keys a zod object schema allows at a path, so an "unknown key" diagnostic can suggest the key the
 * user probably meant. zod 4's issue does not carry them, so we walk the schema definition instead.
 */
interface SchemaLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

export function keysAt(schema: unknown, path: readonly (string | number)[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    if (!current) return [];
    const def = current._zod.def;
    if (def.type === "object") current = unwrap((def.shape as Record<string, unknown>)[String(segment)]);
    else if (def.type === "array") current = unwrap(def.element);
    else if (def.type === "record") current = unwrap(def.valueType);
    else return [];
  }
  if (!current || current._zod.def.type !== "object") return [];
  return Object.keys(current._zod.def.shape as Record<string, unknown>);
}

function unwrap(schema: unknown): SchemaLike | undefined {
  let current = isSchema(schema) ? schema : undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def;
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!isSchema(inner)) break;
    current = inner;
  }
  return current;
}

function isSchema(value: unknown): value is SchemaLike {
  return typeof value === "object" && value !== null && "_zod" in value;
}
