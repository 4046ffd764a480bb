/**
 * The one id pattern of the project: lowercase kebab-case (`hu-xueyan`, `imperial-city`). Places, walks,
 * events, venues, learning material and every id in a URL or an API path are held to it; a URL or API path
 * takes at most `MAX_ID_LENGTH` characters of it.
 */
import * as v from 'valibot';
import { codedRegex } from './issues.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 200;

/** A well-formed id of any length (for untrusted input, also check `MAX_ID_LENGTH` or a tighter bound). */
export const isId = (s: unknown): s is string => typeof s === 'string' && ID_PATTERN.test(s);

/** An id in a schema, with the message the validators print. */
export const IdSchema = v.pipe(v.string(), codedRegex(ID_PATTERN, 'id', 'must be lowercase kebab-case'));

/** The most stops a walk may have: curated walks, a visitor's own walk, a shared link, a saved walk. */
export const MAX_WALK_STOPS = 15;
