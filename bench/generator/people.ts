import { createRandom } from './random.js';

export type DemoSize = 'small' | 'medium' | 'enterprise';

/** People per size; later modules add their own counts to this table. */
export const PEOPLE_PER_SIZE: Record<DemoSize, number> = { small: 60, medium: 2_000, enterprise: 20_000 };

const FIRST = [
  'Amira',
  'Ben',
  'Chloé',
  'Dario',
  'Elif',
  'Finn',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Maja',
  'Nikolai',
  'Olu',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
] as const;
const LAST = [
  'Adeyemi',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hoffmann',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Yilmaz',
  'Zhang',
] as const;

export type DemoPerson = { fullName: string; email: string };

/** Generates people deterministically, with unique emails at the demo domain. */
export function* generatePeople(count: number, seed: number, domain = 'example.org'): Generator<DemoPerson> {
  const rnd = createRandom(seed);
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const first = rnd.pick(FIRST);
    const last = rnd.pick(LAST);
    const base = `${first}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    yield { fullName: `${first} ${last}`, email: `${n === 1 ? base : `${base}${n}`}@${domain}` };
  }
}
