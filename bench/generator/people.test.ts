import { describe, expect, it } from 'vitest';
import { generateOrganisation, hrCsvLines } from './people.js';

describe('[PEOPLE] demo organisation generator', () => {
  it('is deterministic, with unique ids and emails and a proper reporting tree', () => {
    const a = generateOrganisation(2_000, 7);
    expect(generateOrganisation(2_000, 7)).toEqual(a);
    expect(generateOrganisation(2_000, 8).people[0]).not.toEqual(a.people[0]);
    expect(a.people).toHaveLength(2_000);
    expect(new Set(a.people.map((p) => p.email)).size).toBe(2_000);
    expect(new Set(a.people.map((p) => p.employeeId)).size).toBe(2_000);
    const units = new Set(a.units.map((u) => u.code));
    for (const u of a.units) if (u.parentCode) expect(units.has(u.parentCode)).toBe(true);
    const byId = new Map(a.people.map((p) => [p.employeeId, p]));
    const leaders = new Set(a.people.map((p) => p.managerEmployeeId));
    expect(a.people.filter((p) => p.managerEmployeeId === null)).toHaveLength(1);
    for (const p of a.people) {
      expect(units.has(p.orgUnitCode)).toBe(true);
      if (p.status === 'leaver') expect(leaders.has(p.employeeId)).toBe(false);
      // Walking up always reaches the CEO.
      let cursor = p;
      for (let i = 0; cursor.managerEmployeeId && i < 20; i += 1) cursor = byId.get(cursor.managerEmployeeId)!;
      expect(cursor.managerEmployeeId).toBeNull();
    }
    expect(a.units.length).toBeGreaterThan(30);
    expect(generateOrganisation(20_000, 1).units.length).toBeGreaterThan(100);
  });

  it('writes the HR CSV with a header and one line per person', () => {
    const org = generateOrganisation(60, 1);
    const lines = [...hrCsvLines(org)];
    expect(lines).toHaveLength(61);
    expect(lines[0]).toMatch(/^employee_id,full_name,email,/);
  });
});
