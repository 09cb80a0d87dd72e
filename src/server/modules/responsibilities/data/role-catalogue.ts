/**
 * The seven ISMS roles Remit seeds on first start (ISO/IEC 27001:2022 clause 5.3), and the Policy Owner. Each duty is one
 * responsibility item; `decisions` names the decisions DECISIONS.md gives the role, as the job
 * description shows them. Data, not code: the ISM may edit the texts, which bumps their version.
 */
export type SeedRole = {
  key: string;
  name: string;
  summary: string;
  responsibilities: string[];
  decisions: string[];
  scopeTypes: string[];
  exclusive: boolean;
};

export const ROLE_CATALOGUE: SeedRole[] = [
  {
    key: 'top_management',
    name: 'Top Management',
    summary:
      'The CEO or equivalent leadership with ultimate accountability for the ISMS. Provides the leadership, support and direction that shape the security culture and priorities of the organisation.',
    responsibilities: [
      'Hold ultimate accountability for the information security management system',
      'Approve the information security policy',
      'Allocate the resources the ISMS needs',
      'Set information security objectives',
      'Regularly review ISMS performance and compliance',
      'Provide leadership, support and direction for the security culture and its priorities',
    ],
    decisions: [
      'Appoint and end the Top Management and Information Security Manager roles',
      'Approve the ISMS policy and the ISMS scope',
      'Approve resource requests and objectives',
      'Accept residual risk above the acceptance criteria',
      'Approve time-limited segregation-of-duties exceptions',
      'Approve management review minutes',
    ],
    scopeTypes: ['isms'],
    exclusive: false,
  },
  {
    key: 'isms_manager',
    name: 'Information Security Manager (CISO)',
    summary:
      'Manages and coordinates the ISMS day to day, reports its performance to senior management and drives its continual improvement.',
    responsibilities: [
      'Develop and maintain the ISMS framework',
      'Oversee risk assessments and risk treatment plans',
      'Manage the implementation of controls',
      'Report ISMS performance to senior management',
      'Ensure compliance with the requirements of ISO/IEC 27001',
      'Drive continual improvement of the ISMS',
    ],
    decisions: [
      'Assign and end ISMS roles other than Top Management and the ISM',
      'Maintain the role catalogue and the RACI matrix',
      "Confirm a leaver's handover",
      'Request segregation-of-duties exceptions',
      'Approve topic-specific policies and Statement of Applicability versions',
      'Triage, assign and close incidents',
    ],
    scopeTypes: ['isms'],
    exclusive: true,
  },
  {
    key: 'risk_owner',
    name: 'Risk Owner',
    summary:
      'Accountable for the risks in a designated area: identifies, assesses and manages them, and keeps the ISM informed.',
    responsibilities: [
      'Identify the risks within the designated area',
      'Assess those risks',
      'Manage those risks',
      'Implement the risk treatment plans',
      'Communicate risk status and security concerns to the Information Security Manager and relevant stakeholders',
    ],
    decisions: [
      'Assess the risks they own',
      'Approve the treatment plans of their risks',
      'Accept residual risk within the acceptance criteria',
    ],
    scopeTypes: ['isms', 'org_unit', 'risk'],
    exclusive: true,
  },
  {
    key: 'asset_owner',
    name: 'Asset / Data Owner',
    summary:
      'Accountable for the confidentiality, integrity and availability of specific information assets.',
    responsibilities: [
      'Safeguard the confidentiality, integrity and availability of the assets owned',
      'Approve access rights to those assets',
      'Ensure asset protection measures are followed',
      'Support risk management activities for those assets',
    ],
    decisions: ['Approve or reject access requests to their assets', 'Certify entitlements in access reviews'],
    scopeTypes: ['org_unit', 'asset'],
    exclusive: true,
  },
  {
    key: 'sysadmin',
    name: 'System & Network Administrator',
    summary: 'Responsible for the technical side of the IT systems and infrastructure that support the ISMS.',
    responsibilities: [
      'Technically manage IT systems and infrastructure',
      'Monitor IT systems and infrastructure',
      'Maintain IT systems and infrastructure',
      'Secure IT systems and infrastructure',
    ],
    decisions: ['Mark access provisioned or revoked', 'Complete operational control tasks with evidence'],
    scopeTypes: ['isms', 'org_unit', 'asset', 'control'],
    exclusive: false,
  },
  {
    key: 'internal_auditor',
    name: 'Internal Auditor',
    summary: 'Independently evaluates the ISMS so that it stays effective and compliant.',
    responsibilities: [
      'Independently evaluate the implementation of the ISMS',
      'Identify nonconformities',
      'Recommend corrective actions',
      'Carry out regular internal audits',
    ],
    decisions: ['Record audit results and findings', "Verify corrective actions' effectiveness"],
    // 'audit': a member of one audit's team, for the duration of that audit.
    scopeTypes: ['isms', 'org_unit', 'audit'],
    exclusive: false,
  },
  {
    key: 'employee',
    name: 'Employee',
    summary: 'Every person in the organisation has a part in protecting its information.',
    responsibilities: [
      "Comply with the organisation's security policies and procedures",
      'Report security incidents',
      'Safeguard the information they handle',
    ],
    decisions: ['Acknowledge their own responsibilities and the policies that apply to them'],
    scopeTypes: ['isms'],
    exclusive: false,
  },
  {
    // Not one of the seven: A.5.1 asks that each policy has someone who keeps it current. The ISM
    // may hold it for every policy; larger organisations give each topic policy its own owner.
    key: 'policy_owner',
    name: 'Policy Owner',
    summary: 'Keeps one policy accurate, reviewed at its interval and communicated to the people it applies to.',
    responsibilities: [
      'Keep the policy accurate and aligned with the ISMS policy and the risk treatment',
      'Review the policy at its planned interval, or sooner when something changes',
      'Publish approved versions and follow their acknowledgement until everyone has read them',
    ],
    decisions: ['Draft new versions of their policy and publish approved ones', 'Record a periodic review'],
    scopeTypes: ['policy'],
    exclusive: true,
  },
  {
    // Not one of the seven: the ISM manages control implementation (5.3), and ISO/IEC 27002 asks
    // that each control has someone accountable for it working. One holder may own every control
    // (whole-ISMS scope) or each control its own.
    key: 'control_owner',
    name: 'Control Owner',
    summary:
      'Accountable for one or more controls of the Statement of Applicability being implemented, operated and evidenced.',
    responsibilities: [
      'Keep the implementation status and description of the control current',
      'Make sure its operational tasks are scheduled, assigned and carried out',
      'Keep evidence of the control working, renewed before it expires',
      'Follow up missed tasks and a falling control health with the implementers',
    ],
    decisions: ['Set the implementation status of their controls', 'Schedule operational tasks and add evidence'],
    scopeTypes: ['isms', 'control'],
    exclusive: true,
  },
  {
    // Not one of the seven: 10.2 asks that each nonconformity is reacted to, its causes found and
    // action taken. Its owner answers for that; the ISM is accountable for the process (RACI).
    key: 'nonconformity_owner',
    name: 'Nonconformity Owner',
    summary: 'Answers for one nonconformity being corrected, its root cause found and its corrective actions carried out.',
    responsibilities: [
      'React to the nonconformity: control and correct it, and deal with its consequences',
      'Find its root cause and whether similar nonconformities exist or could occur',
      'Plan corrective actions with owners and due dates, and follow them until verified',
    ],
    decisions: ['Record the correction and root cause of their nonconformity', 'Plan its corrective actions'],
    scopeTypes: ['nonconformity'],
    exclusive: true,
  },
  {
    key: 'action_owner',
    name: 'Corrective Action Owner',
    summary: 'Carries out one corrective action by its due date and records what was done.',
    responsibilities: [
      'Carry out the corrective action by its due date',
      'Record what was done, so that its effectiveness can be verified',
      "Tell the nonconformity's owner at once when the action cannot be done by its due date",
    ],
    decisions: ['Complete their corrective action'],
    scopeTypes: ['corrective_action'],
    exclusive: true,
  },
  {
    // Not one of the seven: DECISIONS.md lets the ISM delegate incident triage and closure to an
    // incident manager (a security operations lead, say) without handing over the rest of the role.
    key: 'incident_manager',
    name: 'Incident Manager',
    summary:
      'Runs information security incident management for the ISM: triages every report, assigns handlers and closes incidents with their lessons learned.',
    responsibilities: [
      'Triage every reported event within the triage deadline: event or incident, severity and category',
      'Assign a handler to every incident and follow its response against the deadlines',
      'Make sure authorities, customers and others are told when they must be, and that it is logged',
      'Close each incident with its lessons learned, and tell the reporter the outcome',
    ],
    decisions: ['Triage, assign and close incidents'],
    scopeTypes: ['isms'],
    exclusive: false,
  },
  {
    // Not one of the seven: A.5.26 asks that incidents are responded to; each incident has one
    // person answering for its response (by default a system administrator of what is affected).
    key: 'incident_handler',
    name: 'Incident Handler',
    summary: 'Responds to one information security incident: contains it, eradicates its cause and recovers.',
    responsibilities: [
      'Contain the incident by its containment deadline',
      'Eradicate its cause and recover the affected services by the resolution deadline',
      'Keep the timeline of actions and the communications log current, and keep evidence',
    ],
    decisions: ['Record the response to their incident and complete its phases'],
    scopeTypes: ['incident'],
    exclusive: true,
  },
];

/** The role every active person holds for the whole ISMS from their start date. */
export const EMPLOYEE_ROLE = 'employee';
/** Roles only Top Management assigns (DECISIONS.md). */
export const LEADERSHIP_ROLES = ['top_management', 'isms_manager'];
