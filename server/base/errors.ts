/** The API's error shape (API.md, “Error”): thrown anywhere, turned into a response by app.ts. */
import type { ErrorCode } from '../../src/api/contract.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** More members of the error body (e.g. `events` of a refused venue retirement). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = () => new ApiError(404, 'not_found', 'Not found.');
export const conflict = (m: string) => new ApiError(409, 'conflict', m);
export const invalid = (fields: Record<string, string>) => {
  const n = Object.keys(fields).length;
  return new ApiError(422, 'validation', `The request has ${n} problem${n === 1 ? '' : 's'}.`, fields);
};
