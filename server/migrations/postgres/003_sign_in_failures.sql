-- Failed sign-ins, shared by every instance on one database (base/rate-limit.ts, store/sign-ins.ts). `key` is
-- `client <address>` or `pair <address> <e-mail>`; `at` is epoch milliseconds by the service's clock. Rows
-- older than the limit's window are deleted as new ones are written.
CREATE TABLE sign_in_failures (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_key_at ON sign_in_failures (key, at);
