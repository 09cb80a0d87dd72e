import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;

/**
 * Every remit call starts a process: about 0.5 s for help, 1.5-2 s for a command that opens the
 * database (it loads the server) on an idle 2-core machine, a few times that while other test files
 * run beside it; a test's limit allows for its calls.
 */
const SPAWN_TIMEOUT = { timeout: 120_000 };

function remit(args: string[]) {
  const res = spawnSync(process.execPath, [path.join(root, 'bin/remit.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', REMIT_DATA_DIR: dir, LOG_LEVEL: 'warn' },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const HEADER = 'employee_id,full_name,email,job_title,org_unit_code,org_unit_name,manager_employee_id,status';

describe('[CLI] remit import people / export people', SPAWN_TIMEOUT, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-cli-import-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('dry-runs by default, applies with --apply, and re-imports with nothing to change', () => {
    const file = path.join(dir, 'hr.csv');
    fs.writeFileSync(
      file,
      [
        HEADER,
        'C1,Cleo Chief,cleo@acme.example,CEO,HQ,Headquarters,,active',
        'C2,Dev One,dev@acme.example,Dev,HQ,,C1,active',
      ].join('\n'),
    );
    const dry = remit(['import', 'people', file]);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Dry run: hr.csv, 2 rows');
    expect(dry.out).toContain('created 2');
    expect(dry.out).toContain('run again with --apply');
    const applied = remit(['import', 'people', file, '--apply']);
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Applied: hr.csv');
    expect(remit(['import', 'people', file]).out).toContain('Nothing to change.');

    const out = path.join(dir, 'export.csv');
    const exported = remit(['export', 'people', '--out', out]);
    expect(exported.code, exported.err).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('C2,Dev One,dev@acme.example,Dev,HQ,Headquarters,,C1');
    expect(remit(['export', 'people', '--out', out]).code).toBe(1);
    const again = remit(['import', 'people', out, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ counts: { created: 0, updated: 0, unchanged: 2 } });
  });

  it('exits non-zero with the line and field of a bad row, and applies nothing', () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      file,
      [HEADER, 'C3,Ok Person,ok@acme.example,,HQ,,,active', 'C4,Bad,not-an-email,,HQ,,,active'].join('\n'),
    );
    const res = remit(['import', 'people', file, '--apply']);
    expect(res.code).toBe(1);
    expect(res.out).toContain('line 3, email');
    expect(res.err).toContain('1 row error(s) in bad.csv; nothing was applied');
    expect(res.err).not.toContain('    at ');
    const check = remit(['import', 'people', path.join(dir, 'hr.csv'), '--json']);
    expect(JSON.parse(check.out).counts.created).toBe(0);
    expect(remit(['import', 'people', path.join(dir, 'missing.csv')]).err).toContain('no such file');
    expect(remit(['import', '--help']).out).toContain('people');
  });
});

describe('[CLI] remit export policies / policy-acks', SPAWN_TIMEOUT, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-cli-policies-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exports the demo policy register and one version’s acknowledgement evidence, and says what is wrong', () => {
    expect(remit(['demo']).code).toBe(0);
    const register = path.join(dir, 'policies.csv');
    const reg = remit(['export', 'policies', '--out', register]);
    expect(reg.code, reg.err).toBe(0);
    const text = fs.readFileSync(register, 'utf8');
    expect(text).toContain('POL-001');
    expect(text).toContain('Information security policy');

    const evidence = path.join(dir, 'acks.xlsx');
    const acks = remit(['export', 'policy-acks', '--policy', 'pol-001', '--format', 'xlsx', '--out', evidence]);
    expect(acks.code, acks.err).toBe(0);
    expect(fs.readFileSync(evidence).subarray(0, 2).toString()).toBe('PK');
    const v1 = path.join(dir, 'v1.csv');
    expect(remit(['export', 'policy-acks', '--policy', 'POL-001', '--version', '1', '--out', v1]).code).toBe(0);
    expect(fs.readFileSync(v1, 'utf8')).toContain('acknowledged');

    const missing = remit(['export', 'policy-acks', '--policy', 'POL-999', '--out', path.join(dir, 'x.csv')]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('No policy POL-999');
    const noVersion = remit(['export', 'policy-acks', '--policy', 'POL-005', '--out', path.join(dir, 'y.csv')]);
    expect(noVersion.err).toContain('no version in force');
  });
});

describe('[CLI] remit import risks / export risks', SPAWN_TIMEOUT, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-cli-risks-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks every row, creates nothing on a dry run or on errors, then applies and exports', () => {
    const header = 'title,category,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact';
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, [header, 'Flood,Physical,2,9,1,1', ',Cyber,,,,'].join('\n'));
    const refused = remit(['import', 'risks', bad, '--apply']);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('line 2  inherent_impact');
    expect(refused.out).toContain('line 3  title');
    expect(refused.err).toContain('nothing was applied');

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, [header, 'Flood,Physical,2,4,1,4', 'Phishing,Cyber,4,4,2,3'].join('\n'));
    const dry = remit(['import', 'risks', good]);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('run again with --apply');
    const applied = remit(['import', 'risks', good, '--apply']);
    expect(applied.code, applied.err).toBe(0);
    expect(applied.out).toContain('Applied: good.csv, 2 rows (2 with scores)');

    const out = path.join(dir, 'risks.csv');
    expect(remit(['export', 'risks', '--out', out]).code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('RSK-0001');
    expect(text).toContain('Phishing');
  });
});

describe('[CLI] remit export nonconformities / audit-coverage / audit-report / incidents', SPAWN_TIMEOUT, () => {
  // Each remit call starts a process that compiles the CLI: a few seconds each on a busy machine.
  const SLOW = 90_000;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-cli-audits-'));
    const demo = remit(['demo']);
    expect(demo.code, demo.err).toBe(0);
  }, SLOW);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const firstLine = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')[0];

  it(
    'exports the nonconformity and corrective action log of the demo',
    () => {
      const log = path.join(dir, 'ncs.csv');
      const ncs = remit(['export', 'nonconformities', '--out', log]);
      expect(ncs.code, ncs.err).toBe(0);
      expect(firstLine(log)).toMatch(
        /^NC,Title,Severity,Source,Audit,Raised,.*,Corrective action,Action,Action owner,/,
      );
      const text = fs.readFileSync(log, 'utf8');
      expect(text).toContain('NC-0001');
      expect(text).toMatch(/NC-0002,Leavers keep their access after their last day,Minor,Audit,AUD-0001,/);
      const open = path.join(dir, 'open.xlsx');
      const xlsx = remit(['export', 'nonconformities', '--status', 'unclosed', '--format', 'xlsx', '--out', open]);
      expect(xlsx.code, xlsx.err).toBe(0);
      expect(fs.readFileSync(open).subarray(0, 2).toString()).toBe('PK');
    },
    SLOW,
  );

  it(
    'exports the audit programme coverage',
    () => {
      const coverage = path.join(dir, 'coverage.csv');
      const cov = remit(['export', 'audit-coverage', '--out', coverage]);
      expect(cov.code, cov.err).toBe(0);
      expect(firstLine(coverage)).toBe(
        'Type,Item,Title,Frequency (months),Last audited,Audit,Result,Planned in,Due by,State',
      );
      const text = fs.readFileSync(coverage, 'utf8');
      expect(text).toMatch(/\nClause,7\.5\.1,[^\n]*,AUD-0001,conforming,[^\n]*,Audited/);
      expect(text).toMatch(/\nClause,9\.2\.1,[^\n]*AUD-0002[^\n]*,Planned/);
    },
    SLOW,
  );

  it(
    'exports an audit report as PDF by reference, marks a draft, and names an unknown audit',
    () => {
      const pdf = path.join(dir, 'AUD-0001.pdf');
      const report = remit(['export', 'audit-report', '--audit', 'aud-0001', '--out', pdf]);
      expect(report.code, report.err).toBe(0);
      expect(report.err).toBe('');
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const draft = remit(['export', 'audit-report', '--audit', 'AUD-0002', '--out', path.join(dir, 'AUD-0002.pdf')]);
      expect(draft.code, draft.err).toBe(0);
      expect(draft.err).toContain('AUD-0002 is not signed off');
      const missing = remit(['export', 'audit-report', '--audit', 'AUD-0999', '--out', path.join(dir, 'x.pdf')]);
      expect(missing.code).toBe(1);
      expect(missing.err).toContain('No audit AUD-0999');
      expect(missing.err).not.toContain('    at ');
      expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    },
    SLOW,
  );

  it(
    'exports the incident register, without naming a confidential reporter, and an incident report',
    () => {
      const register = path.join(dir, 'incidents.csv');
      const inc = remit(['export', 'incidents', '--status', 'closed', '--out', register]);
      expect(inc.code, inc.err).toBe(0);
      expect(firstLine(register)).toMatch(
        /^Incident,Title,Status,Classification,Severity,Category,Phase,Reporter,Handler,/,
      );
      const text = fs.readFileSync(register, 'utf8');
      expect(text).toContain('INC-0001,Phishing e-mail');
      expect(text).not.toContain('INC-0003');
      const all = remit(['export', 'incidents']);
      expect(all.out).toMatch(/\nINC-0003,Administrator passwords shared in a team chat,[^\n]*,Confidential,/);
      const pdf = path.join(dir, 'INC-0003.pdf');
      const report = remit(['export', 'incident-report', '--incident', 'inc-0003', '--out', pdf]);
      expect(report.code, report.err).toBe(0);
      expect(report.err).toContain('INC-0003 is not closed');
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    },
    SLOW,
  );
});
