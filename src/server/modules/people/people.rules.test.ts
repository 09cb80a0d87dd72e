import { describe, expect, it } from 'vitest';
import { mapHeader, parseDay, validateRow } from './people.import.rules.js';
import { descendantsOf, findReportingLoop, wouldBeOwnAncestor } from './people.rules.js';

describe('[PEOPLE] import rules', () => {
  it('maps common header spellings case-insensitively and names what is missing', () => {
    const { map, errors } = mapHeader([
      '\uFEFFEmployee Number',
      'First Name',
      'SURNAME',
      'Work E-mail',
      'Hire Date',
      'Whatever',
    ]);
    expect(errors).toEqual([]);
    expect(map.index).toMatchObject({ employee_id: 0, first_name: 1, last_name: 2, email: 3, start_date: 4 });
    const missing = mapHeader(['name', 'title']);
    expect(missing.errors.map((e) => e.field)).toEqual(['employee_id', 'email']);
    const twice = mapHeader(['employee_id', 'email', 'name', 'full name']);
    expect(twice.errors[0]).toMatchObject({ line: 1, field: 'full_name' });
  });

  it('accepts real calendar days only', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2024-05-06T10:00:00Z')).toBe('2024-05-06');
    expect(parseDay('06/05/2024')).toBeNull();
  });

  it('validates a row: a past leave date makes a leaver, a formula guard is removed', () => {
    const { map } = mapHeader(['employee_id', 'full_name', 'email', 'job_title', 'status', 'start_date', 'leave_date']);
    const ok = validateRow(
      ['E1', 'Ana', 'ANA@X.example', "'=SUM(A1)", '', '2020-01-01', '2024-01-31'],
      7,
      map,
      '2025-01-01',
    );
    expect(ok.errors).toEqual([]);
    expect(ok.row).toMatchObject({ line: 7, email: 'ana@x.example', jobTitle: '=SUM(A1)', status: 'leaver' });
    const planned = validateRow(
      ['E1', 'Ana', 'a@x.example', '', 'active', '2020-01-01', '2026-01-31'],
      2,
      map,
      '2025-01-01',
    );
    expect(planned.row?.status).toBe('active');
    const bad = validateRow(['E 1', '', 'nope', '', 'retired', '2020-01-01', '2019-01-01'], 3, map, '2025-01-01');
    expect(bad.row).toBeNull();
    expect(bad.errors.map((e) => e.field)).toEqual(['employee_id', 'full_name', 'email', 'leave_date', 'status']);
    expect(validateRow(['E1', 'Ana'], 4, map).errors[0]).toMatchObject({ line: 4, field: 'row' });
  });
});

describe('[PEOPLE] tree rules', () => {
  const links = [
    { id: 'root', parent_id: null },
    { id: 'a', parent_id: 'root' },
    { id: 'b', parent_id: 'a' },
    { id: 'c', parent_id: 'root' },
  ];
  it('finds descendants and refuses a move under one of them', () => {
    expect(descendantsOf(links, 'a').sort()).toEqual(['a', 'b']);
    expect(wouldBeOwnAncestor(links, 'a', 'b')).toBe(true);
    expect(wouldBeOwnAncestor(links, 'a', 'c')).toBe(false);
    expect(wouldBeOwnAncestor(links, 'a', null)).toBe(false);
  });
  it('finds a reporting loop through the start only', () => {
    const managers = new Map([
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
      ['p', 'q'],
      ['q', 'r'],
      ['r', 'q'],
    ]);
    expect(findReportingLoop('x', (k) => managers.get(k))).toEqual(['x', 'y', 'z']);
    expect(findReportingLoop('p', (k) => managers.get(k))).toBeNull();
  });
});
