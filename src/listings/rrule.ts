/**
 * The one import of the `rrule` package. Its `module` build uses extensionless imports that only bundlers
 * resolve, so Node (tsx in the build step, vitest) loads the UMD `main` build instead, where the named
 * exports sit on `default`. Taking them from whichever exists makes both work. (`Reflect.get`, because the
 * bundler sees that the ESM build has no `default` and warns about a plain `.default`.)
 */
import * as rruleModule from 'rrule';

const pkg = (Reflect.get(rruleModule, 'default') as typeof rruleModule | undefined) ?? rruleModule;

export const RRule = pkg.RRule;
export type RRule = rruleModule.RRule;
export type RRuleOptions = rruleModule.Options;
