/**
 * The walking profiles a walk is planned for. A plain list in its own module, so that the app's first load,
 * which needs only the names, does not pull the data schemas (and their validator) in with them.
 */
export const PROFILE_IDS = ['standard', 'step-free', 'group'] as const;
