/**
 * The one import of the `rrule` package. Its `module` build uses extensionless imports that only bundlers
 * resolve, so Node (tsx in the build step, vitest) loads the UMD `main` build instead, where the named
 * exports sit on `default`. Taking them from whichever exists makes both work.
 */
import * as rruleModule from 'rrule';

const pkg = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

export const RRule = pkg.RRule;
export type RRule = rruleModule.RRule;
export type RRuleOptions = rruleModule.Options;
