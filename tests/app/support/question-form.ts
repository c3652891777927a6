/** An issue body as GitHub renders a submission of the generated "Persona question" form. */
export function questionFormBody(fields: { persona: string; question?: string; context?: string }): string {
  return [
    ["Persona", fields.persona],
    ["Your question", fields.question ?? "How do you page each other during an incident?"],
    ["Context", fields.context ?? "_No response_"],
    ["Urgency", "Whenever convenient"],
  ]
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join("\n\n");
}
