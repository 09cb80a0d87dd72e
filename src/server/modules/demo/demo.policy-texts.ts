import type { Quiz } from '../policies/policies.rules.js';

/** The demo organisation's policy texts (Markdown), written for Remit's demo. */
type Text = { title: string; body: string; changeSummary: string };

const ismsCommon = `## Purpose

Acme depends on information: our customers' data, our products and our own records. This policy
states how top management directs the protection of that information and sets the framework for
every topic-specific policy.

## Scope

It applies to all employees, contractors and third parties who handle Acme information, on every
system and in every location covered by the ISMS scope statement.

## Commitments

- We protect the **confidentiality**, **integrity** and **availability** of information in line
  with the risks we face and with our legal, regulatory and contractual obligations.
- We set information security objectives each year and measure progress against them.
- We give the ISMS the people, budget and tools it needs.
- We keep improving the ISMS based on audits, incidents and management reviews.
`;

const ismsRoles = (extra: string) => `## Roles and responsibilities

| Role | Responsibility |
| --- | --- |
| Top Management | Approves this policy, allocates resources, reviews ISMS performance |
| Information Security Manager | Runs the ISMS day to day and reports on it |
| Risk owners | Assess and treat the risks in their area |
| Asset owners | Approve access to their assets and protect them |
| Everyone | Follows the policies, reports incidents, protects information |
${extra}
## Compliance

Breaches of this policy are handled through the disciplinary process. Exceptions need the written
approval of the Information Security Manager and are reviewed at least every year.
`;

export const DEMO_POLICY_TEXTS: {
  ismsV1: Text;
  ismsV2: Text;
  ismsQuiz: Quiz;
  aup: Text;
  access: Text;
  incidents: Text;
  secureDev: Text;
} = {
  ismsV1: {
    title: 'Information security policy',
    changeSummary: 'First issue',
    body: `# Information security policy\n\n${ismsCommon}\n${ismsRoles('')}`,
  },
  ismsV2: {
    title: 'Information security policy',
    changeSummary: 'Annual review: objectives are now set each year and the roles table names risk and asset owners.',
    body: `# Information security policy\n\n${ismsCommon}- Every role in the ISMS has a named holder and a deputy where the work cannot wait.\n\n${ismsRoles('| Internal auditors | Audit the ISMS independently of the work they audit |\n')}`,
  },
  ismsQuiz: {
    passMark: 100,
    questions: [
      {
        id: 'q1',
        question: 'Who approves the information security policy?',
        options: ['Any manager', 'Top Management', 'The IT department'],
        answer: 1,
      },
      {
        id: 'q2',
        question: 'What should you do when you notice a security incident?',
        options: ['Report it straight away', 'Wait to see if it happens again', 'Fix it quietly yourself'],
        answer: 0,
      },
    ],
  },
  aup: {
    title: 'Acceptable use policy',
    changeSummary: 'First issue',
    body: `# Acceptable use policy

## Devices and accounts

- Use only the devices and accounts the company gives you for company work.
- Lock your screen whenever you leave your device.
- Never share your password; use the password manager and multi-factor authentication.

## Information

- Store company information only in approved systems.
- Label confidential documents and do not send them to personal addresses.

## Internet and e-mail

Be careful with links and attachments. Report suspicious messages with the *Report phishing* button.
`,
  },
  access: {
    title: 'Access control policy',
    changeSummary: 'First issue',
    body: `# Access control policy

## Principles

1. Access is granted on the principle of **least privilege**.
2. Every access right has an owner who approves it: the owner of the asset.
3. Whoever requests access never approves it; whoever approves privileged access never provisions it.

## Reviews

Asset owners review the access to their assets every quarter; privileged access every month.

## Leavers

Access ends on the leaver's last day. System administrators remove it within one working day.
`,
  },
  incidents: {
    title: 'Incident reporting policy',
    changeSummary: 'First issue',
    body: `# Incident reporting policy

Report anything that might harm the confidentiality, integrity or availability of information:
lost devices, suspicious e-mails, data sent to the wrong person, unexpected system behaviour.

## How

Use **Report an incident** in Remit. It takes less than a minute. If you cannot, call the service desk.

## How fast

Straight away, and at the latest within one hour of noticing it. Do not investigate on your own.
`,
  },
  secureDev: {
    title: 'Secure development policy',
    changeSummary: 'First issue',
    body: `# Secure development policy

## Design

Threats are considered for every new feature that handles personal or confidential data.

## Code

- Every change is reviewed by someone other than its author before it is merged.
- Dependencies are scanned for known vulnerabilities on every build.

## Release

Only the release pipeline deploys to production; developers have no standing production access.
`,
  },
};
