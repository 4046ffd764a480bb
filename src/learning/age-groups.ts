/**
 * School age groups (primary, junior and senior secondary). A plain list in its own module, so that the app's
 * first load, which reads a trip's age from the URL, does not pull the learning schemas and their validator.
 */
/** School stages: primary 小学 (6–12), junior 初中 (12–15), senior 高中 (15–18). */
export const AGE_GROUPS = ['primary', 'junior', 'senior'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
