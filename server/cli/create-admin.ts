/**
 * `npm run create-admin -- <email> "<name>"`: creates an admin account in the configured database
 * (DATA_DIR / DATABASE_URL, as the server). The password is read from the ADMIN_PASSWORD environment
 * variable or, when that is unset, asked for on the terminal (not echoed). Refuses an e-mail in use.
 */
import { createInterface } from 'node:readline';
import { configFromEnv } from '../base/config.ts';
import { openDb } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';
import { openStores } from '../store/index.ts';
import { LIMITS } from '../../src/api/contract.ts';
import { hashPassword } from '../base/passwords.ts';

const [email, name] = process.argv.slice(2);
if (!email || !name || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error('usage: npm run create-admin -- <email> "<name>"   (password from ADMIN_PASSWORD or asked)');
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('set ADMIN_PASSWORD or run in a terminal');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Mute the echo of what is typed after the prompt.
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let muted = false;
  out._writeToOutput = (s: string) => {
    if (!muted) out.output.write(s);
  };
  return new Promise((resolve) => {
    rl.question(`Password (at least ${LIMITS.passwordMin} characters): `, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

const password = process.env.ADMIN_PASSWORD ?? (await askPassword());
if (password.length < LIMITS.passwordMin || password.length > LIMITS.passwordMax) {
  console.error(`The password needs ${LIMITS.passwordMin}–${LIMITS.passwordMax} characters.`);
  process.exit(2);
}
const config = configFromEnv();
const db = openDb(config);
try {
  await migrate(db, config.clock);
  const user = await openStores(db, config.clock).people.createUser(null, {
    email,
    name,
    role: 'admin',
    organizationId: null,
    passwordHash: await hashPassword(password),
  });
  console.log(
    `Admin ${user.email} created (id ${user.id}) in ${db.kind === 'sqlite' ? config.dataDir : 'PostgreSQL'}.`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
