import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended floor (19 MiB, 2 iterations).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    // Spend the same time when there is no account, so timing does not reveal which emails exist.
    await verify(DUMMY, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

const DUMMY = '$argon2id$v=19$m=19456,t=2,p=1$s1A76mt/XjZbQJbGTa7ohw$V3vnrPEKSaCJ4EMe5ubCOOAXthK74Jg5W4yThSVNLRk';
