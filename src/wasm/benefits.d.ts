// Benefits and eligibility (src/benefits): their request keys and the response groups that
// src/benefits/mod.rs flattens into the response. Kept apart so that the benefits work adds its
// types here; tests/node/types.test.mjs checks them against src/benefits/mod.rs.

/** Request keys of the benefit groups (src/benefits FIELDS); none yet. */
export interface BenefitsRequest {}

/** Flattened into Response (src/benefits Outcome); each group is absent when empty. */
export interface Outcome {
  eligibility?: unknown[];
  benefits?: unknown[];
  notComputed?: unknown[];
}
