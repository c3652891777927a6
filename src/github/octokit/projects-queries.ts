/**
 * The GraphQL documents of the Projects (v2) gateway, written against GitHub's public schema. Field
 * configurations are a union, so each shape is asked for with its own fragment.
 */
const FIELD_SELECTION = `
  ... on ProjectV2FieldCommon { id name dataType }
  ... on ProjectV2SingleSelectField { options { id name } }
  ... on ProjectV2IterationField { configuration { iterations { id title startDate duration } } }
`;

const FIELD_ID = "field { ... on ProjectV2FieldCommon { id } }";

const VALUE_SELECTION = `
  ... on ProjectV2ItemFieldTextValue { text ${FIELD_ID} }
  ... on ProjectV2ItemFieldNumberValue { number ${FIELD_ID} }
  ... on ProjectV2ItemFieldDateValue { date ${FIELD_ID} }
  ... on ProjectV2ItemFieldSingleSelectValue { optionId ${FIELD_ID} }
  ... on ProjectV2ItemFieldIterationValue { iterationId ${FIELD_ID} }
`;

/** The project with one page of fields; `owner` picks the root field, organization or user. */
export function projectQuery(owner: "organization" | "user"): string {
  return `query($owner: String!, $number: Int!, $cursor: String) {
  owner: ${owner}(login: $owner) {
    projectV2(number: $number) {
      id title url
      fields(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { ${FIELD_SELECTION} } }
    }
  }
}`;
}

const ITEM_SELECTION = `pageInfo { hasNextPage endCursor } nodes { id project { id } fieldValues(first: 100) { nodes { ${VALUE_SELECTION} } } }`;

export const ITEMS_OF_CONTENT = `query($content: ID!, $cursor: String) {
  node(id: $content) {
    ... on Issue { projectItems(first: 50, after: $cursor) { ${ITEM_SELECTION} } }
    ... on PullRequest { projectItems(first: 50, after: $cursor) { ${ITEM_SELECTION} } }
  }
}`;

export const ADD_ITEM = `mutation($project: ID!, $content: ID!) {
  addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } }
}`;

export const SET_FIELD_VALUE = `mutation($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) { projectV2Item { id } }
}`;

export const CLEAR_FIELD_VALUE = `mutation($project: ID!, $item: ID!, $field: ID!) {
  clearProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field }) { projectV2Item { id } }
}`;

export const CREATE_FIELD = `mutation($project: ID!, $name: String!, $dataType: ProjectV2CustomFieldType!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  createProjectV2Field(input: { projectId: $project, name: $name, dataType: $dataType, singleSelectOptions: $options }) { projectV2Field { ${FIELD_SELECTION} } }
}`;

export const REPLACE_OPTIONS = `mutation($field: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  updateProjectV2Field(input: { fieldId: $field, singleSelectOptions: $options }) { projectV2Field { ${FIELD_SELECTION} } }
}`;
