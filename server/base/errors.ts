/** The API's error shape (API.md, “Error”): thrown anywhere, turned into a response by app.ts. */
import type { ErrorCode } from '../../src/api/contract.ts';
import { issue, type FieldIssues } from '../../src/data/issues.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** For `validation`: the issue at each dot path (sent as `fields` in English and `codes`). */
    readonly fields?: FieldIssues,
    /** More members of the error body (e.g. `events` of a refused venue retirement). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = () => new ApiError(404, 'not_found', 'Not found.');
export const conflict = (m: string) => new ApiError(409, 'conflict', m);
export const invalid = (fields: FieldIssues) => {
  const n = Object.keys(fields).length;
  return new ApiError(422, 'validation', `The request has ${n} problem${n === 1 ? '' : 's'}.`, fields);
};

/** One field's issue as a 422. */
export const invalidField = (path: string, ...args: Parameters<typeof issue>) =>
  invalid({ [path]: issue(...args) });
