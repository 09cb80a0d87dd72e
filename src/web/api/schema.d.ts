// Generated from openapi/openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access requests: yours, those waiting for your decision, provisioning or revocation, or all */
        get: operations["listAccessRequests"];
        put?: never;
        /** Request access to an asset, for yourself or someone else */
        post: operations["createAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One access request (its requester, beneficiary, the asset owner, administrators, ISM, auditors) */
        get: operations["getAccessRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a request not yet provisioned (its requester) */
        post: operations["cancelAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject (the asset owner; never the requester or beneficiary: SOD-02) */
        post: operations["decideAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/provision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark approved access as given (a system administrator of the asset; not its approver for privileged access: SOD-03) */
        post: operations["provisionAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark provisioned access as taken away (a system administrator of the asset) */
        post: operations["revokeAccessRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access review campaigns: every one (ISM, auditors, Top Management) or those you review in */
        get: operations["listAccessReviews"];
        put?: never;
        /** Start a campaign over systems: one item per entitlement, routed to the asset owner (ISM) */
        post: operations["createAccessReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its progress */
        get: operations["getAccessReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a campaign whose items are all decided: kept entitlements count as certified (ISM) */
        post: operations["closeAccessReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence of the campaign: every item, its decision, who took it and when (XLSX or PDF) */
        get: operations["exportAccessReviewEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items of a campaign, filtered (a reviewer sees theirs; the ISM and auditors see all) */
        get: operations["listAccessReviewItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/items/{entitlementId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep, revoke or modify one entitlement (its reviewer; never the account holder: SOD-04) */
        post: operations["decideAccessReviewItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/items/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One decision for many of your items: the ones named, or every undecided one the filter matches */
        post: operations["decideAccessReviewItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/items/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give items to another reviewer (ISM; never to the account holder: SOD-04) */
        post: operations["reassignAccessReviewItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress per reviewer */
        get: operations["listAccessReviewReviewers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The revocation list for administrators: every revoke and modify decision, as CSV */
        get: operations["exportAccessReviewRevocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}/revocations/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark revocations as carried out on the systems (their administrators) */
        post: operations["markAccessReviewRevocationsDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your mail preferences (immediate, daily digest or off) */
        get: operations["getNotificationPrefs"];
        /** Change your mail preferences */
        put: operations["updateNotificationPrefs"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password; your other sessions are signed out */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your signed-in sessions */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of your sessions */
        delete: operations["revokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: operations["listMyTokens"];
        put?: never;
        /** Create an API token; the secret is shown once */
        post: operations["createMyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeMyToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** User accounts (platform admin) */
        get: operations["listAccounts"];
        put?: never;
        /** Create a user account and its person */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable, enable, unlock, or change admin rights of an account */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/admin/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One background job: its status, attempts and last error (platform admin) */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/run-scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue the reminder and escalation scan to run now (platform admin) */
        post: operations["runReminderScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions by name (platform admin) */
        get: operations["listWebhooks"];
        put?: never;
        /** Subscribe a URL to events; the signing secret is in this answer only */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook subscription */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook (name, URL, events, active) */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of one webhook, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the new one is in this answer only */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test event now (delivered in the background; see the delivery log) */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The asset inventory: filtered, searched and sorted on the server */
        get: operations["listAssets"];
        put?: never;
        /** Add an asset, optionally with its owner and custodian in the ledger (ISM) */
        post: operations["createAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One asset with what runs on it, its links and what you may do */
        get: operations["getAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an asset (its owner or the ISM; owner, custodian and org unit: the ISM) */
        patch: operations["updateAsset"];
        trace?: never;
    };
    "/api/assets/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the risks and Annex A controls an asset is linked to (its owner or the ISM) */
        put: operations["setAssetLinks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inventory (with the same filters) as CSV or XLSX */
        get: operations["exportAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import assets from a CMDB export (CSV or XLSX): preview every row’s problems, then apply the previewed file; rows whose CMDB id is in the inventory update it (ISM) */
        post: operations["importAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A CSV template for importing assets from a CMDB, with two example rows */
        get: operations["getAssetImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The responsibility ledger: who holds which role for what, as of any date */
        get: operations["listAssignments"];
        put?: never;
        /** Assign a person to a role for a scope (ISM; Top Management for the leadership roles) */
        post: operations["assignRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assignment */
        get: operations["getAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge your responsibilities in this role (the assignee only) */
        post: operations["acknowledgeAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an assignment now or on a date; the row is kept as history */
        post: operations["endAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assignments/{id}/stand-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set or clear the period in which the holder's deputies stand in (holder or ISM) */
        post: operations["setStandIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audits, latest first */
        get: operations["listAudits"];
        put?: never;
        /** Plan an audit with its scope, criteria and dates (ISM) */
        post: operations["createAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One audit with its scope, team and what you may do */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a planned audit: title, dates, criteria, scope (ISM) */
        patch: operations["updateAudit"];
        trace?: never;
    };
    "/api/audits/{id}/auditors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an independent auditor on the team (ISM); refused with SOD-01 naming the conflicts */
        post: operations["addAuditor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/auditors/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an auditor off the team (ISM) */
        delete: operations["removeAuditor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned or running audit, with the reason (ISM) */
        post: operations["cancelAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/evidence/{evidenceId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an audit evidence file (checked against its SHA-256 first) */
        get: operations["downloadAuditEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/independence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a person is independent of the audit scope (SOD-01), and what they own, implement or run in it */
        get: operations["checkAuditorIndependence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checklist of an audit, in order */
        get: operations["listAuditItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record an item's result and notes (the audit's auditors); a nonconformity result raises a nonconformity */
        put: operations["recordAuditResult"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/items/{itemId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file as evidence for a checklist item: the raw file as the body, its name in fileName (at most 25 MB) */
        post: operations["uploadAuditEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/items/{itemId}/evidence/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a link as evidence to a checklist item */
        post: operations["addAuditEvidenceLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit report (PDF) with scope, results, findings, nonconformities and sign-off */
        get: operations["getAuditReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the audit report off with a conclusion (the lead auditor, once every item has a result) */
        post: operations["signOffAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the audit: its checklist is generated from the scope (ISM or lead auditor) */
        post: operations["startAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The multi-year internal audit programme */
        get: operations["getAuditProgramme"];
        /** Set the programme period and how often clauses and controls are audited (ISM) */
        put: operations["updateAuditProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/programme/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every clause 4-10 and applicable control: last audited, planned, due by, and whether it is overdue */
        get: operations["getAuditProgrammeCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/programme/coverage/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme coverage as CSV or XLSX */
        get: operations["exportAuditProgrammeCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/programme/frequencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Audit one clause or control more or less often than the default, or return it to the default (ISM) */
        put: operations["setAuditProgrammeFrequency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/scope-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an audit can cover, of one type: clauses, controls of the SoA, org units or RACI processes */
        get: operations["listAuditScopeOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out this session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every session of your account */
        post: operations["logoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, what they may use, and the CSRF token */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operational tasks of controls, by reference: of one control, or those whose duty is yours */
        get: operations["listControlTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One operational task with its occurrences: the next ones and those of the last 12 months */
        get: operations["getControlTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an operational task: title, instructions, grace and lead days, evidence rule, assignee (the ISM or the control's owner) */
        patch: operations["updateControlTask"];
        trace?: never;
    };
    "/api/control-tasks/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an operational task; its completed occurrences and evidence stay */
        post: operations["endControlTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/control-tasks/{id}/occurrences/{dueDate}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an occurrence done, with a note and evidence uploaded to the control (the task's assignee) */
        post: operations["completeControlTaskOccurrence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Controls with owner, implementers and health: filtered, searched and sorted on the server */
        get: operations["listControls"];
        put?: never;
        /** Add a custom control (ISM) */
        post: operations["createControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One control with its SoA decision, owner, implementers, links, health and what you may do */
        get: operations["getControl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change implementation status and note (owner or ISM); title, theme, description of custom controls (ISM) */
        patch: operations["updateControl"];
        trace?: never;
    };
    "/api/controls/{id}/applicability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Decide whether the control is applicable, with reasons or a justification (ISM) */
        put: operations["setControlApplicability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence of a control, newest first: current (default), valid, expired, archived or all */
        get: operations["listControlEvidence"];
        put?: never;
        /** Upload a file as evidence: the raw file as the body, its name in fileName (at most 25 MB; PDF, images, Office documents, zip or plain text, recognised from the content) */
        post: operations["uploadControlEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/evidence/{evidenceId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive evidence: it leaves the current set and stays on record (the ISM or the control's owner) */
        post: operations["archiveControlEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/evidence/{evidenceId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (checked against its SHA-256 first) */
        get: operations["downloadControlEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/evidence/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a link as evidence (the ISM, the control's owner or its system administrators) */
        post: operations["addControlEvidenceLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/implementers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a system administrator who implements the control (ISM) */
        post: operations["addControlImplementer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/implementers/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End an implementer's assignment for the control (ISM) */
        delete: operations["removeControlImplementer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the risks the control treats and the treatment actions that implement it (ISM) */
        put: operations["setControlLinks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or end the control's owner in the responsibility ledger (ISM) */
        put: operations["setControlOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule an operational task of a control (the ISM or the control's owner) */
        post: operations["createControlTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/clauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clauses 4-10 of ISO/IEC 27001 with what an auditor expects to see */
        get: operations["listClauses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How far the SoA and the implementation are, by applicability, status, health and theme */
        get: operations["getControlProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrective-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One corrective action, with the id of its nonconformity */
        get: operations["getCorrectiveAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clause 5.3 readiness: the score and every finding behind it */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The list behind one coverage number */
        get: operations["listCoverageItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entitlements by system, person, account or name */
        get: operations["listEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements/accounts/{id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match an account to the person it belongs to (the ISM or an administrator of the system) */
        post: operations["matchAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entitlement imports, newest first */
        get: operations["listEntitlementImports"];
        put?: never;
        /** Import accounts and entitlements as CSV (system, account, person, entitlement, privileged), streamed; the systems in the file are replaced by what it lists */
        post: operations["importEntitlements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entitlement import and its refused rows */
        get: operations["getEntitlementImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements/unmatched-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts matched to nobody (orphaned accounts are a finding) */
        get: operations["listUnmatchedAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements/unmatched-accounts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account matched to nobody, as CSV */
        get: operations["exportUnmatchedAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaver handovers, newest first */
        get: operations["listHandovers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One handover with what the leaver holds and the proposed successors */
        get: operations["getHandover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handovers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand everything over in one action (ISM) */
        post: operations["confirmHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your open duties across Remit, soonest due first (including those you stand in for) */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts for the navigation: open, overdue and due-soon duties, unread notifications */
        get: operations["inboxSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Policies to read: the versions in force that apply to the caller, acknowledged or not */
        get: operations["myPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your roles, scopes, what each asks of you, and what is left to acknowledge */
        get: operations["myResponsibilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nonconformities with owner, age and action counts: filtered, sorted and paged on the server */
        get: operations["listNonconformities"];
        put?: never;
        /** Raise a nonconformity from an incident or elsewhere (ISM, Top Management, internal auditors) */
        post: operations["raiseNonconformity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One nonconformity with its correction, root cause, corrective actions, verifications and what you may do */
        get: operations["getNonconformity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the description, severity, correction (10.2 a) or root cause (10.2 b) (the ISM or its owner) */
        patch: operations["updateNonconformity"];
        trace?: never;
    };
    "/api/nonconformities/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a corrective action with its owner and due date, once the root cause is known (the ISM or its owner) */
        post: operations["addCorrectiveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/{id}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open corrective action: title, description, due date or owner (the ISM or the NC owner) */
        patch: operations["updateCorrectiveAction"];
        trace?: never;
    };
    "/api/nonconformities/{id}/actions/{actionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open corrective action, with the reason (the ISM or the NC owner) */
        post: operations["cancelCorrectiveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/{id}/actions/{actionId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a corrective action done, saying what was done (its owner, or a deputy standing in) */
        post: operations["completeCorrectiveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set, replace or end the nonconformity's owner in the responsibility ledger (ISM) */
        put: operations["setNonconformityOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify whether the corrective actions worked (10.2 d): effective closes it, not effective reopens it (an internal auditor or the ISM who did not implement them) */
        post: operations["verifyNonconformity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unclosed nonconformities by age: in total, per owner and by severity */
        get: operations["getNonconformityAgeing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nonconformities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nonconformity and corrective action log as CSV or XLSX (one row per action), same filters as the list */
        get: operations["exportNonconformities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reporting lines of active people with their ISMS role badges, a bounded part of the tree at a time
         * @description Without rootPersonId: the top of the selection (the org unit, or the whole organisation) and `depth` levels below it. With rootPersonId: that person and their reports, to expand a collapsed branch. Nodes whose childCount is above childrenShown have more reports to fetch.
         */
        get: operations["getOrgChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Org units, by name, filtered by search or parent */
        get: operations["listOrgUnits"];
        put?: never;
        /** Create an org unit */
        post: operations["createOrgUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One org unit */
        get: operations["getOrgUnit"];
        put?: never;
        post?: never;
        /** Delete an empty org unit (no people, leavers included, and no units below it) */
        delete: operations["deleteOrgUnit"];
        options?: never;
        head?: never;
        /** Rename, recode or move an org unit; a move that makes it its own ancestor is refused (409) */
        patch: operations["updateOrgUnit"];
        trace?: never;
    };
    "/api/org-units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every org unit with its parent and active head count, for drawing the tree
         * @description Not paginated: organisations have org units in the hundreds. Answers at most 5000 units and says `truncated` beyond that.
         */
        get: operations["getOrgUnitTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People, by name, filtered by search, org unit, status or manager */
        get: operations["listPeople"];
        put?: never;
        /** Add a person (they get the Employee role from their start date) */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person with their org unit, manager and number of direct reports */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a person; status leaver marks them a leaver and opens their handover */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/people/{id}/absence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear when a person is away; their deputies stand in meanwhile (self, or people managers) */
        put: operations["setAbsence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/policy-acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's policy acknowledgements, newest first (themselves, or those who follow campaigns) */
        get: operations["listPersonPolicyAcks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people the filters match as CSV or XLSX, in the HR import format */
        get: operations["exportPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview or apply an HR CSV file (upsert by employee id); a bad row means nothing is applied
         * @description Send the CSV as the body with Content-Type: text/csv (format in docs/IMPORT.md). `mode=preview` (default) reports the diff and every bad row by line; `mode=apply` with `expectedSha256` from the preview applies it in one transaction. Apply with bad rows answers 400 and writes nothing.
         */
        post: operations["importPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policy register, by reference */
        get: operations["listPolicies"];
        put?: never;
        /** Create a policy with its first draft (the ISM) */
        post: operations["createPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One policy */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a policy's settings: title, audience, approver role, intervals (ISM or owner) */
        patch: operations["updatePolicy"];
        trace?: never;
    };
    "/api/policies/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Line-by-line differences between two versions of a policy */
        get: operations["diffPolicyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a policy: it is no longer in force and nobody is asked to read it */
        post: operations["retirePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Periodic reviews of a policy, newest first: revisions and reviews without changes */
        get: operations["listPolicyReviews"];
        put?: never;
        /** Record a review without changes; the approver re-approves the text in force */
        post: operations["recordPolicyReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/reviews/{reviewId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-approve the text in force after a review without changes (the approver role; not its requester) */
        post: operations["approvePolicyReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/reviews/{reviewId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a review without changes: the policy needs a new version instead */
        post: operations["returnPolicyReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of a policy, newest first (drafts only for those who may read them) */
        get: operations["listPolicyVersions"];
        put?: never;
        /** Start a new version, copied from the one in force (ISM or owner) */
        post: operations["createPolicyDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version: published ones for everyone, others for those who draft, review or approve it */
        get: operations["getPolicyVersion"];
        /** Save a draft: title, Markdown text, change summary and quiz */
        put: operations["savePolicyDraft"];
        post?: never;
        /** Discard a draft (not the first version of a policy: retire the policy instead) */
        delete: operations["discardPolicyDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge the version in force for yourself, answering its quiz when it has one */
        post: operations["acknowledgePolicyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/acknowledgements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acknowledgement evidence of a version as CSV or XLSX: everyone in the audience and when they acknowledged */
        get: operations["exportPolicyAcknowledgements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a version: a holder of the policy's approver role who did not write it (SOD-08) */
        post: operations["approvePolicyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to a draft: the raw file as the body, its name in fileName (at most 10 MB) */
        post: operations["uploadPolicyAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of a version */
        get: operations["downloadPolicyAttachment"];
        put?: never;
        post?: never;
        /** Remove an attachment from a draft */
        delete: operations["deletePolicyAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acknowledgement progress of a published version (owner, ISM, Top Management, auditors) */
        get: operations["getPolicyCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/campaign/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People in the audience, by name: who has not acknowledged, who has, or both */
        get: operations["listCampaignPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/campaign/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acknowledgement progress per org unit, by unit name */
        get: operations["listCampaignUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review comments on a version, oldest first */
        get: operations["listPolicyComments"];
        put?: never;
        /** Comment on a draft or a version in review */
        post: operations["addPolicyComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A version as PDF with its approval record */
        get: operations["exportPolicyPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an approved version: it is in force and its audience is asked to acknowledge it */
        post: operations["publishPolicyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a version for changes, with a note (the approver role) */
        post: operations["returnPolicyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/reviewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A requested reviewer says they finished reviewing, optionally with a last comment */
        post: operations["markPolicyVersionReviewed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{versionId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for review and approval, naming reviewers who comment */
        post: operations["submitPolicyVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policy register as CSV or XLSX */
        get: operations["exportPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raci": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The RACI matrix: ISMS processes (rows) × roles (columns) */
        get: operations["getRaciMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raci/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The RACI matrix as CSV or XLSX, with ISO references */
        get: operations["exportRaciMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raci/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a process to the RACI matrix (ISM); it needs exactly one Accountable role */
        post: operations["createRaciProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raci/processes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace one process's row (ISM); refused unless exactly one role is Accountable */
        put: operations["updateRaciProcess"];
        post?: never;
        /** Remove a process from the RACI matrix (ISM) */
        delete: operations["deleteRaciProcess"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responsibilities/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The "Roles and responsibilities" document (PDF): the clause 5.3 evidence
         * @description Every role with its responsibilities, decisions, holders, deputies and their acknowledgement, the RACI matrix, an acknowledgement summary and the vacant roles, as of a date.
         */
        get: operations["getResponsibilitiesDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk register: filtered, searched and sorted on the server */
        get: operations["listRisks"];
        put?: never;
        /** Identify a risk (the ISM, or a risk owner in their org units) */
        post: operations["createRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One risk with its plan, acceptance and what you may do */
        get: operations["getRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a risk’s description (its owner or the ISM) */
        patch: operations["updateRisk"];
        trace?: never;
    };
    "/api/risks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the residual risk: its owner within appetite, Top Management above it (SOD-09) */
        post: operations["acceptRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a treatment action (the plan then needs approving again) */
        post: operations["addRiskAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a treatment action */
        delete: operations["deleteRiskAction"];
        options?: never;
        head?: never;
        /** Change a treatment action; its owner may move its status along */
        patch: operations["updateRiskAction"];
        trace?: never;
    };
    "/api/risks/{id}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess a risk: inherent and residual likelihood × impact (its owner or the ISM) */
        post: operations["assessRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every assessment of a risk, newest first, with the method version it used */
        get: operations["listRiskAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a risk that no longer applies */
        post: operations["closeRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/plan/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the treatment plan as it stands (the risk owner, 6.1.3 f) */
        post: operations["approveRiskPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed risk */
        post: operations["reopenRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/treatment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose how to treat a risk: modify, retain, avoid or share */
        put: operations["setRiskTreatment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/treatment-plan.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk treatment plan as PDF, with its approval and acceptance record */
        get: operations["exportRiskTreatmentPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status updates and concerns posted on a risk, newest first */
        get: operations["listRiskUpdates"];
        put?: never;
        /** Post a status update or raise a concern (the ISM is told) */
        post: operations["postRiskUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Treatment actions across risks, by due date (overdue ones, or one person’s) */
        get: operations["listRiskActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open risks per org unit, owner and level, with totals */
        get: operations["getRiskBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register (with the same filters) as CSV or XLSX */
        get: operations["exportRisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/heatmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open risks per likelihood × impact cell, inherent or residual */
        get: operations["getRiskHeatmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import risks from a CSV or XLSX register: preview every row’s problems, then apply the previewed file (ISM) */
        post: operations["importRisks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A CSV template for importing risks, with one example row */
        get: operations["getRiskImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current risk method */
        get: operations["getRiskMethod"];
        /** Change the risk method: a new version; assessments keep the version they used (ISM) */
        put: operations["changeRiskMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/method/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the risk method, newest first */
        get: operations["listRiskMethodVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The risk assessment report (PDF): method, heat maps, and every risk the filters match */
        get: operations["exportRiskReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status updates and concerns across risks, newest first */
        get: operations["listRiskUpdateFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved views of the register */
        get: operations["listRiskViews"];
        put?: never;
        /** Save the current filters and sort as a named view */
        post: operations["saveRiskView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/risks/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views */
        delete: operations["deleteRiskView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role catalogue with current holder and deputy counts */
        get: operations["listRoles"];
        put?: never;
        /** Add a custom role (ISM) */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One role: description, responsibilities, decisions and rights */
        get: operations["getRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a role (ISM); a changed text asks its holders to acknowledge again */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/roles/{key}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role as a printable job description (PDF) with its holders, deputies and RACI lines */
        get: operations["getRoleDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation settings */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change organisation settings (platform admin) */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/settings/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminder lead time, escalation, working days and digest hour */
        get: operations["getInboxSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change reminder and working-day settings (platform admin) */
        patch: operations["updateInboxSettings"];
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether first-start setup is still open, and the sign-in page texts */
        get: operations["getSetupStatus"];
        put?: never;
        /** Create the organisation and its first administrator with the one-time setup token */
        post: operations["completeSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/soa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Statement of Applicability: latest approved version, undecided and changed controls */
        get: operations["getSoaStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/soa/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current SoA (a working draft) as CSV, XLSX or PDF */
        get: operations["exportSoa"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/soa/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved versions of the SoA, newest first */
        get: operations["listSoaVersions"];
        put?: never;
        /** Approve the SoA as it stands as the next version; every control must be decided (ISM) */
        post: operations["approveSoa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/soa/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One approved version of the SoA with its frozen rows */
        get: operations["getSoaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/soa/versions/{number}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An approved version of the SoA as CSV, XLSX or PDF */
        get: operations["exportSoaVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standing conflicts: one person holding two assignments a rule forbids together, in overlapping scopes */
        get: operations["listSodConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segregation-of-duties exceptions, newest request first */
        get: operations["listSodExceptions"];
        put?: never;
        /** Request a time-limited exception with a compensating control (ISM) */
        post: operations["requestSodException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/exceptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segregation-of-duties exception */
        get: operations["getSodException"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/exceptions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a requested exception (Top Management; never the person it covers: SOD-00) */
        post: operations["approveSodException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/exceptions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a requested exception (Top Management; never the person it covers: SOD-00) */
        post: operations["rejectSodException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/exceptions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a requested or approved exception before it ends (ISM or Top Management) */
        post: operations["revokeSodException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sod/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The segregation-of-duties rules Remit enforces, with their ids and sources */
        get: operations["listSodRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/toxic-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Toxic combinations: pairs of entitlements nobody may hold together */
        get: operations["listToxicRules"];
        put?: never;
        /** Define a toxic combination (the ISM) */
        post: operations["createToxicRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/toxic-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change or deactivate a toxic combination (the ISM) */
        put: operations["updateToxicRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/toxic-rules/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People holding both sides of an active toxic combination now */
        get: operations["listToxicConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/toxic-rules/conflicts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The toxic-combination report as CSV */
        get: operations["exportToxicConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trail events, newest first, filtered */
        get: operations["listTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trail/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain; names the first broken sequence number */
        get: operations["verifyTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptRiskRequest: {
            /** @description Last day the acceptance holds; at most the method’s acceptance period */
            expiresOn: string;
            justification: string;
            version: number;
        };
        AcceptRiskRequestInput: {
            /** @description Last day the acceptance holds; at most the method’s acceptance period */
            expiresOn: string;
            justification: string;
            version: number;
        };
        AccessRequest: {
            asset: components["schemas"]["AssetRef"];
            beneficiary: components["schemas"]["AssetPersonRef"];
            can: {
                cancel: boolean;
                /** @description Approve or reject (the asset owner; never the requester or beneficiary) */
                decide: boolean;
                provision: boolean;
                revoke: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: components["schemas"]["AssetPersonRef"] | null;
            decisionNote: string | null;
            entitlement: string;
            /** @description Provisioned and past its last day: to be revoked */
            expired: boolean;
            id: string;
            privileged: boolean;
            provisionedAt: string | null;
            provisionedBy: components["schemas"]["AssetPersonRef"] | null;
            reason: string;
            /** @description ACR-0001 */
            reference: string;
            requester: components["schemas"]["AssetPersonRef"];
            revokedAt: string | null;
            revokedBy: components["schemas"]["AssetPersonRef"] | null;
            revokeNote: string | null;
            status: components["schemas"]["AccessRequestStatus"];
            /** @description Last day of access; after it a revocation duty opens */
            until: string | null;
            version: number;
        };
        AccessRequestInput: {
            asset: components["schemas"]["AssetRefInput"];
            beneficiary: components["schemas"]["AssetPersonRefInput"];
            can: {
                cancel: boolean;
                /** @description Approve or reject (the asset owner; never the requester or beneficiary) */
                decide: boolean;
                provision: boolean;
                revoke: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: components["schemas"]["AssetPersonRefInput"] | null;
            decisionNote: string | null;
            entitlement: string;
            /** @description Provisioned and past its last day: to be revoked */
            expired: boolean;
            id: string;
            privileged: boolean;
            provisionedAt: string | null;
            provisionedBy: components["schemas"]["AssetPersonRefInput"] | null;
            reason: string;
            /** @description ACR-0001 */
            reference: string;
            requester: components["schemas"]["AssetPersonRefInput"];
            revokedAt: string | null;
            revokedBy: components["schemas"]["AssetPersonRefInput"] | null;
            revokeNote: string | null;
            status: components["schemas"]["AccessRequestStatusInput"];
            /** @description Last day of access; after it a revocation duty opens */
            until: string | null;
            version: number;
        };
        AccessRequestPage: {
            items: components["schemas"]["AccessRequest"][];
            nextCursor: string | null;
        };
        AccessRequestPageInput: {
            items: components["schemas"]["AccessRequestInput"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        AccessRequestStatus: "pending" | "approved" | "rejected" | "provisioned" | "revoked" | "cancelled";
        /** @enum {string} */
        AccessRequestStatusInput: "pending" | "approved" | "rejected" | "provisioned" | "revoked" | "cancelled";
        AccessRequestStep: {
            /** @default  */
            note: string;
            version: number;
        };
        AccessRequestStepInput: {
            /** @default  */
            note: string;
            version: number;
        };
        AccessReview: {
            assetCount: number;
            /** @description The systems in scope (first 100) */
            assets: components["schemas"]["AssetRef"][];
            can: {
                /** @description The caller has items to decide */
                decide: boolean;
                export: boolean;
                /** @description Reassign items and close the campaign (ISM) */
                manage: boolean;
                /** @description Mark revocations as carried out (system administrators) */
                revoke: boolean;
            };
            closedAt: string | null;
            closedBy: components["schemas"]["AssetPersonRef"] | null;
            counts: components["schemas"]["ReviewCounts"];
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["AssetPersonRef"] | null;
            /** @description Only entitlements new or changed since they were last certified */
            differential: boolean;
            /** Format: date-time */
            dueAt: string;
            id: string;
            /** @description The caller's own items as reviewer */
            mine: {
                decided: number;
                total: number;
            };
            /** @description ARV-0001 */
            reference: string;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
            version: number;
        };
        AccessReviewInput: {
            assetCount: number;
            /** @description The systems in scope (first 100) */
            assets: components["schemas"]["AssetRefInput"][];
            can: {
                /** @description The caller has items to decide */
                decide: boolean;
                export: boolean;
                /** @description Reassign items and close the campaign (ISM) */
                manage: boolean;
                /** @description Mark revocations as carried out (system administrators) */
                revoke: boolean;
            };
            closedAt: string | null;
            closedBy: components["schemas"]["AssetPersonRefInput"] | null;
            counts: components["schemas"]["ReviewCountsInput"];
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["AssetPersonRefInput"] | null;
            /** @description Only entitlements new or changed since they were last certified */
            differential: boolean;
            /** Format: date-time */
            dueAt: string;
            id: string;
            /** @description The caller's own items as reviewer */
            mine: {
                decided: number;
                total: number;
            };
            /** @description ARV-0001 */
            reference: string;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
            version: number;
        };
        AccessReviewPage: {
            items: components["schemas"]["AccessReview"][];
            nextCursor: string | null;
        };
        AccessReviewPageInput: {
            items: components["schemas"]["AccessReviewInput"][];
            nextCursor: string | null;
        };
        Account: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            fullName: string;
            id: string;
            isAdmin: boolean;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            personId: string;
            /** @enum {string} */
            status: "active" | "disabled";
            version: number;
        };
        AccountInput: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            fullName: string;
            id: string;
            isAdmin: boolean;
            lastLoginAt: string | null;
            lockedUntil: string | null;
            personId: string;
            /** @enum {string} */
            status: "active" | "disabled";
            version: number;
        };
        AccountPage: {
            items: components["schemas"]["Account"][];
            nextCursor: string | null;
        };
        AccountPageInput: {
            items: components["schemas"]["AccountInput"][];
            nextCursor: string | null;
        };
        AcknowledgePolicyRequest: {
            /** @default [] */
            answers: {
                option: number;
                questionId: string;
            }[];
        };
        AcknowledgePolicyRequestInput: {
            /** @default [] */
            answers: {
                option: number;
                questionId: string;
            }[];
        };
        AcknowledgePolicyResult: {
            /** @description false when the quiz was not passed: nothing was recorded */
            acknowledged: boolean;
            acknowledgedAt: string | null;
            passMark: number | null;
            scorePercent: number | null;
            wrongQuestionIds: string[];
        };
        AcknowledgePolicyResultInput: {
            /** @description false when the quiz was not passed: nothing was recorded */
            acknowledged: boolean;
            acknowledgedAt: string | null;
            passMark: number | null;
            scorePercent: number | null;
            wrongQuestionIds: string[];
        };
        AddAuditEvidenceLinkRequest: {
            title: string;
            /** Format: uri */
            url: string;
        };
        AddAuditEvidenceLinkRequestInput: {
            title: string;
            /** Format: uri */
            url: string;
        };
        AddAuditorRequest: {
            /** @default false */
            lead: boolean;
            /** Format: uuid */
            personId: string;
        };
        AddAuditorRequestInput: {
            /** @default false */
            lead: boolean;
            /** Format: uuid */
            personId: string;
        };
        AddCorrectiveActionRequest: {
            /** @default  */
            description: string;
            dueDate: string;
            /** Format: uuid */
            ownerPersonId: string;
            title: string;
        };
        AddCorrectiveActionRequestInput: {
            /** @default  */
            description: string;
            dueDate: string;
            /** Format: uuid */
            ownerPersonId: string;
            title: string;
        };
        AddEvidenceLinkRequest: {
            /** @default  */
            description: string;
            evidenceDate?: string;
            title: string;
            /**
             * Format: uri
             * @description http or https
             */
            url: string;
            /** @default null */
            validUntil: string | null;
        };
        AddEvidenceLinkRequestInput: {
            /** @default  */
            description: string;
            evidenceDate?: string;
            title: string;
            /**
             * Format: uri
             * @description http or https
             */
            url: string;
            /** @default null */
            validUntil: string | null;
        };
        AddImplementerRequest: {
            /** Format: uuid */
            personId: string;
            /** @default  */
            reason: string;
        };
        AddImplementerRequestInput: {
            /** Format: uuid */
            personId: string;
            /** @default  */
            reason: string;
        };
        AddPolicyCommentRequest: {
            body: string;
        };
        AddPolicyCommentRequestInput: {
            body: string;
        };
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters of the token, to recognise it */
            prefix: string;
            revokedAt: string | null;
            /**
             * @description read: GET only; write: everything the account may do
             * @enum {string}
             */
            scope: "read" | "write";
        };
        ApiTokenInput: {
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters of the token, to recognise it */
            prefix: string;
            revokedAt: string | null;
            /**
             * @description read: GET only; write: everything the account may do
             * @enum {string}
             */
            scope: "read" | "write";
        };
        /** @enum {string} */
        Applicability: "applicable" | "not_applicable" | "undecided";
        /** @enum {string} */
        ApplicabilityInput: "applicable" | "not_applicable" | "undecided";
        ApprovePlanRequest: {
            /** @description The plan version you reviewed */
            planVersion: number;
        };
        ApprovePlanRequestInput: {
            /** @description The plan version you reviewed */
            planVersion: number;
        };
        ApproveSoaRequest: {
            /** @default  */
            note: string;
        };
        ApproveSoaRequestInput: {
            /** @default  */
            note: string;
        };
        AssessRiskRequest: {
            inherentImpact: number;
            inherentLikelihood: number;
            rationale: string;
            residualImpact: number;
            residualLikelihood: number;
            version: number;
        };
        AssessRiskRequestInput: {
            inherentImpact: number;
            inherentLikelihood: number;
            rationale: string;
            residualImpact: number;
            residualLikelihood: number;
            version: number;
        };
        Asset: {
            availability: number;
            can: {
                /** @description Set owner and custodian in the ledger (ISM) */
                changeOwner: boolean;
                /** @description Edit details and classification (ISM, or the owner) */
                edit: boolean;
                readEntitlements: boolean;
                requestAccess: boolean;
            };
            childCount: number;
            /** @description Assets that run on this one (first 100) */
            children: components["schemas"]["AssetRef"][];
            confidentiality: number;
            controls: {
                /** @description Annex A control, e.g. 8.2 */
                id: string;
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** @description The system administrator who looks after it */
            custodian: components["schemas"]["AssetPersonRef"] | null;
            description: string;
            entitlementCount: number;
            externalId: string | null;
            id: string;
            integrity: number;
            label: components["schemas"]["ClassificationLabel"];
            location: string;
            name: string;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["AssetOwner"] | null;
            parent: components["schemas"]["AssetRef"] | null;
            /** @description AST-0001 */
            reference: string;
            risks: {
                id: string;
                reference: string;
                title: string;
            }[];
            status: components["schemas"]["AssetStatus"];
            type: components["schemas"]["AssetType"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AssetImportResult: {
            applied: boolean;
            created: number;
            errors: components["schemas"]["AssetImportRowError"][];
            /** @enum {string} */
            mode: "preview" | "apply";
            rows: number;
            /** @description Of the file; apply must name the previewed file */
            sha256: string;
            /** @description Rows whose CMDB id matched an asset already in the inventory */
            updated: number;
        };
        AssetImportResultInput: {
            applied: boolean;
            created: number;
            errors: components["schemas"]["AssetImportRowErrorInput"][];
            /** @enum {string} */
            mode: "preview" | "apply";
            rows: number;
            /** @description Of the file; apply must name the previewed file */
            sha256: string;
            /** @description Rows whose CMDB id matched an asset already in the inventory */
            updated: number;
        };
        AssetImportRowError: {
            field: string;
            line: number;
            message: string;
        };
        AssetImportRowErrorInput: {
            field: string;
            line: number;
            message: string;
        };
        AssetInput: {
            availability: number;
            can: {
                /** @description Set owner and custodian in the ledger (ISM) */
                changeOwner: boolean;
                /** @description Edit details and classification (ISM, or the owner) */
                edit: boolean;
                readEntitlements: boolean;
                requestAccess: boolean;
            };
            childCount: number;
            /** @description Assets that run on this one (first 100) */
            children: components["schemas"]["AssetRefInput"][];
            confidentiality: number;
            controls: {
                /** @description Annex A control, e.g. 8.2 */
                id: string;
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            /** @description The system administrator who looks after it */
            custodian: components["schemas"]["AssetPersonRefInput"] | null;
            description: string;
            entitlementCount: number;
            externalId: string | null;
            id: string;
            integrity: number;
            label: components["schemas"]["ClassificationLabelInput"];
            location: string;
            name: string;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["AssetOwnerInput"] | null;
            parent: components["schemas"]["AssetRefInput"] | null;
            /** @description AST-0001 */
            reference: string;
            risks: {
                id: string;
                reference: string;
                title: string;
            }[];
            status: components["schemas"]["AssetStatusInput"];
            type: components["schemas"]["AssetTypeInput"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AssetOwner: {
            person: components["schemas"]["AssetPersonRef"];
            /**
             * @description Held for this asset, or inherited from its org unit
             * @enum {string}
             */
            via: "asset" | "org_unit";
        };
        AssetOwnerInput: {
            person: components["schemas"]["AssetPersonRefInput"];
            /**
             * @description Held for this asset, or inherited from its org unit
             * @enum {string}
             */
            via: "asset" | "org_unit";
        };
        AssetPage: {
            items: components["schemas"]["AssetSummary"][];
            nextCursor: string | null;
            /** @description Assets matching the filters */
            total: number;
        };
        AssetPageInput: {
            items: components["schemas"]["AssetSummaryInput"][];
            nextCursor: string | null;
            /** @description Assets matching the filters */
            total: number;
        };
        AssetPersonRef: {
            fullName: string;
            id: string;
        };
        AssetPersonRefInput: {
            fullName: string;
            id: string;
        };
        AssetRef: {
            id: string;
            name: string;
            reference: string;
        };
        AssetRefInput: {
            id: string;
            name: string;
            reference: string;
        };
        /** @enum {string} */
        AssetStatus: "planned" | "in_use" | "retired" | "disposed";
        /** @enum {string} */
        AssetStatusInput: "planned" | "in_use" | "retired" | "disposed";
        AssetSummary: {
            availability: number;
            confidentiality: number;
            /** @description The system administrator who looks after it */
            custodian: components["schemas"]["AssetPersonRef"] | null;
            id: string;
            integrity: number;
            label: components["schemas"]["ClassificationLabel"];
            location: string;
            name: string;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["AssetOwner"] | null;
            parent: components["schemas"]["AssetRef"] | null;
            /** @description AST-0001 */
            reference: string;
            status: components["schemas"]["AssetStatus"];
            type: components["schemas"]["AssetType"];
            /** Format: date-time */
            updatedAt: string;
        };
        AssetSummaryInput: {
            availability: number;
            confidentiality: number;
            /** @description The system administrator who looks after it */
            custodian: components["schemas"]["AssetPersonRefInput"] | null;
            id: string;
            integrity: number;
            label: components["schemas"]["ClassificationLabelInput"];
            location: string;
            name: string;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["AssetOwnerInput"] | null;
            parent: components["schemas"]["AssetRefInput"] | null;
            /** @description AST-0001 */
            reference: string;
            status: components["schemas"]["AssetStatusInput"];
            type: components["schemas"]["AssetTypeInput"];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        AssetType: "information" | "application" | "system" | "service" | "hardware" | "site" | "supplier";
        /** @enum {string} */
        AssetTypeInput: "information" | "application" | "system" | "service" | "hardware" | "site" | "supplier";
        Assignment: {
            acknowledgedAt: string | null;
            acknowledgedVersion: number | null;
            /**
             * @description outdated: acknowledged an earlier text of the role
             * @enum {string}
             */
            acknowledgement: "acknowledged" | "outdated" | "pending";
            assignedBy: {
                fullName: string;
                id: string;
            } | null;
            can: {
                acknowledge: boolean;
                end: boolean;
                setStandIn: boolean;
            };
            endedBy: {
                fullName: string;
                id: string;
            } | null;
            endReason: string | null;
            id: string;
            /** @enum {string} */
            kind: "holder" | "deputy";
            person: components["schemas"]["PersonSummary"];
            reason: string;
            roleKey: string;
            roleName: string;
            scope: components["schemas"]["Scope"];
            /** @description On a holder's assignment: deputies stand in from */
            standInFrom: string | null;
            standInUntil: string | null;
            /**
             * @description Relative to the as-of time of the request
             * @enum {string}
             */
            state: "current" | "upcoming" | "ended";
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
            version: number;
        };
        AssignmentInput: {
            acknowledgedAt: string | null;
            acknowledgedVersion: number | null;
            /**
             * @description outdated: acknowledged an earlier text of the role
             * @enum {string}
             */
            acknowledgement: "acknowledged" | "outdated" | "pending";
            assignedBy: {
                fullName: string;
                id: string;
            } | null;
            can: {
                acknowledge: boolean;
                end: boolean;
                setStandIn: boolean;
            };
            endedBy: {
                fullName: string;
                id: string;
            } | null;
            endReason: string | null;
            id: string;
            /** @enum {string} */
            kind: "holder" | "deputy";
            person: components["schemas"]["PersonSummaryInput"];
            reason: string;
            roleKey: string;
            roleName: string;
            scope: components["schemas"]["ScopeInput"];
            /** @description On a holder's assignment: deputies stand in from */
            standInFrom: string | null;
            standInUntil: string | null;
            /**
             * @description Relative to the as-of time of the request
             * @enum {string}
             */
            state: "current" | "upcoming" | "ended";
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
            version: number;
        };
        AssignmentPage: {
            items: components["schemas"]["Assignment"][];
            nextCursor: string | null;
        };
        AssignmentPageInput: {
            items: components["schemas"]["AssignmentInput"][];
            nextCursor: string | null;
        };
        Audit: {
            can: {
                assignTeam: boolean;
                cancel: boolean;
                /** @description Change title, dates and scope (ISM, while planned) */
                edit: boolean;
                /** @description Record results and evidence (the audit team, while in progress) */
                record: boolean;
                /** @description The lead auditor, once every item has a result */
                signOff: boolean;
                start: boolean;
            };
            cancelled: {
                /** Format: date-time */
                at: string;
                reason: string;
            } | null;
            conclusion: string;
            criteria: string;
            findings: components["schemas"]["AuditFindingCounts"];
            id: string;
            lead: components["schemas"]["AuditPersonRef"] | null;
            objective: string;
            plannedEnd: string;
            plannedStart: string;
            progress: {
                recorded: number;
                total: number;
            };
            /** @description e.g. AUD-0001 */
            reference: string;
            scope: components["schemas"]["AuditScopeItem"][];
            scopeCount: number;
            /** @description The lead auditor signing the report off */
            signedOff: {
                /** Format: date-time */
                at: string;
                by: components["schemas"]["AuditPersonRef"];
                roleKey: string;
            } | null;
            signedOffAt: string | null;
            startedAt: string | null;
            status: components["schemas"]["AuditStatus"];
            team: components["schemas"]["Auditor"][];
            title: string;
            version: number;
        };
        /** @enum {string} */
        AuditCoverageState: "current" | "planned" | "due" | "overdue";
        /** @enum {string} */
        AuditCoverageStateInput: "current" | "planned" | "due" | "overdue";
        AuditEvidence: {
            addedBy: components["schemas"]["AuditPersonRef"];
            contentType: string | null;
            /** Format: date-time */
            createdAt: string;
            fileName: string | null;
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            sha256: string | null;
            size: number | null;
            title: string;
            url: string | null;
        };
        AuditEvidenceInput: {
            addedBy: components["schemas"]["AuditPersonRefInput"];
            contentType: string | null;
            /** Format: date-time */
            createdAt: string;
            fileName: string | null;
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            sha256: string | null;
            size: number | null;
            title: string;
            url: string | null;
        };
        AuditFindingCounts: {
            improvement: number;
            major_nc: number;
            minor_nc: number;
            observation: number;
        };
        AuditFindingCountsInput: {
            improvement: number;
            major_nc: number;
            minor_nc: number;
            observation: number;
        };
        AuditInput: {
            can: {
                assignTeam: boolean;
                cancel: boolean;
                /** @description Change title, dates and scope (ISM, while planned) */
                edit: boolean;
                /** @description Record results and evidence (the audit team, while in progress) */
                record: boolean;
                /** @description The lead auditor, once every item has a result */
                signOff: boolean;
                start: boolean;
            };
            cancelled: {
                /** Format: date-time */
                at: string;
                reason: string;
            } | null;
            conclusion: string;
            criteria: string;
            findings: components["schemas"]["AuditFindingCountsInput"];
            id: string;
            lead: components["schemas"]["AuditPersonRefInput"] | null;
            objective: string;
            plannedEnd: string;
            plannedStart: string;
            progress: {
                recorded: number;
                total: number;
            };
            /** @description e.g. AUD-0001 */
            reference: string;
            scope: components["schemas"]["AuditScopeItemInput"][];
            scopeCount: number;
            /** @description The lead auditor signing the report off */
            signedOff: {
                /** Format: date-time */
                at: string;
                by: components["schemas"]["AuditPersonRefInput"];
                roleKey: string;
            } | null;
            signedOffAt: string | null;
            startedAt: string | null;
            status: components["schemas"]["AuditStatusInput"];
            team: components["schemas"]["AuditorInput"][];
            title: string;
            version: number;
        };
        AuditItem: {
            auditId: string;
            code: string;
            evidence: components["schemas"]["AuditEvidence"][];
            /** @description What to look for: the evidence an auditor expects */
            guidance: string;
            id: string;
            itemId: string;
            nonconformity: {
                id: string;
                reference: string;
                status: string;
            } | null;
            notes: string;
            recordedAt: string | null;
            recordedBy: components["schemas"]["AuditPersonRef"] | null;
            result: components["schemas"]["AuditResult"] | null;
            title: string;
            type: components["schemas"]["AuditScopeType"];
            version: number;
        };
        AuditItemInput: {
            auditId: string;
            code: string;
            evidence: components["schemas"]["AuditEvidenceInput"][];
            /** @description What to look for: the evidence an auditor expects */
            guidance: string;
            id: string;
            itemId: string;
            nonconformity: {
                id: string;
                reference: string;
                status: string;
            } | null;
            notes: string;
            recordedAt: string | null;
            recordedBy: components["schemas"]["AuditPersonRefInput"] | null;
            result: components["schemas"]["AuditResultInput"] | null;
            title: string;
            type: components["schemas"]["AuditScopeTypeInput"];
            version: number;
        };
        AuditItemPage: {
            items: components["schemas"]["AuditItem"][];
            nextCursor: string | null;
        };
        AuditItemPageInput: {
            items: components["schemas"]["AuditItemInput"][];
            nextCursor: string | null;
        };
        Auditor: {
            acknowledged: boolean;
            /** @description Internal Auditor assignment scoped to this audit in the ledger */
            assignmentId: string;
            lead: boolean;
            person: components["schemas"]["AuditPersonRef"];
            /** Format: date-time */
            since: string;
        };
        AuditorIndependence: {
            /** @description What the person owns, implements or is responsible for in scope (SOD-01) */
            conflicts: string[];
            independent: boolean;
            person: components["schemas"]["AuditPersonRef"];
        };
        AuditorIndependenceInput: {
            /** @description What the person owns, implements or is responsible for in scope (SOD-01) */
            conflicts: string[];
            independent: boolean;
            person: components["schemas"]["AuditPersonRefInput"];
        };
        AuditorInput: {
            acknowledged: boolean;
            /** @description Internal Auditor assignment scoped to this audit in the ledger */
            assignmentId: string;
            lead: boolean;
            person: components["schemas"]["AuditPersonRefInput"];
            /** Format: date-time */
            since: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditSummary"][];
            nextCursor: string | null;
        };
        AuditPageInput: {
            items: components["schemas"]["AuditSummaryInput"][];
            nextCursor: string | null;
        };
        AuditPersonRef: {
            fullName: string;
            id: string;
        };
        AuditPersonRefInput: {
            fullName: string;
            id: string;
        };
        AuditProgramme: {
            can: {
                manage: boolean;
            };
            /** @description Each clause 4-10 is audited at least this often */
            clauseFrequencyMonths: number;
            /** @description Each applicable control is audited at least this often */
            controlFrequencyMonths: number;
            /** @description Last day of the programme */
            cycleEnd: string;
            /** @description First day of the programme (usually the certification cycle) */
            cycleStart: string;
            notes: string;
            overrides: {
                code: string;
                frequencyMonths: number;
                itemId: string;
                itemType: components["schemas"]["AuditProgrammeItemType"];
                title: string;
            }[];
            title: string;
            updatedAt: string | null;
            updatedBy: components["schemas"]["AuditPersonRef"] | null;
            /** @description 0 until the ISM first saves the programme */
            version: number;
        };
        AuditProgrammeCoverage: {
            asOf: string;
            items: components["schemas"]["AuditProgrammeCoverageItem"][];
            nextCursor: string | null;
            /** @description Counts over the whole programme, ignoring filters */
            totals: {
                [key: string]: number;
            };
        };
        AuditProgrammeCoverageInput: {
            asOf: string;
            items: components["schemas"]["AuditProgrammeCoverageItemInput"][];
            nextCursor: string | null;
            /** @description Counts over the whole programme, ignoring filters */
            totals: {
                [key: string]: number;
            };
        };
        AuditProgrammeCoverageItem: {
            code: string;
            /** @description When the next audit of this item is due under its frequency */
            dueBy: string;
            frequencyMonths: number;
            itemId: string;
            itemType: components["schemas"]["AuditProgrammeItemType"];
            lastAudited: {
                auditId: string;
                /** Format: date-time */
                date: string;
                reference: string;
                result: string;
            } | null;
            planned: {
                auditId: string;
                plannedStart: string;
                reference: string;
            } | null;
            state: components["schemas"]["AuditCoverageState"];
            title: string;
        };
        AuditProgrammeCoverageItemInput: {
            code: string;
            /** @description When the next audit of this item is due under its frequency */
            dueBy: string;
            frequencyMonths: number;
            itemId: string;
            itemType: components["schemas"]["AuditProgrammeItemTypeInput"];
            lastAudited: {
                auditId: string;
                /** Format: date-time */
                date: string;
                reference: string;
                result: string;
            } | null;
            planned: {
                auditId: string;
                plannedStart: string;
                reference: string;
            } | null;
            state: components["schemas"]["AuditCoverageStateInput"];
            title: string;
        };
        AuditProgrammeInput: {
            can: {
                manage: boolean;
            };
            /** @description Each clause 4-10 is audited at least this often */
            clauseFrequencyMonths: number;
            /** @description Each applicable control is audited at least this often */
            controlFrequencyMonths: number;
            /** @description Last day of the programme */
            cycleEnd: string;
            /** @description First day of the programme (usually the certification cycle) */
            cycleStart: string;
            notes: string;
            overrides: {
                code: string;
                frequencyMonths: number;
                itemId: string;
                itemType: components["schemas"]["AuditProgrammeItemTypeInput"];
                title: string;
            }[];
            title: string;
            updatedAt: string | null;
            updatedBy: components["schemas"]["AuditPersonRefInput"] | null;
            /** @description 0 until the ISM first saves the programme */
            version: number;
        };
        /** @enum {string} */
        AuditProgrammeItemType: "clause" | "control";
        /** @enum {string} */
        AuditProgrammeItemTypeInput: "clause" | "control";
        /** @enum {string} */
        AuditResult: "conforming" | "minor_nc" | "major_nc" | "observation" | "improvement";
        /** @enum {string} */
        AuditResultInput: "conforming" | "minor_nc" | "major_nc" | "observation" | "improvement";
        AuditScopeItem: {
            /** @description Clause number, control reference, or empty */
            code: string;
            /** @description Clause number, control id, org unit id or RACI process key */
            id: string;
            label: string;
            type: components["schemas"]["AuditScopeType"];
        };
        AuditScopeItemInput: {
            /** @description Clause number, control reference, or empty */
            code: string;
            /** @description Clause number, control id, org unit id or RACI process key */
            id: string;
            label: string;
            type: components["schemas"]["AuditScopeTypeInput"];
        };
        AuditScopeOptions: {
            /** @description Everything of this type an audit may cover (bounded lists) */
            items: components["schemas"]["AuditScopeItem"][];
        };
        AuditScopeOptionsInput: {
            /** @description Everything of this type an audit may cover (bounded lists) */
            items: components["schemas"]["AuditScopeItemInput"][];
        };
        AuditScopeRef: {
            /** @description Clause number, control id, org unit id or RACI process key */
            id: string;
            type: components["schemas"]["AuditScopeType"];
        };
        AuditScopeRefInput: {
            /** @description Clause number, control id, org unit id or RACI process key */
            id: string;
            type: components["schemas"]["AuditScopeTypeInput"];
        };
        /** @enum {string} */
        AuditScopeType: "clause" | "control" | "org_unit" | "process";
        /** @enum {string} */
        AuditScopeTypeInput: "clause" | "control" | "org_unit" | "process";
        /** @enum {string} */
        AuditStatus: "planned" | "in_progress" | "completed" | "cancelled";
        /** @enum {string} */
        AuditStatusInput: "planned" | "in_progress" | "completed" | "cancelled";
        AuditSummary: {
            findings: components["schemas"]["AuditFindingCounts"];
            id: string;
            lead: components["schemas"]["AuditPersonRef"] | null;
            plannedEnd: string;
            plannedStart: string;
            progress: {
                recorded: number;
                total: number;
            };
            /** @description e.g. AUD-0001 */
            reference: string;
            scopeCount: number;
            signedOffAt: string | null;
            status: components["schemas"]["AuditStatus"];
            title: string;
        };
        AuditSummaryInput: {
            findings: components["schemas"]["AuditFindingCountsInput"];
            id: string;
            lead: components["schemas"]["AuditPersonRefInput"] | null;
            plannedEnd: string;
            plannedStart: string;
            progress: {
                recorded: number;
                total: number;
            };
            /** @description e.g. AUD-0001 */
            reference: string;
            scopeCount: number;
            signedOffAt: string | null;
            status: components["schemas"]["AuditStatusInput"];
            title: string;
        };
        AuditVersionRequest: {
            version: number;
        };
        AuditVersionRequestInput: {
            version: number;
        };
        BulkDecisionRequest: {
            /** @default  */
            comment: string;
            decision: components["schemas"]["ReviewDecision"];
            /** @description These items; leave out to decide every undecided item of yours the filter matches */
            entitlementIds?: string[];
            /**
             * @description Narrows "every undecided item of yours" (the items list filters, as JSON booleans)
             * @default {}
             */
            filter: {
                /** Format: uuid */
                assetId?: string;
                orphaned?: boolean;
                privileged?: boolean;
                q?: string;
                toxic?: boolean;
            };
            /** @description With modify: what the access becomes */
            modifyTo?: string;
        };
        BulkDecisionRequestInput: {
            /** @default  */
            comment: string;
            decision: components["schemas"]["ReviewDecisionInput"];
            /** @description These items; leave out to decide every undecided item of yours the filter matches */
            entitlementIds?: string[];
            /**
             * @description Narrows "every undecided item of yours" (the items list filters, as JSON booleans)
             * @default {}
             */
            filter: {
                /** Format: uuid */
                assetId?: string;
                orphaned?: boolean;
                privileged?: boolean;
                q?: string;
                toxic?: boolean;
            };
            /** @description With modify: what the access becomes */
            modifyTo?: string;
        };
        BulkDecisionResult: {
            decided: number;
            /** @description Matched but not yours to decide */
            skipped: number;
        };
        BulkDecisionResultInput: {
            decided: number;
            /** @description Matched but not yours to decide */
            skipped: number;
        };
        Campaign: {
            /** @description Of them, how many acknowledged this version */
            acknowledged: number;
            /** @description Active people in the audience now */
            audience: number;
            audienceDescription: string;
            /** @description This version is the one in force: its audience is asked now */
            current: boolean;
            number: number;
            /** @description Of those who have not, how many are past their due date */
            overdue: number;
            policyId: string;
            policyReference: string;
            publishedAt: string | null;
            /** @description acknowledged / audience × 100, one decimal */
            ratePercent: number;
            status: components["schemas"]["PolicyVersionStatus"];
            title: string;
            versionId: string;
        };
        CampaignInput: {
            /** @description Of them, how many acknowledged this version */
            acknowledged: number;
            /** @description Active people in the audience now */
            audience: number;
            audienceDescription: string;
            /** @description This version is the one in force: its audience is asked now */
            current: boolean;
            number: number;
            /** @description Of those who have not, how many are past their due date */
            overdue: number;
            policyId: string;
            policyReference: string;
            publishedAt: string | null;
            /** @description acknowledged / audience × 100, one decimal */
            ratePercent: number;
            status: components["schemas"]["PolicyVersionStatusInput"];
            title: string;
            versionId: string;
        };
        CampaignPerson: {
            acknowledgedAt: string | null;
            /** Format: date-time */
            dueAt: string;
            employeeId: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            overdue: boolean;
            person: components["schemas"]["PersonSummary"];
            quizScore: number | null;
        };
        CampaignPersonInput: {
            acknowledgedAt: string | null;
            /** Format: date-time */
            dueAt: string;
            employeeId: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            overdue: boolean;
            person: components["schemas"]["PersonSummaryInput"];
            quizScore: number | null;
        };
        CampaignPersonPage: {
            items: components["schemas"]["CampaignPerson"][];
            nextCursor: string | null;
        };
        CampaignPersonPageInput: {
            items: components["schemas"]["CampaignPersonInput"][];
            nextCursor: string | null;
        };
        CampaignUnit: {
            acknowledged: number;
            audience: number;
            /** @description null: people without a unit */
            orgUnit: {
                id: string;
                name: string;
            } | null;
            ratePercent: number;
        };
        CampaignUnitInput: {
            acknowledged: number;
            audience: number;
            /** @description null: people without a unit */
            orgUnit: {
                id: string;
                name: string;
            } | null;
            ratePercent: number;
        };
        CampaignUnitPage: {
            items: components["schemas"]["CampaignUnit"][];
            nextCursor: string | null;
        };
        CampaignUnitPageInput: {
            items: components["schemas"]["CampaignUnitInput"][];
            nextCursor: string | null;
        };
        CancelAuditRequest: {
            reason: string;
            version: number;
        };
        CancelAuditRequestInput: {
            reason: string;
            version: number;
        };
        CancelCorrectiveActionRequest: {
            reason: string;
            version: number;
        };
        CancelCorrectiveActionRequestInput: {
            reason: string;
            version: number;
        };
        Catalogue: {
            /** @description e.g. iso27001-2022-annex-a */
            id: string;
            itemCount: number;
            /** @enum {string} */
            kind: "controls" | "clauses" | "custom";
            /** Format: date-time */
            loadedAt: string;
            name: string;
            /** @description Version of the catalogue data loaded */
            version: string;
        };
        CatalogueInput: {
            /** @description e.g. iso27001-2022-annex-a */
            id: string;
            itemCount: number;
            /** @enum {string} */
            kind: "controls" | "clauses" | "custom";
            /** Format: date-time */
            loadedAt: string;
            name: string;
            /** @description Version of the catalogue data loaded */
            version: string;
        };
        ChangeRiskMethodRequest: {
            acceptanceMaxMonths: number;
            appetiteScore: number;
            assessmentIntervalMonths: number;
            /** @description The version you edited; a newer one refuses the change */
            basedOnVersion: number;
            impact: components["schemas"]["RiskScaleStep"][];
            levels: components["schemas"]["RiskLevel"][];
            likelihood: components["schemas"]["RiskScaleStep"][];
            /** @description Why the method changes (kept with the version) */
            note: string;
        };
        ChangeRiskMethodRequestInput: {
            acceptanceMaxMonths: number;
            appetiteScore: number;
            assessmentIntervalMonths: number;
            /** @description The version you edited; a newer one refuses the change */
            basedOnVersion: number;
            impact: components["schemas"]["RiskScaleStepInput"][];
            levels: components["schemas"]["RiskLevelInput"][];
            likelihood: components["schemas"]["RiskScaleStepInput"][];
            /** @description Why the method changes (kept with the version) */
            note: string;
        };
        /** @enum {string} */
        ClassificationLabel: "public" | "internal" | "confidential" | "restricted";
        /** @enum {string} */
        ClassificationLabelInput: "public" | "internal" | "confidential" | "restricted";
        Clause: {
            /** @description What an auditor expects to see */
            evidence: string;
            /** @description Clause number, e.g. 6.1.3 */
            id: string;
            mandatoryDocumentedInformation: boolean;
            parentId: string | null;
            title: string;
        };
        ClauseInput: {
            /** @description What an auditor expects to see */
            evidence: string;
            /** @description Clause number, e.g. 6.1.3 */
            id: string;
            mandatoryDocumentedInformation: boolean;
            parentId: string | null;
            title: string;
        };
        ClauseList: {
            catalogue: components["schemas"]["Catalogue"];
            items: components["schemas"]["Clause"][];
        };
        ClauseListInput: {
            catalogue: components["schemas"]["CatalogueInput"];
            items: components["schemas"]["ClauseInput"][];
        };
        CloseAccessReviewRequest: {
            version: number;
        };
        CloseAccessReviewRequestInput: {
            version: number;
        };
        CloseRiskRequest: {
            reason: string;
            version: number;
        };
        CloseRiskRequestInput: {
            reason: string;
            version: number;
        };
        CompleteCorrectiveActionRequest: {
            note: string;
            version: number;
        };
        CompleteCorrectiveActionRequestInput: {
            note: string;
            version: number;
        };
        CompleteOccurrenceRequest: {
            /**
             * @description Evidence uploaded to the task's control beforehand, attached to this occurrence
             * @default []
             */
            evidenceIds: string[];
            /** @default  */
            note: string;
        };
        CompleteOccurrenceRequestInput: {
            /**
             * @description Evidence uploaded to the task's control beforehand, attached to this occurrence
             * @default []
             */
            evidenceIds: string[];
            /** @default  */
            note: string;
        };
        Control: {
            applicability: components["schemas"]["Applicability"];
            can: {
                /** @description ISM, the control owner or an implementer */
                addEvidence: boolean;
                /** @description Set applicability and justification, links, owner and implementers (ISM) */
                decide: boolean;
                /** @description Implementation status and note, evidence and tasks (ISM or the control owner) */
                edit: boolean;
            };
            code: string;
            /** Format: date-time */
            createdAt: string;
            custom: boolean;
            decidedAt: string | null;
            decidedBy: components["schemas"]["ControlPersonRef"] | null;
            description: string;
            /** @description Current (not archived) evidence */
            evidenceCount: number;
            health: components["schemas"]["ControlHealth"];
            id: string;
            implementationNote: string;
            implementerAssignments: {
                assignmentId: string;
                person: components["schemas"]["ControlPersonRef"];
            }[];
            implementers: components["schemas"]["ControlPersonRef"][];
            justification: string;
            owner: components["schemas"]["ControlOwner"] | null;
            reasons: components["schemas"]["SoaReason"][];
            /** @description A.5.1 for Annex A, CUS-001 for custom controls */
            reference: string;
            riskActions: {
                id: string;
                reference: string;
                riskId: string;
                status: string;
                title: string;
            }[];
            risks: components["schemas"]["ControlLinkRef"][];
            status: components["schemas"]["ImplementationStatus"];
            taskCount: number;
            theme: components["schemas"]["ControlTheme"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ControlHealth: {
            expiredEvidence: number;
            level: components["schemas"]["ControlHealthLevel"];
            /** @description Missed in the last 12 months */
            missedOccurrences: number;
            overdueOccurrences: number;
            reasons: components["schemas"]["ControlHealthReason"][];
            /** @description Null when not applicable or undecided */
            score: number | null;
            validEvidence: number;
        };
        ControlHealthInput: {
            expiredEvidence: number;
            level: components["schemas"]["ControlHealthLevelInput"];
            /** @description Missed in the last 12 months */
            missedOccurrences: number;
            overdueOccurrences: number;
            reasons: components["schemas"]["ControlHealthReasonInput"][];
            /** @description Null when not applicable or undecided */
            score: number | null;
            validEvidence: number;
        };
        /** @enum {string} */
        ControlHealthLevel: "healthy" | "attention" | "failing" | "not_applicable" | "undecided";
        /** @enum {string} */
        ControlHealthLevelInput: "healthy" | "attention" | "failing" | "not_applicable" | "undecided";
        ControlHealthReason: {
            /** @enum {string} */
            code: "missed_occurrence" | "overdue_occurrence" | "expired_evidence" | "no_evidence" | "not_implemented" | "no_owner";
            message: string;
            /** @description Points taken off the score of 100 */
            penalty: number;
        };
        ControlHealthReasonInput: {
            /** @enum {string} */
            code: "missed_occurrence" | "overdue_occurrence" | "expired_evidence" | "no_evidence" | "not_implemented" | "no_owner";
            message: string;
            /** @description Points taken off the score of 100 */
            penalty: number;
        };
        ControlInput: {
            applicability: components["schemas"]["ApplicabilityInput"];
            can: {
                /** @description ISM, the control owner or an implementer */
                addEvidence: boolean;
                /** @description Set applicability and justification, links, owner and implementers (ISM) */
                decide: boolean;
                /** @description Implementation status and note, evidence and tasks (ISM or the control owner) */
                edit: boolean;
            };
            code: string;
            /** Format: date-time */
            createdAt: string;
            custom: boolean;
            decidedAt: string | null;
            decidedBy: components["schemas"]["ControlPersonRefInput"] | null;
            description: string;
            /** @description Current (not archived) evidence */
            evidenceCount: number;
            health: components["schemas"]["ControlHealthInput"];
            id: string;
            implementationNote: string;
            implementerAssignments: {
                assignmentId: string;
                person: components["schemas"]["ControlPersonRefInput"];
            }[];
            implementers: components["schemas"]["ControlPersonRefInput"][];
            justification: string;
            owner: components["schemas"]["ControlOwnerInput"] | null;
            reasons: components["schemas"]["SoaReasonInput"][];
            /** @description A.5.1 for Annex A, CUS-001 for custom controls */
            reference: string;
            riskActions: {
                id: string;
                reference: string;
                riskId: string;
                status: string;
                title: string;
            }[];
            risks: components["schemas"]["ControlLinkRefInput"][];
            status: components["schemas"]["ImplementationStatusInput"];
            taskCount: number;
            theme: components["schemas"]["ControlThemeInput"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ControlLinkRef: {
            id: string;
            reference: string;
            title: string;
        };
        ControlLinkRefInput: {
            id: string;
            reference: string;
            title: string;
        };
        ControlOwner: {
            assignmentId: string;
            person: components["schemas"]["ControlPersonRef"];
            /**
             * @description Held for this control, or Control Owner for the whole ISMS
             * @enum {string}
             */
            via: "control" | "isms";
        };
        ControlOwnerInput: {
            assignmentId: string;
            person: components["schemas"]["ControlPersonRefInput"];
            /**
             * @description Held for this control, or Control Owner for the whole ISMS
             * @enum {string}
             */
            via: "control" | "isms";
        };
        ControlPage: {
            items: components["schemas"]["ControlSummary"][];
            nextCursor: string | null;
            /** @description Controls matching the filters */
            total: number;
        };
        ControlPageInput: {
            items: components["schemas"]["ControlSummaryInput"][];
            nextCursor: string | null;
            /** @description Controls matching the filters */
            total: number;
        };
        ControlPersonRef: {
            fullName: string;
            id: string;
        };
        ControlPersonRefInput: {
            fullName: string;
            id: string;
        };
        ControlProgress: {
            byApplicability: {
                [key: string]: number;
            };
            byHealth: {
                [key: string]: number;
            };
            /** @description Applicable controls only */
            byStatus: {
                [key: string]: number;
            };
            byTheme: {
                applicable: number;
                implemented: number;
                partially: number;
                theme: components["schemas"]["ControlTheme"];
                total: number;
            }[];
            expiredEvidence: number;
            /** @description Across all controls, last 12 months */
            missedOccurrences: number;
            total: number;
            /** @description Applicable controls without an owner */
            unowned: number;
        };
        ControlProgressInput: {
            byApplicability: {
                [key: string]: number;
            };
            byHealth: {
                [key: string]: number;
            };
            /** @description Applicable controls only */
            byStatus: {
                [key: string]: number;
            };
            byTheme: {
                applicable: number;
                implemented: number;
                partially: number;
                theme: components["schemas"]["ControlThemeInput"];
                total: number;
            }[];
            expiredEvidence: number;
            /** @description Across all controls, last 12 months */
            missedOccurrences: number;
            total: number;
            /** @description Applicable controls without an owner */
            unowned: number;
        };
        ControlSummary: {
            applicability: components["schemas"]["Applicability"];
            code: string;
            custom: boolean;
            /** @description Current (not archived) evidence */
            evidenceCount: number;
            health: components["schemas"]["ControlHealth"];
            id: string;
            implementers: components["schemas"]["ControlPersonRef"][];
            justification: string;
            owner: components["schemas"]["ControlOwner"] | null;
            reasons: components["schemas"]["SoaReason"][];
            /** @description A.5.1 for Annex A, CUS-001 for custom controls */
            reference: string;
            status: components["schemas"]["ImplementationStatus"];
            taskCount: number;
            theme: components["schemas"]["ControlTheme"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ControlSummaryInput: {
            applicability: components["schemas"]["ApplicabilityInput"];
            code: string;
            custom: boolean;
            /** @description Current (not archived) evidence */
            evidenceCount: number;
            health: components["schemas"]["ControlHealthInput"];
            id: string;
            implementers: components["schemas"]["ControlPersonRefInput"][];
            justification: string;
            owner: components["schemas"]["ControlOwnerInput"] | null;
            reasons: components["schemas"]["SoaReasonInput"][];
            /** @description A.5.1 for Annex A, CUS-001 for custom controls */
            reference: string;
            status: components["schemas"]["ImplementationStatusInput"];
            taskCount: number;
            theme: components["schemas"]["ControlThemeInput"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ControlTask: {
            active: boolean;
            /** @description The named system administrator, if any */
            assignee: components["schemas"]["ControlPersonRef"] | null;
            /** @description Who has the duty now (resolved through the ledger) */
            assignees: components["schemas"]["ControlPersonRef"][];
            can: {
                complete: boolean;
                manage: boolean;
            };
            control: {
                id: string;
                reference: string;
                title: string;
            };
            evidenceRule: components["schemas"]["TaskEvidenceRule"];
            firstDue: string;
            frequency: components["schemas"]["TaskFrequency"];
            /** @description Days after the due date it may still be done before it counts as missed */
            graceDays: number;
            id: string;
            instructions: string;
            /** @description Every n periods */
            interval: number;
            /** @description Days before the due date it appears in the inbox */
            leadDays: number;
            missedLast12Months: number;
            /** @description The occurrence to do now or next */
            next: components["schemas"]["TaskOccurrence"] | null;
            /** @description TSK-0001 */
            reference: string;
            title: string;
            version: number;
        };
        ControlTaskDetail: {
            active: boolean;
            /** @description The named system administrator, if any */
            assignee: components["schemas"]["ControlPersonRef"] | null;
            /** @description Who has the duty now (resolved through the ledger) */
            assignees: components["schemas"]["ControlPersonRef"][];
            can: {
                complete: boolean;
                manage: boolean;
            };
            control: {
                id: string;
                reference: string;
                title: string;
            };
            evidenceRule: components["schemas"]["TaskEvidenceRule"];
            firstDue: string;
            frequency: components["schemas"]["TaskFrequency"];
            /** @description Days after the due date it may still be done before it counts as missed */
            graceDays: number;
            id: string;
            instructions: string;
            /** @description Every n periods */
            interval: number;
            /** @description Days before the due date it appears in the inbox */
            leadDays: number;
            missedLast12Months: number;
            /** @description The occurrence to do now or next */
            next: components["schemas"]["TaskOccurrence"] | null;
            /** @description Newest first: the next ones, then the last 12 months */
            occurrences: components["schemas"]["TaskOccurrence"][];
            /** @description TSK-0001 */
            reference: string;
            title: string;
            version: number;
        };
        ControlTaskDetailInput: {
            active: boolean;
            /** @description The named system administrator, if any */
            assignee: components["schemas"]["ControlPersonRefInput"] | null;
            /** @description Who has the duty now (resolved through the ledger) */
            assignees: components["schemas"]["ControlPersonRefInput"][];
            can: {
                complete: boolean;
                manage: boolean;
            };
            control: {
                id: string;
                reference: string;
                title: string;
            };
            evidenceRule: components["schemas"]["TaskEvidenceRuleInput"];
            firstDue: string;
            frequency: components["schemas"]["TaskFrequencyInput"];
            /** @description Days after the due date it may still be done before it counts as missed */
            graceDays: number;
            id: string;
            instructions: string;
            /** @description Every n periods */
            interval: number;
            /** @description Days before the due date it appears in the inbox */
            leadDays: number;
            missedLast12Months: number;
            /** @description The occurrence to do now or next */
            next: components["schemas"]["TaskOccurrenceInput"] | null;
            /** @description Newest first: the next ones, then the last 12 months */
            occurrences: components["schemas"]["TaskOccurrenceInput"][];
            /** @description TSK-0001 */
            reference: string;
            title: string;
            version: number;
        };
        ControlTaskInput: {
            active: boolean;
            /** @description The named system administrator, if any */
            assignee: components["schemas"]["ControlPersonRefInput"] | null;
            /** @description Who has the duty now (resolved through the ledger) */
            assignees: components["schemas"]["ControlPersonRefInput"][];
            can: {
                complete: boolean;
                manage: boolean;
            };
            control: {
                id: string;
                reference: string;
                title: string;
            };
            evidenceRule: components["schemas"]["TaskEvidenceRuleInput"];
            firstDue: string;
            frequency: components["schemas"]["TaskFrequencyInput"];
            /** @description Days after the due date it may still be done before it counts as missed */
            graceDays: number;
            id: string;
            instructions: string;
            /** @description Every n periods */
            interval: number;
            /** @description Days before the due date it appears in the inbox */
            leadDays: number;
            missedLast12Months: number;
            /** @description The occurrence to do now or next */
            next: components["schemas"]["TaskOccurrenceInput"] | null;
            /** @description TSK-0001 */
            reference: string;
            title: string;
            version: number;
        };
        ControlTaskPage: {
            items: components["schemas"]["ControlTask"][];
            nextCursor: string | null;
        };
        ControlTaskPageInput: {
            items: components["schemas"]["ControlTaskInput"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        ControlTheme: "organizational" | "people" | "physical" | "technological";
        /** @enum {string} */
        ControlThemeInput: "organizational" | "people" | "physical" | "technological";
        CorrectiveAction: {
            can: {
                complete: boolean;
                edit: boolean;
            };
            description: string;
            done: {
                /** Format: date-time */
                at: string;
                by: components["schemas"]["AuditPersonRef"];
                note: string;
            } | null;
            dueDate: string;
            id: string;
            ncId: string;
            overdue: boolean;
            /** @description Corrective Action Owner in the ledger */
            owner: {
                assignmentId: string;
                person: components["schemas"]["AuditPersonRef"];
            } | null;
            /** @description e.g. CA-0001 */
            reference: string;
            status: components["schemas"]["CorrectiveActionStatus"];
            title: string;
            version: number;
        };
        CorrectiveActionInput: {
            can: {
                complete: boolean;
                edit: boolean;
            };
            description: string;
            done: {
                /** Format: date-time */
                at: string;
                by: components["schemas"]["AuditPersonRefInput"];
                note: string;
            } | null;
            dueDate: string;
            id: string;
            ncId: string;
            overdue: boolean;
            /** @description Corrective Action Owner in the ledger */
            owner: {
                assignmentId: string;
                person: components["schemas"]["AuditPersonRefInput"];
            } | null;
            /** @description e.g. CA-0001 */
            reference: string;
            status: components["schemas"]["CorrectiveActionStatusInput"];
            title: string;
            version: number;
        };
        /** @enum {string} */
        CorrectiveActionStatus: "open" | "done" | "cancelled";
        /** @enum {string} */
        CorrectiveActionStatusInput: "open" | "done" | "cancelled";
        CountResult: {
            count: number;
        };
        CountResultInput: {
            count: number;
        };
        Coverage: {
            /** Format: date-time */
            asOf: string;
            findings: components["schemas"]["CoverageFinding"][];
            ownershipThreshold: number;
            /** @description Share of checked things without a finding, in percent */
            score: number;
        };
        CoverageFinding: {
            /** @enum {string} */
            check: "vacant_roles" | "roles_without_deputy" | "unacknowledged" | "leavers_holding" | "overloaded" | "unowned" | "open_handovers";
            /** @description How many things this check looked at */
            checked: number;
            count: number;
            kind: string | null;
            label: string;
        };
        CoverageFindingInput: {
            /** @enum {string} */
            check: "vacant_roles" | "roles_without_deputy" | "unacknowledged" | "leavers_holding" | "overloaded" | "unowned" | "open_handovers";
            /** @description How many things this check looked at */
            checked: number;
            count: number;
            kind: string | null;
            label: string;
        };
        CoverageInput: {
            /** Format: date-time */
            asOf: string;
            findings: components["schemas"]["CoverageFindingInput"][];
            ownershipThreshold: number;
            /** @description Share of checked things without a finding, in percent */
            score: number;
        };
        CoverageItem: {
            detail: string;
            id: string;
            label: string;
            /** @description Where in the web app to fix it */
            link: string | null;
            person: components["schemas"]["PersonSummary"] | null;
            roleKey: string | null;
            scope: components["schemas"]["Scope"] | null;
        };
        CoverageItemInput: {
            detail: string;
            id: string;
            label: string;
            /** @description Where in the web app to fix it */
            link: string | null;
            person: components["schemas"]["PersonSummaryInput"] | null;
            roleKey: string | null;
            scope: components["schemas"]["ScopeInput"] | null;
        };
        CoverageItemPage: {
            items: components["schemas"]["CoverageItem"][];
            nextCursor: string | null;
        };
        CoverageItemPageInput: {
            items: components["schemas"]["CoverageItemInput"][];
            nextCursor: string | null;
        };
        CreateAccessRequest: {
            /** Format: uuid */
            assetId: string;
            /**
             * Format: uuid
             * @description Who gets the access; yourself when left out
             */
            beneficiaryId?: string;
            /** @description The role, group or permission asked for */
            entitlement: string;
            /** @default false */
            privileged: boolean;
            reason: string;
            /** @default null */
            until: string | null;
        };
        CreateAccessRequestInput: {
            /** Format: uuid */
            assetId: string;
            /**
             * Format: uuid
             * @description Who gets the access; yourself when left out
             */
            beneficiaryId?: string;
            /** @description The role, group or permission asked for */
            entitlement: string;
            /** @default false */
            privileged: boolean;
            reason: string;
            /** @default null */
            until: string | null;
        };
        CreateAccessReviewRequest: {
            /** @description The systems to review; empty means every system with entitlements */
            assetIds: string[];
            /** @default false */
            differential: boolean;
            /** @description Last day for reviewers */
            dueOn: string;
            title: string;
        };
        CreateAccessReviewRequestInput: {
            /** @description The systems to review; empty means every system with entitlements */
            assetIds: string[];
            /** @default false */
            differential: boolean;
            /** @description Last day for reviewers */
            dueOn: string;
            title: string;
        };
        CreateAssetRequest: {
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            availability: number;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            confidentiality: number;
            /**
             * @description Made System Administrator for this asset in the ledger (ISM)
             * @default null
             */
            custodianPersonId: string | null;
            /** @default  */
            description: string;
            /** @default null */
            externalId: string | null;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            integrity: number;
            label: components["schemas"]["ClassificationLabel"];
            /** @default  */
            location: string;
            name: string;
            /** @default null */
            orgUnitId: string | null;
            /**
             * @description Made Asset Owner of this asset in the ledger (ISM)
             * @default null
             */
            ownerPersonId: string | null;
            /** @default null */
            parentId: string | null;
            /** @default in_use */
            status: components["schemas"]["AssetStatus"];
            type: components["schemas"]["AssetType"];
        };
        CreateAssetRequestInput: {
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            availability: number;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            confidentiality: number;
            /**
             * @description Made System Administrator for this asset in the ledger (ISM)
             * @default null
             */
            custodianPersonId: string | null;
            /** @default  */
            description: string;
            /** @default null */
            externalId: string | null;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            integrity: number;
            label: components["schemas"]["ClassificationLabelInput"];
            /** @default  */
            location: string;
            name: string;
            /** @default null */
            orgUnitId: string | null;
            /**
             * @description Made Asset Owner of this asset in the ledger (ISM)
             * @default null
             */
            ownerPersonId: string | null;
            /** @default null */
            parentId: string | null;
            /** @default in_use */
            status: components["schemas"]["AssetStatusInput"];
            type: components["schemas"]["AssetTypeInput"];
        };
        CreateAuditRequest: {
            /** @default ISO/IEC 27001:2022 and the organisation’s ISMS policies */
            criteria: string;
            /** @default  */
            objective: string;
            plannedEnd: string;
            plannedStart: string;
            scope: components["schemas"]["AuditScopeRef"][];
            title: string;
        };
        CreateAuditRequestInput: {
            /** @default ISO/IEC 27001:2022 and the organisation’s ISMS policies */
            criteria: string;
            /** @default  */
            objective: string;
            plannedEnd: string;
            plannedStart: string;
            scope: components["schemas"]["AuditScopeRefInput"][];
            title: string;
        };
        CreateControlRequest: {
            /** @description Shown as the reference; unique among custom controls */
            code: string;
            /** @default  */
            description: string;
            theme: components["schemas"]["ControlTheme"];
            title: string;
        };
        CreateControlRequestInput: {
            /** @description Shown as the reference; unique among custom controls */
            code: string;
            /** @default  */
            description: string;
            theme: components["schemas"]["ControlThemeInput"];
            title: string;
        };
        CreateControlTaskRequest: {
            /**
             * @description A system administrator of this control or of the whole ISMS; null: every implementer
             * @default null
             */
            assigneePersonId: string | null;
            /** @default note_or_file */
            evidenceRule: components["schemas"]["TaskEvidenceRule"];
            firstDue: string;
            frequency: components["schemas"]["TaskFrequency"];
            /** @default 7 */
            graceDays: number;
            /** @default  */
            instructions: string;
            /** @default 1 */
            interval: number;
            /** @default 7 */
            leadDays: number;
            title: string;
        };
        CreateControlTaskRequestInput: {
            /**
             * @description A system administrator of this control or of the whole ISMS; null: every implementer
             * @default null
             */
            assigneePersonId: string | null;
            /** @default note_or_file */
            evidenceRule: components["schemas"]["TaskEvidenceRuleInput"];
            firstDue: string;
            frequency: components["schemas"]["TaskFrequencyInput"];
            /** @default 7 */
            graceDays: number;
            /** @default  */
            instructions: string;
            /** @default 1 */
            interval: number;
            /** @default 7 */
            leadDays: number;
            title: string;
        };
        CreatedApiToken: {
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters of the token, to recognise it */
            prefix: string;
            revokedAt: string | null;
            /**
             * @description read: GET only; write: everything the account may do
             * @enum {string}
             */
            scope: "read" | "write";
            /** @description Shown once; only its hash is stored */
            token: string;
        };
        CreatedApiTokenInput: {
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters of the token, to recognise it */
            prefix: string;
            revokedAt: string | null;
            /**
             * @description read: GET only; write: everything the account may do
             * @enum {string}
             */
            scope: "read" | "write";
            /** @description Shown once; only its hash is stored */
            token: string;
        };
        CreatePolicyRequest: {
            /** @default 14 */
            ackWithinDays: number;
            /** @description Role whose holder approves; the ISMS policy is always Top Management, topic policies default to the ISM */
            approverRoleKey?: string;
            /**
             * @default {
             *       "everyone": true,
             *       "orgUnitIds": [],
             *       "roleKeys": []
             *     }
             */
            audience: components["schemas"]["PolicyAudienceRequest"];
            /** @description Markdown of the first draft */
            body?: string;
            /** @default topic */
            kind: components["schemas"]["PolicyKind"];
            /**
             * @description Assigned as Policy Owner in the ledger
             * @default null
             */
            ownerPersonId: string | null;
            /** @default 12 */
            reviewIntervalMonths: number;
            /**
             * @description Purpose, in a sentence or two
             * @default
             */
            summary: string;
            title: string;
        };
        CreatePolicyRequestInput: {
            /** @default 14 */
            ackWithinDays: number;
            /** @description Role whose holder approves; the ISMS policy is always Top Management, topic policies default to the ISM */
            approverRoleKey?: string;
            /**
             * @default {
             *       "everyone": true,
             *       "orgUnitIds": [],
             *       "roleKeys": []
             *     }
             */
            audience: components["schemas"]["PolicyAudienceRequestInput"];
            /** @description Markdown of the first draft */
            body?: string;
            /** @default topic */
            kind: components["schemas"]["PolicyKindInput"];
            /**
             * @description Assigned as Policy Owner in the ledger
             * @default null
             */
            ownerPersonId: string | null;
            /** @default 12 */
            reviewIntervalMonths: number;
            /**
             * @description Purpose, in a sentence or two
             * @default
             */
            summary: string;
            title: string;
        };
        CreateRiskRequest: {
            category: string;
            /** @default  */
            description: string;
            /** @default null */
            orgUnitId: string | null;
            /**
             * @description Made Risk Owner of this risk in the ledger (the ISM assigns)
             * @default null
             */
            ownerPersonId: string | null;
            /** @default  */
            threat: string;
            title: string;
            /** @default  */
            vulnerability: string;
        };
        CreateRiskRequestInput: {
            category: string;
            /** @default  */
            description: string;
            /** @default null */
            orgUnitId: string | null;
            /**
             * @description Made Risk Owner of this risk in the ledger (the ISM assigns)
             * @default null
             */
            ownerPersonId: string | null;
            /** @default  */
            threat: string;
            title: string;
            /** @default  */
            vulnerability: string;
        };
        DecideAccessRequest: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @default  */
            note: string;
            version: number;
        };
        DecideAccessRequestInput: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @default  */
            note: string;
            version: number;
        };
        DecideReviewItemRequest: {
            /** @default  */
            comment: string;
            decision: components["schemas"]["ReviewDecision"];
            /** @description With modify: what the access becomes */
            modifyTo?: string;
        };
        DecideReviewItemRequestInput: {
            /** @default  */
            comment: string;
            decision: components["schemas"]["ReviewDecisionInput"];
            /** @description With modify: what the access becomes */
            modifyTo?: string;
        };
        DiffLine: {
            /** @enum {string} */
            kind: "same" | "added" | "removed";
            newLine: number | null;
            oldLine: number | null;
            text: string;
        };
        DiffLineInput: {
            /** @enum {string} */
            kind: "same" | "added" | "removed";
            newLine: number | null;
            oldLine: number | null;
            text: string;
        };
        Duty: {
            detail: string;
            dueAt: string | null;
            key: string;
            kind: string;
            link: string;
            module: string;
            /** Format: date-time */
            since: string;
            /** @description Set when the duty is yours because you stand in as a deputy */
            standingInFor: {
                roleKey: string;
            } | null;
            /**
             * @description due_soon: within the reminder lead time
             * @enum {string}
             */
            state: "overdue" | "due_soon" | "open";
            title: string;
        };
        DutyInput: {
            detail: string;
            dueAt: string | null;
            key: string;
            kind: string;
            link: string;
            module: string;
            /** Format: date-time */
            since: string;
            /** @description Set when the duty is yours because you stand in as a deputy */
            standingInFor: {
                roleKey: string;
            } | null;
            /**
             * @description due_soon: within the reminder lead time
             * @enum {string}
             */
            state: "overdue" | "due_soon" | "open";
            title: string;
        };
        DutyPage: {
            items: components["schemas"]["Duty"][];
            nextCursor: string | null;
        };
        DutyPageInput: {
            items: components["schemas"]["DutyInput"][];
            nextCursor: string | null;
        };
        /**
         * @description immediate: a mail per reminder; digest: one summary a day (default); off: no mail
         * @enum {string}
         */
        EmailMode: "immediate" | "digest" | "off";
        /**
         * @description immediate: a mail per reminder; digest: one summary a day (default); off: no mail
         * @enum {string}
         */
        EmailModeInput: "immediate" | "digest" | "off";
        Entitlement: {
            account: {
                id: string;
                name: string;
            };
            asset: components["schemas"]["AssetRef"];
            /** Format: date-time */
            changedAt: string;
            /** Format: date-time */
            firstSeenAt: string;
            id: string;
            lastCertifiedAt: string | null;
            name: string;
            /** @description Null for an account matched to nobody (orphaned) */
            person: components["schemas"]["AssetPersonRef"] | null;
            privileged: boolean;
            removedAt: string | null;
            /** @enum {string} */
            source: "import" | "request";
        };
        EntitlementImport: {
            /** @description Accounts in this file matched to nobody */
            accountsUnmatched: number;
            /** @description The first 200 rows refused, with why */
            errors: {
                line: number;
                message: string;
            }[];
            fileName: string;
            finishedAt: string | null;
            id: string;
            /** @description Entitlements of the systems in the file that the file no longer lists */
            removed: number;
            rowsFailed: number;
            rowsImported: number;
            rowsRead: number;
            /** Format: date-time */
            startedAt: string;
            startedBy: components["schemas"]["AssetPersonRef"] | null;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            systems: components["schemas"]["AssetRef"][];
        };
        EntitlementImportInput: {
            /** @description Accounts in this file matched to nobody */
            accountsUnmatched: number;
            /** @description The first 200 rows refused, with why */
            errors: {
                line: number;
                message: string;
            }[];
            fileName: string;
            finishedAt: string | null;
            id: string;
            /** @description Entitlements of the systems in the file that the file no longer lists */
            removed: number;
            rowsFailed: number;
            rowsImported: number;
            rowsRead: number;
            /** Format: date-time */
            startedAt: string;
            startedBy: components["schemas"]["AssetPersonRefInput"] | null;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            systems: components["schemas"]["AssetRefInput"][];
        };
        EntitlementImportPage: {
            items: components["schemas"]["EntitlementImport"][];
            nextCursor: string | null;
        };
        EntitlementImportPageInput: {
            items: components["schemas"]["EntitlementImportInput"][];
            nextCursor: string | null;
        };
        EntitlementInput: {
            account: {
                id: string;
                name: string;
            };
            asset: components["schemas"]["AssetRefInput"];
            /** Format: date-time */
            changedAt: string;
            /** Format: date-time */
            firstSeenAt: string;
            id: string;
            lastCertifiedAt: string | null;
            name: string;
            /** @description Null for an account matched to nobody (orphaned) */
            person: components["schemas"]["AssetPersonRefInput"] | null;
            privileged: boolean;
            removedAt: string | null;
            /** @enum {string} */
            source: "import" | "request";
        };
        EntitlementPage: {
            items: components["schemas"]["Entitlement"][];
            nextCursor: string | null;
        };
        EntitlementPageInput: {
            items: components["schemas"]["EntitlementInput"][];
            nextCursor: string | null;
        };
        Evidence: {
            addedBy: components["schemas"]["ControlPersonRef"];
            contentType: string | null;
            controlId: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            evidenceDate: string;
            fileName: string | null;
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @description EVD-0001 */
            reference: string;
            /** @description Of the file content; files are stored by this hash */
            sha256: string | null;
            size: number | null;
            /** @enum {string} */
            state: "valid" | "expired" | "archived";
            task: {
                dueDate: string;
                id: string;
                reference: string;
            } | null;
            title: string;
            url: string | null;
            validUntil: string | null;
        };
        EvidenceInput: {
            addedBy: components["schemas"]["ControlPersonRefInput"];
            contentType: string | null;
            controlId: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            evidenceDate: string;
            fileName: string | null;
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @description EVD-0001 */
            reference: string;
            /** @description Of the file content; files are stored by this hash */
            sha256: string | null;
            size: number | null;
            /** @enum {string} */
            state: "valid" | "expired" | "archived";
            task: {
                dueDate: string;
                id: string;
                reference: string;
            } | null;
            title: string;
            url: string | null;
            validUntil: string | null;
        };
        EvidencePage: {
            items: components["schemas"]["Evidence"][];
            nextCursor: string | null;
        };
        EvidencePageInput: {
            items: components["schemas"]["EvidenceInput"][];
            nextCursor: string | null;
        };
        Handover: {
            confirmedAt: string | null;
            confirmedBy: {
                fullName: string;
                id: string;
            } | null;
            id: string;
            /** @description Open handovers: what the leaver still holds */
            items: components["schemas"]["HandoverItem"][];
            /** Format: date-time */
            openedAt: string;
            openItems: number;
            person: components["schemas"]["PersonSummary"];
            result: {
                assignmentId: string;
                newAssignmentId: string | null;
                roleKey: string;
                scope: components["schemas"]["Scope"];
                successorId: string | null;
                successorName: string | null;
            }[] | null;
            /** @enum {string} */
            source: "manual" | "hr_import" | "scim";
            /** @enum {string} */
            status: "open" | "confirmed";
            version: number;
        };
        HandoverInput: {
            confirmedAt: string | null;
            confirmedBy: {
                fullName: string;
                id: string;
            } | null;
            id: string;
            /** @description Open handovers: what the leaver still holds */
            items: components["schemas"]["HandoverItemInput"][];
            /** Format: date-time */
            openedAt: string;
            openItems: number;
            person: components["schemas"]["PersonSummaryInput"];
            result: {
                assignmentId: string;
                newAssignmentId: string | null;
                roleKey: string;
                scope: components["schemas"]["ScopeInput"];
                successorId: string | null;
                successorName: string | null;
            }[] | null;
            /** @enum {string} */
            source: "manual" | "hr_import" | "scim";
            /** @enum {string} */
            status: "open" | "confirmed";
            version: number;
        };
        HandoverItem: {
            assignment: components["schemas"]["Assignment"];
            /** @description Holder assignments need a successor; deputy and Employee rows just end */
            needsSuccessor: boolean;
            /** @enum {string} */
            proposal: "deputy" | "manager" | "none" | "not_needed";
            proposedSuccessor: components["schemas"]["PersonSummary"] | null;
        };
        HandoverItemInput: {
            assignment: components["schemas"]["AssignmentInput"];
            /** @description Holder assignments need a successor; deputy and Employee rows just end */
            needsSuccessor: boolean;
            /** @enum {string} */
            proposal: "deputy" | "manager" | "none" | "not_needed";
            proposedSuccessor: components["schemas"]["PersonSummaryInput"] | null;
        };
        HandoverPage: {
            items: components["schemas"]["HandoverSummary"][];
            nextCursor: string | null;
        };
        HandoverPageInput: {
            items: components["schemas"]["HandoverSummaryInput"][];
            nextCursor: string | null;
        };
        HandoverSummary: {
            confirmedAt: string | null;
            confirmedBy: {
                fullName: string;
                id: string;
            } | null;
            id: string;
            /** Format: date-time */
            openedAt: string;
            openItems: number;
            person: components["schemas"]["PersonSummary"];
            /** @enum {string} */
            source: "manual" | "hr_import" | "scim";
            /** @enum {string} */
            status: "open" | "confirmed";
            version: number;
        };
        HandoverSummaryInput: {
            confirmedAt: string | null;
            confirmedBy: {
                fullName: string;
                id: string;
            } | null;
            id: string;
            /** Format: date-time */
            openedAt: string;
            openItems: number;
            person: components["schemas"]["PersonSummaryInput"];
            /** @enum {string} */
            source: "manual" | "hr_import" | "scim";
            /** @enum {string} */
            status: "open" | "confirmed";
            version: number;
        };
        Heatmap: {
            appetiteScore: number;
            /** @enum {string} */
            basis: "inherent" | "residual";
            cells: {
                count: number;
                impact: number;
                level: {
                    color: string;
                    key: string;
                    label: string;
                };
                likelihood: number;
                score: number;
            }[];
            impact: components["schemas"]["RiskScaleStep"][];
            likelihood: components["schemas"]["RiskScaleStep"][];
            methodVersion: number;
            /** @description Risks scored on an older, larger scale: reassess them */
            outOfScale: number;
            unassessed: number;
        };
        HeatmapInput: {
            appetiteScore: number;
            /** @enum {string} */
            basis: "inherent" | "residual";
            cells: {
                count: number;
                impact: number;
                level: {
                    color: string;
                    key: string;
                    label: string;
                };
                likelihood: number;
                score: number;
            }[];
            impact: components["schemas"]["RiskScaleStepInput"][];
            likelihood: components["schemas"]["RiskScaleStepInput"][];
            methodVersion: number;
            /** @description Risks scored on an older, larger scale: reassess them */
            outOfScale: number;
            unassessed: number;
        };
        HeldRole: {
            assignmentId: string;
            /**
             * @description deputy: standing in for the holder right now
             * @enum {string}
             */
            kind: "holder" | "deputy";
            roleKey: string;
            scopeId: string | null;
            scopeType: string;
        };
        HeldRoleInput: {
            assignmentId: string;
            /**
             * @description deputy: standing in for the holder right now
             * @enum {string}
             */
            kind: "holder" | "deputy";
            roleKey: string;
            scopeId: string | null;
            scopeType: string;
        };
        /** @enum {string} */
        ImplementationStatus: "not_started" | "planned" | "partially" | "implemented";
        /** @enum {string} */
        ImplementationStatusInput: "not_started" | "planned" | "partially" | "implemented";
        ImportPersonChange: {
            changes: {
                after: string | null;
                before: string | null;
                field: string;
            }[];
            email: string;
            employeeId: string | null;
            fullName: string;
            /** @description null for people absent from the file (missingAreLeavers) */
            line: number | null;
            /** @description null for people the import would create */
            personId: string | null;
        };
        ImportPersonChangeInput: {
            changes: {
                after: string | null;
                before: string | null;
                field: string;
            }[];
            email: string;
            employeeId: string | null;
            fullName: string;
            /** @description null for people absent from the file (missingAreLeavers) */
            line: number | null;
            /** @description null for people the import would create */
            personId: string | null;
        };
        ImportRowError: {
            /** @description The column, e.g. email, or "row" for the row as a whole */
            field: string;
            /** @description Line in the file (the header is line 1) */
            line: number;
            message: string;
        };
        ImportRowErrorInput: {
            /** @description The column, e.g. email, or "row" for the row as a whole */
            field: string;
            /** @description Line in the file (the header is line 1) */
            line: number;
            message: string;
        };
        ImportSummary: {
            /** @description True only when apply wrote the changes */
            applied: boolean;
            counts: {
                created: number;
                errors: number;
                /** @description People becoming leavers (also counted as updated when in the file) */
                leavers: number;
                orgUnitsCreated: number;
                unchanged: number;
                updated: number;
            };
            created: components["schemas"]["ImportPersonChange"][];
            errors: components["schemas"]["ImportRowError"][];
            leavers: components["schemas"]["ImportPersonChange"][];
            missingAreLeavers: boolean;
            /** @enum {string} */
            mode: "preview" | "apply";
            orgUnitsCreated: {
                code: string;
                name: string;
                parentCode: string | null;
            }[];
            /** @description Data rows read (header excluded) */
            rows: number;
            /** @description Of the file as received; apply must send it back as expectedSha256 */
            sha256: string;
            /** @description Lists show at most 500 entries (errors 1,000); counts are always complete */
            truncated: boolean;
            updated: components["schemas"]["ImportPersonChange"][];
        };
        ImportSummaryInput: {
            /** @description True only when apply wrote the changes */
            applied: boolean;
            counts: {
                created: number;
                errors: number;
                /** @description People becoming leavers (also counted as updated when in the file) */
                leavers: number;
                orgUnitsCreated: number;
                unchanged: number;
                updated: number;
            };
            created: components["schemas"]["ImportPersonChangeInput"][];
            errors: components["schemas"]["ImportRowErrorInput"][];
            leavers: components["schemas"]["ImportPersonChangeInput"][];
            missingAreLeavers: boolean;
            /** @enum {string} */
            mode: "preview" | "apply";
            orgUnitsCreated: {
                code: string;
                name: string;
                parentCode: string | null;
            }[];
            /** @description Data rows read (header excluded) */
            rows: number;
            /** @description Of the file as received; apply must send it back as expectedSha256 */
            sha256: string;
            /** @description Lists show at most 500 entries (errors 1,000); counts are always complete */
            truncated: boolean;
            updated: components["schemas"]["ImportPersonChangeInput"][];
        };
        InboxSettings: {
            /** @description Hour of the day (UTC) the daily digest goes out */
            digestHourUtc: number;
            /** @description Working days overdue after which the manager and the ISM are told */
            escalateAfterWorkingDays: number;
            /** @description Whether this server has SMTP configured (SMTP_URL) */
            mailEnabled: boolean;
            /** @description Working days before a due date that the "due soon" reminder goes out */
            reminderLeadDays: number;
            updatedAt: string | null;
            version: number;
            /** @description ISO weekdays (1 = Monday); due dates on other days move to the next one */
            workingDays: number[];
        };
        InboxSettingsInput: {
            /** @description Hour of the day (UTC) the daily digest goes out */
            digestHourUtc: number;
            /** @description Working days overdue after which the manager and the ISM are told */
            escalateAfterWorkingDays: number;
            /** @description Whether this server has SMTP configured (SMTP_URL) */
            mailEnabled: boolean;
            /** @description Working days before a due date that the "due soon" reminder goes out */
            reminderLeadDays: number;
            updatedAt: string | null;
            version: number;
            /** @description ISO weekdays (1 = Monday); due dates on other days move to the next one */
            workingDays: number[];
        };
        InboxSummary: {
            dueSoon: number;
            open: number;
            overdue: number;
            unreadNotifications: number;
        };
        InboxSummaryInput: {
            dueSoon: number;
            open: number;
            overdue: number;
            unreadNotifications: number;
        };
        Job: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
            id: string;
            /** @description Why the last attempt failed, or why the job was skipped */
            lastError: string | null;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string;
            status: components["schemas"]["JobStatus"];
            type: string;
        };
        JobEnqueued: {
            /** @description Null when the same job was already queued */
            jobId: string | null;
        };
        JobEnqueuedInput: {
            /** @description Null when the same job was already queued */
            jobId: string | null;
        };
        JobInput: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
            id: string;
            /** @description Why the last attempt failed, or why the job was skipped */
            lastError: string | null;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string;
            status: components["schemas"]["JobStatusInput"];
            type: string;
        };
        /** @enum {string} */
        JobStatus: "queued" | "running" | "done" | "skipped" | "dead";
        /** @enum {string} */
        JobStatusInput: "queued" | "running" | "done" | "skipped" | "dead";
        MarkReviewedRequest: {
            comment?: string;
        };
        MarkReviewedRequestInput: {
            comment?: string;
        };
        MarkRevokedRequest: {
            entitlementIds: string[];
        };
        MarkRevokedRequestInput: {
            entitlementIds: string[];
        };
        MatchAccountRequest: {
            /**
             * Format: uuid
             * @description The person this account belongs to
             */
            personId: string;
        };
        MatchAccountRequestInput: {
            /**
             * Format: uuid
             * @description The person this account belongs to
             */
            personId: string;
        };
        MyPolicies: {
            /** @description Versions in force the person has acknowledged */
            acknowledged: components["schemas"]["MyPolicy"][];
            /** @description Versions in force the person has not acknowledged, soonest due first */
            toRead: components["schemas"]["MyPolicy"][];
        };
        MyPoliciesInput: {
            /** @description Versions in force the person has acknowledged */
            acknowledged: components["schemas"]["MyPolicyInput"][];
            /** @description Versions in force the person has not acknowledged, soonest due first */
            toRead: components["schemas"]["MyPolicyInput"][];
        };
        MyPolicy: {
            acknowledgedAt: string | null;
            changeSummary: string;
            /** Format: date-time */
            dueAt: string;
            hasQuiz: boolean;
            kind: components["schemas"]["PolicyKind"];
            number: number;
            overdue: boolean;
            policyId: string;
            /** @description The number of an earlier version the person acknowledged, when this one replaces it */
            previouslyAcknowledged: number | null;
            /** Format: date-time */
            publishedAt: string;
            reference: string;
            summary: string;
            title: string;
            versionId: string;
        };
        MyPolicyInput: {
            acknowledgedAt: string | null;
            changeSummary: string;
            /** Format: date-time */
            dueAt: string;
            hasQuiz: boolean;
            kind: components["schemas"]["PolicyKindInput"];
            number: number;
            overdue: boolean;
            policyId: string;
            /** @description The number of an earlier version the person acknowledged, when this one replaces it */
            previouslyAcknowledged: number | null;
            /** Format: date-time */
            publishedAt: string;
            reference: string;
            summary: string;
            title: string;
            versionId: string;
        };
        MyResponsibilities: {
            current: components["schemas"]["MyResponsibility"][];
            pendingAcknowledgements: number;
            upcoming: components["schemas"]["MyResponsibility"][];
        };
        MyResponsibilitiesInput: {
            current: components["schemas"]["MyResponsibilityInput"][];
            pendingAcknowledgements: number;
            upcoming: components["schemas"]["MyResponsibilityInput"][];
        };
        MyResponsibility: {
            assignment: components["schemas"]["Assignment"];
            role: components["schemas"]["Role"];
        };
        MyResponsibilityInput: {
            assignment: components["schemas"]["AssignmentInput"];
            role: components["schemas"]["RoleInput"];
        };
        Nonconformity: {
            actions: {
                open: number;
                overdue: number;
                total: number;
            };
            /** @description Days since raised (until closed) */
            ageDays: number;
            audit: {
                id: string;
                reference: string;
            } | null;
            auditItem: {
                code: string;
                id: string;
                title: string;
            } | null;
            can: {
                /** @description Correction, root cause, corrective actions (the ISM or the NC owner) */
                manage: boolean;
                setOwner: boolean;
                /** @description Verify effectiveness (an auditor or the ISM who did not implement an action) */
                verify: boolean;
            };
            clause: {
                id: string;
                title: string;
            } | null;
            closedAt: string | null;
            control: {
                id: string;
                reference: string;
                title: string;
            } | null;
            correctedAt: string | null;
            correction: string;
            correctiveActions: components["schemas"]["CorrectiveAction"][];
            description: string;
            id: string;
            /** @description Nonconformity Owner in the ledger */
            owner: components["schemas"]["AuditPersonRef"] | null;
            ownerAssignmentId: string | null;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: components["schemas"]["AuditPersonRef"];
            /** @description e.g. NC-0001 */
            reference: string;
            reopenedCount: number;
            rootCause: {
                method: components["schemas"]["RootCauseMethod"] | null;
                text: string;
                whys: string[];
            };
            severity: components["schemas"]["NonconformitySeverity"];
            source: components["schemas"]["NonconformitySource"];
            sourceNote: string;
            status: components["schemas"]["NonconformityStatus"];
            title: string;
            verifications: components["schemas"]["NonconformityVerification"][];
            version: number;
        };
        NonconformityAgeing: {
            /** Format: date-time */
            asOf: string;
            buckets: ("0-30" | "31-60" | "61-90" | "90+")[];
            byOwner: {
                counts: {
                    [key: string]: number;
                };
                oldestDays: number;
                open: number;
                owner: components["schemas"]["AuditPersonRef"] | null;
            }[];
            bySeverity: {
                [key: string]: number;
            };
            total: {
                [key: string]: number;
            };
        };
        NonconformityAgeingInput: {
            /** Format: date-time */
            asOf: string;
            buckets: ("0-30" | "31-60" | "61-90" | "90+")[];
            byOwner: {
                counts: {
                    [key: string]: number;
                };
                oldestDays: number;
                open: number;
                owner: components["schemas"]["AuditPersonRefInput"] | null;
            }[];
            bySeverity: {
                [key: string]: number;
            };
            total: {
                [key: string]: number;
            };
        };
        NonconformityInput: {
            actions: {
                open: number;
                overdue: number;
                total: number;
            };
            /** @description Days since raised (until closed) */
            ageDays: number;
            audit: {
                id: string;
                reference: string;
            } | null;
            auditItem: {
                code: string;
                id: string;
                title: string;
            } | null;
            can: {
                /** @description Correction, root cause, corrective actions (the ISM or the NC owner) */
                manage: boolean;
                setOwner: boolean;
                /** @description Verify effectiveness (an auditor or the ISM who did not implement an action) */
                verify: boolean;
            };
            clause: {
                id: string;
                title: string;
            } | null;
            closedAt: string | null;
            control: {
                id: string;
                reference: string;
                title: string;
            } | null;
            correctedAt: string | null;
            correction: string;
            correctiveActions: components["schemas"]["CorrectiveActionInput"][];
            description: string;
            id: string;
            /** @description Nonconformity Owner in the ledger */
            owner: components["schemas"]["AuditPersonRefInput"] | null;
            ownerAssignmentId: string | null;
            /** Format: date-time */
            raisedAt: string;
            raisedBy: components["schemas"]["AuditPersonRefInput"];
            /** @description e.g. NC-0001 */
            reference: string;
            reopenedCount: number;
            rootCause: {
                method: components["schemas"]["RootCauseMethodInput"] | null;
                text: string;
                whys: string[];
            };
            severity: components["schemas"]["NonconformitySeverityInput"];
            source: components["schemas"]["NonconformitySourceInput"];
            sourceNote: string;
            status: components["schemas"]["NonconformityStatusInput"];
            title: string;
            verifications: components["schemas"]["NonconformityVerificationInput"][];
            version: number;
        };
        NonconformityPage: {
            items: components["schemas"]["NonconformitySummary"][];
            nextCursor: string | null;
        };
        NonconformityPageInput: {
            items: components["schemas"]["NonconformitySummaryInput"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        NonconformitySeverity: "minor" | "major";
        /** @enum {string} */
        NonconformitySeverityInput: "minor" | "major";
        /** @enum {string} */
        NonconformitySource: "audit" | "incident" | "other";
        /** @enum {string} */
        NonconformitySourceInput: "audit" | "incident" | "other";
        /** @enum {string} */
        NonconformityStatus: "open" | "action" | "verification" | "closed";
        /** @enum {string} */
        NonconformityStatusInput: "open" | "action" | "verification" | "closed";
        NonconformitySummary: {
            actions: {
                open: number;
                overdue: number;
                total: number;
            };
            /** @description Days since raised (until closed) */
            ageDays: number;
            audit: {
                id: string;
                reference: string;
            } | null;
            closedAt: string | null;
            id: string;
            /** @description Nonconformity Owner in the ledger */
            owner: components["schemas"]["AuditPersonRef"] | null;
            /** Format: date-time */
            raisedAt: string;
            /** @description e.g. NC-0001 */
            reference: string;
            severity: components["schemas"]["NonconformitySeverity"];
            source: components["schemas"]["NonconformitySource"];
            status: components["schemas"]["NonconformityStatus"];
            title: string;
        };
        NonconformitySummaryInput: {
            actions: {
                open: number;
                overdue: number;
                total: number;
            };
            /** @description Days since raised (until closed) */
            ageDays: number;
            audit: {
                id: string;
                reference: string;
            } | null;
            closedAt: string | null;
            id: string;
            /** @description Nonconformity Owner in the ledger */
            owner: components["schemas"]["AuditPersonRefInput"] | null;
            /** Format: date-time */
            raisedAt: string;
            /** @description e.g. NC-0001 */
            reference: string;
            severity: components["schemas"]["NonconformitySeverityInput"];
            source: components["schemas"]["NonconformitySourceInput"];
            status: components["schemas"]["NonconformityStatusInput"];
            title: string;
        };
        NonconformityVerification: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["AuditPersonRef"];
            effective: boolean;
            note: string;
            roleKey: string;
        };
        NonconformityVerificationInput: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["AuditPersonRefInput"];
            effective: boolean;
            note: string;
            roleKey: string;
        };
        Notification: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            kind: string;
            link: string | null;
            readAt: string | null;
            title: string;
        };
        NotificationInput: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            kind: string;
            link: string | null;
            readAt: string | null;
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
        };
        NotificationPageInput: {
            items: components["schemas"]["NotificationInput"][];
            nextCursor: string | null;
        };
        NotificationPrefs: {
            emailMode: components["schemas"]["EmailMode"];
            /** @description Null while the defaults apply */
            updatedAt: string | null;
            version: number;
        };
        NotificationPrefsInput: {
            emailMode: components["schemas"]["EmailModeInput"];
            /** @description Null while the defaults apply */
            updatedAt: string | null;
            version: number;
        };
        /** @enum {string} */
        OccurrenceState: "upcoming" | "due" | "overdue" | "missed" | "completed" | "completed_late";
        /** @enum {string} */
        OccurrenceStateInput: "upcoming" | "due" | "overdue" | "missed" | "completed" | "completed_late";
        Ok: {
            /** @constant */
            ok: true;
        };
        OkInput: {
            /** @constant */
            ok: true;
        };
        OrgChart: {
            /** Format: date-time */
            asOf: string;
            /** @description Flat: each node names its managerId; roots first, then level by level */
            nodes: components["schemas"]["OrgChartNode"][];
            orgUnit: {
                id: string;
                name: string;
            } | null;
            /** @description People at the top of the selection; more than rootIds when cut at the limit */
            rootCount: number;
            /** @description The people at the top of this chart, by name */
            rootIds: string[];
            /** @description Some branches were left collapsed to stay within the limit */
            truncated: boolean;
        };
        OrgChartBadge: {
            /** @description Assignments this badge stands for (object scopes are counted, not listed) */
            count: number;
            /** @enum {string} */
            kind: "holder" | "deputy";
            roleKey: string;
            roleName: string;
            /** @description null for the whole ISMS and for counted object scopes */
            scopeId: string | null;
            /** @description "Whole ISMS", the org unit name, or "12 assets" for object scopes */
            scopeLabel: string;
            scopeType: string;
        };
        OrgChartBadgeInput: {
            /** @description Assignments this badge stands for (object scopes are counted, not listed) */
            count: number;
            /** @enum {string} */
            kind: "holder" | "deputy";
            roleKey: string;
            roleName: string;
            /** @description null for the whole ISMS and for counted object scopes */
            scopeId: string | null;
            /** @description "Whole ISMS", the org unit name, or "12 assets" for object scopes */
            scopeLabel: string;
            scopeType: string;
        };
        OrgChartInput: {
            /** Format: date-time */
            asOf: string;
            /** @description Flat: each node names its managerId; roots first, then level by level */
            nodes: components["schemas"]["OrgChartNodeInput"][];
            orgUnit: {
                id: string;
                name: string;
            } | null;
            /** @description People at the top of the selection; more than rootIds when cut at the limit */
            rootCount: number;
            /** @description The people at the top of this chart, by name */
            rootIds: string[];
            /** @description Some branches were left collapsed to stay within the limit */
            truncated: boolean;
        };
        OrgChartNode: {
            /** @description Current ISMS roles other than Employee, holder before deputy */
            badges: components["schemas"]["OrgChartBadge"][];
            /** @description Direct reports within the selection */
            childCount: number;
            /** @description How many of them this answer includes (0: collapsed) */
            childrenShown: number;
            fullName: string;
            id: string;
            jobTitle: string | null;
            /** @description The manager on the chart; null at the top of this chart */
            managerId: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
        };
        OrgChartNodeInput: {
            /** @description Current ISMS roles other than Employee, holder before deputy */
            badges: components["schemas"]["OrgChartBadgeInput"][];
            /** @description Direct reports within the selection */
            childCount: number;
            /** @description How many of them this answer includes (0: collapsed) */
            childrenShown: number;
            fullName: string;
            id: string;
            jobTitle: string | null;
            /** @description The manager on the chart; null at the top of this chart */
            managerId: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
        };
        OrgUnit: {
            childCount: number;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            parent: components["schemas"]["OrgUnitRef"] | null;
            parentId: string | null;
            /** @description Active people directly in this unit */
            peopleCount: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OrgUnitInput: {
            childCount: number;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            parent: components["schemas"]["OrgUnitRefInput"] | null;
            parentId: string | null;
            /** @description Active people directly in this unit */
            peopleCount: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OrgUnitPage: {
            items: components["schemas"]["OrgUnit"][];
            nextCursor: string | null;
        };
        OrgUnitPageInput: {
            items: components["schemas"]["OrgUnitInput"][];
            nextCursor: string | null;
        };
        OrgUnitRef: {
            code: string;
            id: string;
            name: string;
        };
        OrgUnitRefInput: {
            code: string;
            id: string;
            name: string;
        };
        OrgUnitTree: {
            items: components["schemas"]["OrgUnitTreeNode"][];
            /** @description True when there are more units than the tree answers with (5,000) */
            truncated: boolean;
        };
        OrgUnitTreeInput: {
            items: components["schemas"]["OrgUnitTreeNodeInput"][];
            /** @description True when there are more units than the tree answers with (5,000) */
            truncated: boolean;
        };
        OrgUnitTreeNode: {
            code: string;
            id: string;
            name: string;
            parentId: string | null;
            /** @description Active people directly in this unit */
            peopleCount: number;
            version: number;
        };
        OrgUnitTreeNodeInput: {
            code: string;
            id: string;
            name: string;
            parentId: string | null;
            /** @description Active people directly in this unit */
            peopleCount: number;
            version: number;
        };
        Permissions: {
            /** @description Approve Statement of Applicability versions (the ISM) */
            approveSoa: boolean;
            confirmHandover: boolean;
            /** @description Identify new risks (the ISM, or a risk owner in their area) */
            createRisks: boolean;
            decideSodException: boolean;
            /** @description Set implementation status, tasks and evidence (the ISM or a Control Owner for the whole ISMS) */
            editControls: boolean;
            exportPeople: boolean;
            /** @description Import entitlements from systems (ISM, ISMS-wide administrators) */
            importEntitlements: boolean;
            /** @description Start, reassign and close access reviews (the ISM) */
            manageAccessReviews: boolean;
            manageAccounts: boolean;
            /** @description Add and import assets, set owners and custodians (the ISM) */
            manageAssets: boolean;
            manageAssignments: boolean;
            /** @description Plan the audit programme and audits, assign auditors (the ISM) */
            manageAudits: boolean;
            /** @description Decide applicability, owners and implementers (the ISM) */
            manageControls: boolean;
            manageLeadership: boolean;
            managePeople: boolean;
            /** @description Create policies and manage any of them (the ISM) */
            managePolicies: boolean;
            manageRaci: boolean;
            /** @description Change the risk method, import risks, edit any risk (the ISM) */
            manageRisks: boolean;
            manageRoles: boolean;
            manageSettings: boolean;
            /** @description Define toxic combinations (the ISM) */
            manageToxicRules: boolean;
            manageWebhooks: boolean;
            /** @description Raise a nonconformity (ISM, Top Management, internal auditors) */
            raiseNonconformities: boolean;
            /** @description See every access request (ISM, auditors, Top Management) */
            readAllAccessRequests: boolean;
            /** @description See every access review campaign (ISM, auditors, Top Management) */
            readAllAccessReviews: boolean;
            /** @description Read the audit programme and audits (ISM, Top Management, internal auditors, audit teams) */
            readAudits: boolean;
            /** @description Read controls, the SoA, tasks and evidence (ISM, Top Management, auditors, control owners, administrators) */
            readControls: boolean;
            readCoverage: boolean;
            /** @description See accounts and entitlements (ISM, auditors, asset owners, administrators) */
            readEntitlements: boolean;
            /** @description Read nonconformities and corrective actions (ISM, Top Management, auditors, their owners) */
            readNonconformities: boolean;
            /** @description Follow status updates and concerns across risks */
            readRiskFeed: boolean;
            /** @description See the risk register (ISM, Top Management, auditors, risk owners) */
            readRisks: boolean;
            readSod: boolean;
            readTrail: boolean;
            requestSodException: boolean;
            verifyTrail: boolean;
        };
        PermissionsInput: {
            /** @description Approve Statement of Applicability versions (the ISM) */
            approveSoa: boolean;
            confirmHandover: boolean;
            /** @description Identify new risks (the ISM, or a risk owner in their area) */
            createRisks: boolean;
            decideSodException: boolean;
            /** @description Set implementation status, tasks and evidence (the ISM or a Control Owner for the whole ISMS) */
            editControls: boolean;
            exportPeople: boolean;
            /** @description Import entitlements from systems (ISM, ISMS-wide administrators) */
            importEntitlements: boolean;
            /** @description Start, reassign and close access reviews (the ISM) */
            manageAccessReviews: boolean;
            manageAccounts: boolean;
            /** @description Add and import assets, set owners and custodians (the ISM) */
            manageAssets: boolean;
            manageAssignments: boolean;
            /** @description Plan the audit programme and audits, assign auditors (the ISM) */
            manageAudits: boolean;
            /** @description Decide applicability, owners and implementers (the ISM) */
            manageControls: boolean;
            manageLeadership: boolean;
            managePeople: boolean;
            /** @description Create policies and manage any of them (the ISM) */
            managePolicies: boolean;
            manageRaci: boolean;
            /** @description Change the risk method, import risks, edit any risk (the ISM) */
            manageRisks: boolean;
            manageRoles: boolean;
            manageSettings: boolean;
            /** @description Define toxic combinations (the ISM) */
            manageToxicRules: boolean;
            manageWebhooks: boolean;
            /** @description Raise a nonconformity (ISM, Top Management, internal auditors) */
            raiseNonconformities: boolean;
            /** @description See every access request (ISM, auditors, Top Management) */
            readAllAccessRequests: boolean;
            /** @description See every access review campaign (ISM, auditors, Top Management) */
            readAllAccessReviews: boolean;
            /** @description Read the audit programme and audits (ISM, Top Management, internal auditors, audit teams) */
            readAudits: boolean;
            /** @description Read controls, the SoA, tasks and evidence (ISM, Top Management, auditors, control owners, administrators) */
            readControls: boolean;
            readCoverage: boolean;
            /** @description See accounts and entitlements (ISM, auditors, asset owners, administrators) */
            readEntitlements: boolean;
            /** @description Read nonconformities and corrective actions (ISM, Top Management, auditors, their owners) */
            readNonconformities: boolean;
            /** @description Follow status updates and concerns across risks */
            readRiskFeed: boolean;
            /** @description See the risk register (ISM, Top Management, auditors, risk owners) */
            readRisks: boolean;
            readSod: boolean;
            readTrail: boolean;
            requestSodException: boolean;
            verifyTrail: boolean;
        };
        Person: {
            /** @description While absent, deputies stand in for this person’s roles */
            absentFrom: string | null;
            absentUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string;
            employeeId: string | null;
            fullName: string;
            id: string;
            jobTitle: string | null;
            leaveDate: string | null;
            manager: components["schemas"]["PersonRef"] | null;
            managerId: string | null;
            orgUnit: components["schemas"]["OrgUnitRef"] | null;
            orgUnitId: string | null;
            /**
             * @description Where the record came from; the HR import owns hr_import people
             * @enum {string}
             */
            source: "manual" | "account" | "hr_import" | "demo" | "scim";
            startDate: string | null;
            /** @enum {string} */
            status: "active" | "leaver";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PersonDetail: {
            /** @description While absent, deputies stand in for this person’s roles */
            absentFrom: string | null;
            absentUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Active and leaver people whose manager this person is */
            directReportsCount: number;
            email: string;
            employeeId: string | null;
            fullName: string;
            id: string;
            jobTitle: string | null;
            leaveDate: string | null;
            manager: components["schemas"]["PersonRef"] | null;
            managerId: string | null;
            orgUnit: components["schemas"]["OrgUnitRef"] | null;
            orgUnitId: string | null;
            /**
             * @description Where the record came from; the HR import owns hr_import people
             * @enum {string}
             */
            source: "manual" | "account" | "hr_import" | "demo" | "scim";
            startDate: string | null;
            /** @enum {string} */
            status: "active" | "leaver";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PersonDetailInput: {
            /** @description While absent, deputies stand in for this person’s roles */
            absentFrom: string | null;
            absentUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Active and leaver people whose manager this person is */
            directReportsCount: number;
            email: string;
            employeeId: string | null;
            fullName: string;
            id: string;
            jobTitle: string | null;
            leaveDate: string | null;
            manager: components["schemas"]["PersonRefInput"] | null;
            managerId: string | null;
            orgUnit: components["schemas"]["OrgUnitRefInput"] | null;
            orgUnitId: string | null;
            /**
             * @description Where the record came from; the HR import owns hr_import people
             * @enum {string}
             */
            source: "manual" | "account" | "hr_import" | "demo" | "scim";
            startDate: string | null;
            /** @enum {string} */
            status: "active" | "leaver";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PersonInput: {
            /** @description While absent, deputies stand in for this person’s roles */
            absentFrom: string | null;
            absentUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            email: string;
            employeeId: string | null;
            fullName: string;
            id: string;
            jobTitle: string | null;
            leaveDate: string | null;
            manager: components["schemas"]["PersonRefInput"] | null;
            managerId: string | null;
            orgUnit: components["schemas"]["OrgUnitRefInput"] | null;
            orgUnitId: string | null;
            /**
             * @description Where the record came from; the HR import owns hr_import people
             * @enum {string}
             */
            source: "manual" | "account" | "hr_import" | "demo" | "scim";
            startDate: string | null;
            /** @enum {string} */
            status: "active" | "leaver";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PersonPage: {
            items: components["schemas"]["Person"][];
            nextCursor: string | null;
        };
        PersonPageInput: {
            items: components["schemas"]["PersonInput"][];
            nextCursor: string | null;
        };
        PersonPolicyAck: {
            /** Format: date-time */
            acknowledgedAt: string;
            number: number;
            policyId: string;
            quizScore: number | null;
            reference: string;
            title: string;
            versionId: string;
        };
        PersonPolicyAckInput: {
            /** Format: date-time */
            acknowledgedAt: string;
            number: number;
            policyId: string;
            quizScore: number | null;
            reference: string;
            title: string;
            versionId: string;
        };
        PersonPolicyAckPage: {
            items: components["schemas"]["PersonPolicyAck"][];
            nextCursor: string | null;
        };
        PersonPolicyAckPageInput: {
            items: components["schemas"]["PersonPolicyAckInput"][];
            nextCursor: string | null;
        };
        PersonRef: {
            email: string;
            fullName: string;
            id: string;
            jobTitle: string | null;
            orgUnitId: string | null;
            /** @enum {string} */
            status: "active" | "leaver";
        };
        PersonRefInput: {
            email: string;
            fullName: string;
            id: string;
            jobTitle: string | null;
            orgUnitId: string | null;
            /** @enum {string} */
            status: "active" | "leaver";
        };
        PersonSummary: {
            email: string;
            fullName: string;
            id: string;
            /** @enum {string} */
            status: "active" | "leaver";
        };
        PersonSummaryInput: {
            email: string;
            fullName: string;
            id: string;
            /** @enum {string} */
            status: "active" | "leaver";
        };
        Policy: {
            ackWithinDays: number;
            approverRole: {
                key: string;
                name: string;
            };
            audience: components["schemas"]["PolicyAudience"];
            can: components["schemas"]["PolicyCan"];
            /** Format: date-time */
            createdAt: string;
            /** @description The published version in force */
            current: {
                id: string;
                number: number;
                /** Format: date-time */
                publishedAt: string;
            } | null;
            id: string;
            kind: components["schemas"]["PolicyKind"];
            nextReviewAt: string | null;
            /** @description Current holder of Policy Owner for this policy */
            owner: components["schemas"]["PolicyPersonRef"] | null;
            /** @description The version being worked on (draft, in review or approved) */
            pending: components["schemas"]["PolicyVersionRef"] | null;
            /** @description A review without changes waiting for re-approval */
            pendingReview: {
                id: string;
                note: string;
                /** Format: date-time */
                requestedAt: string;
                requestedBy: components["schemas"]["PolicyPersonRef"] | null;
            } | null;
            /** @description POL-001 */
            reference: string;
            retiredAt: string | null;
            retireReason: string | null;
            reviewIntervalMonths: number;
            reviewOverdue: boolean;
            status: components["schemas"]["PolicyStatus"];
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PolicyApproval: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["PolicyPersonRef"];
            /** @description SHA-256 of the approved title and body */
            contentSha256: string;
            note: string | null;
            roleKey: string;
            roleName: string;
        };
        PolicyApprovalInput: {
            /** Format: date-time */
            at: string;
            by: components["schemas"]["PolicyPersonRefInput"];
            /** @description SHA-256 of the approved title and body */
            contentSha256: string;
            note: string | null;
            roleKey: string;
            roleName: string;
        };
        PolicyAttachment: {
            fileName: string;
            id: string;
            mediaType: string;
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: components["schemas"]["PolicyPersonRef"] | null;
        };
        PolicyAttachmentInput: {
            fileName: string;
            id: string;
            mediaType: string;
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: components["schemas"]["PolicyPersonRefInput"] | null;
        };
        PolicyAudience: {
            /** @description "Everyone", or the units and roles in words */
            description: string;
            everyone: boolean;
            orgUnits: {
                id: string;
                name: string;
            }[];
            roles: {
                key: string;
                name: string;
            }[];
        };
        PolicyAudienceInput: {
            /** @description "Everyone", or the units and roles in words */
            description: string;
            everyone: boolean;
            orgUnits: {
                id: string;
                name: string;
            }[];
            roles: {
                key: string;
                name: string;
            }[];
        };
        PolicyAudienceRequest: {
            /** @description Every active person must read it */
            everyone: boolean;
            /**
             * @description Units and the units below them
             * @default []
             */
            orgUnitIds: string[];
            /**
             * @description Current holders of these roles
             * @default []
             */
            roleKeys: string[];
        };
        PolicyAudienceRequestInput: {
            /** @description Every active person must read it */
            everyone: boolean;
            /**
             * @description Units and the units below them
             * @default []
             */
            orgUnitIds: string[];
            /**
             * @description Current holders of these roles
             * @default []
             */
            roleKeys: string[];
        };
        PolicyCan: {
            assignOwner: boolean;
            /** @description Change the settings (title, audience, approver, intervals) */
            edit: boolean;
            /** @description Start a new version from the published one */
            newDraft: boolean;
            /** @description See acknowledgement progress and export evidence */
            readCampaign: boolean;
            readDrafts: boolean;
            /** @description Record a periodic review without changes */
            recordReview: boolean;
            retire: boolean;
        };
        PolicyCanInput: {
            assignOwner: boolean;
            /** @description Change the settings (title, audience, approver, intervals) */
            edit: boolean;
            /** @description Start a new version from the published one */
            newDraft: boolean;
            /** @description See acknowledgement progress and export evidence */
            readCampaign: boolean;
            readDrafts: boolean;
            /** @description Record a periodic review without changes */
            recordReview: boolean;
            retire: boolean;
        };
        PolicyComment: {
            author: components["schemas"]["PolicyPersonRef"];
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
        };
        PolicyCommentInput: {
            author: components["schemas"]["PolicyPersonRefInput"];
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
        };
        PolicyCommentPage: {
            items: components["schemas"]["PolicyComment"][];
            nextCursor: string | null;
        };
        PolicyCommentPageInput: {
            items: components["schemas"]["PolicyCommentInput"][];
            nextCursor: string | null;
        };
        PolicyDiff: {
            added: number;
            from: components["schemas"]["PolicyVersionRef"];
            /** @description Every line of both texts in order; the web folds long unchanged runs */
            lines: components["schemas"]["DiffLine"][];
            removed: number;
            title: {
                after: string;
                before: string;
            };
            to: components["schemas"]["PolicyVersionRef"];
        };
        PolicyDiffInput: {
            added: number;
            from: components["schemas"]["PolicyVersionRefInput"];
            /** @description Every line of both texts in order; the web folds long unchanged runs */
            lines: components["schemas"]["DiffLineInput"][];
            removed: number;
            title: {
                after: string;
                before: string;
            };
            to: components["schemas"]["PolicyVersionRefInput"];
        };
        PolicyInput: {
            ackWithinDays: number;
            approverRole: {
                key: string;
                name: string;
            };
            audience: components["schemas"]["PolicyAudienceInput"];
            can: components["schemas"]["PolicyCanInput"];
            /** Format: date-time */
            createdAt: string;
            /** @description The published version in force */
            current: {
                id: string;
                number: number;
                /** Format: date-time */
                publishedAt: string;
            } | null;
            id: string;
            kind: components["schemas"]["PolicyKindInput"];
            nextReviewAt: string | null;
            /** @description Current holder of Policy Owner for this policy */
            owner: components["schemas"]["PolicyPersonRefInput"] | null;
            /** @description The version being worked on (draft, in review or approved) */
            pending: components["schemas"]["PolicyVersionRefInput"] | null;
            /** @description A review without changes waiting for re-approval */
            pendingReview: {
                id: string;
                note: string;
                /** Format: date-time */
                requestedAt: string;
                requestedBy: components["schemas"]["PolicyPersonRefInput"] | null;
            } | null;
            /** @description POL-001 */
            reference: string;
            retiredAt: string | null;
            retireReason: string | null;
            reviewIntervalMonths: number;
            reviewOverdue: boolean;
            status: components["schemas"]["PolicyStatusInput"];
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @enum {string} */
        PolicyKind: "isms" | "topic";
        /** @enum {string} */
        PolicyKindInput: "isms" | "topic";
        PolicyPage: {
            items: components["schemas"]["PolicySummary"][];
            nextCursor: string | null;
        };
        PolicyPageInput: {
            items: components["schemas"]["PolicySummaryInput"][];
            nextCursor: string | null;
        };
        PolicyPersonRef: {
            fullName: string;
            id: string;
        };
        PolicyPersonRefInput: {
            fullName: string;
            id: string;
        };
        PolicyReview: {
            can: {
                approve: boolean;
                returnReview: boolean;
            };
            decidedAt: string | null;
            decidedBy: components["schemas"]["PolicyPersonRef"] | null;
            decidedRoleName: string | null;
            decisionNote: string | null;
            id: string;
            note: string;
            /** @enum {string} */
            outcome: "no_change" | "revised";
            /** Format: date-time */
            requestedAt: string;
            requestedBy: components["schemas"]["PolicyPersonRef"] | null;
            /** @enum {string} */
            status: "requested" | "approved" | "returned" | "recorded";
            version: number;
            versionNumber: number;
        };
        PolicyReviewInput: {
            can: {
                approve: boolean;
                returnReview: boolean;
            };
            decidedAt: string | null;
            decidedBy: components["schemas"]["PolicyPersonRefInput"] | null;
            decidedRoleName: string | null;
            decisionNote: string | null;
            id: string;
            note: string;
            /** @enum {string} */
            outcome: "no_change" | "revised";
            /** Format: date-time */
            requestedAt: string;
            requestedBy: components["schemas"]["PolicyPersonRefInput"] | null;
            /** @enum {string} */
            status: "requested" | "approved" | "returned" | "recorded";
            version: number;
            versionNumber: number;
        };
        PolicyReviewPage: {
            items: components["schemas"]["PolicyReview"][];
            nextCursor: string | null;
        };
        PolicyReviewPageInput: {
            items: components["schemas"]["PolicyReviewInput"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        PolicyStatus: "draft" | "published" | "retired";
        /** @enum {string} */
        PolicyStatusInput: "draft" | "published" | "retired";
        PolicySummary: {
            approverRole: {
                key: string;
                name: string;
            };
            /** @description The published version in force */
            current: {
                id: string;
                number: number;
                /** Format: date-time */
                publishedAt: string;
            } | null;
            id: string;
            kind: components["schemas"]["PolicyKind"];
            nextReviewAt: string | null;
            /** @description Current holder of Policy Owner for this policy */
            owner: components["schemas"]["PolicyPersonRef"] | null;
            /** @description The version being worked on (draft, in review or approved) */
            pending: components["schemas"]["PolicyVersionRef"] | null;
            /** @description POL-001 */
            reference: string;
            reviewIntervalMonths: number;
            reviewOverdue: boolean;
            status: components["schemas"]["PolicyStatus"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PolicySummaryInput: {
            approverRole: {
                key: string;
                name: string;
            };
            /** @description The published version in force */
            current: {
                id: string;
                number: number;
                /** Format: date-time */
                publishedAt: string;
            } | null;
            id: string;
            kind: components["schemas"]["PolicyKindInput"];
            nextReviewAt: string | null;
            /** @description Current holder of Policy Owner for this policy */
            owner: components["schemas"]["PolicyPersonRefInput"] | null;
            /** @description The version being worked on (draft, in review or approved) */
            pending: components["schemas"]["PolicyVersionRefInput"] | null;
            /** @description POL-001 */
            reference: string;
            reviewIntervalMonths: number;
            reviewOverdue: boolean;
            status: components["schemas"]["PolicyStatusInput"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PolicyVersion: {
            /** @description The caller's acknowledgement of this version */
            acknowledgedAt: string | null;
            approval: components["schemas"]["PolicyApproval"] | null;
            approverRole: {
                key: string;
                name: string;
            };
            attachments: components["schemas"]["PolicyAttachment"][];
            authors: components["schemas"]["PolicyPersonRef"][];
            /** @description Markdown */
            body: string;
            can: components["schemas"]["PolicyVersionCan"];
            changeSummary: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            number: number;
            policyId: string;
            policyKind: components["schemas"]["PolicyKind"];
            policyReference: string;
            publishedAt: string | null;
            publishedBy: components["schemas"]["PolicyPersonRef"] | null;
            quiz: components["schemas"]["Quiz"] | null;
            returned: {
                /** Format: date-time */
                at: string;
                by: components["schemas"]["PolicyPersonRef"];
                note: string;
            } | null;
            reviewers: {
                person: components["schemas"]["PolicyPersonRef"];
                /** Format: date-time */
                requestedAt: string;
                reviewedAt: string | null;
            }[];
            status: components["schemas"]["PolicyVersionStatus"];
            submittedAt: string | null;
            submittedBy: components["schemas"]["PolicyPersonRef"] | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PolicyVersionCan: {
            /** @description The caller is in the audience and has not acknowledged this version */
            acknowledge: boolean;
            approve: boolean;
            comment: boolean;
            discard: boolean;
            edit: boolean;
            /** @description The caller is a requested reviewer who has not finished */
            markReviewed: boolean;
            publish: boolean;
            returnForChanges: boolean;
            submit: boolean;
        };
        PolicyVersionCanInput: {
            /** @description The caller is in the audience and has not acknowledged this version */
            acknowledge: boolean;
            approve: boolean;
            comment: boolean;
            discard: boolean;
            edit: boolean;
            /** @description The caller is a requested reviewer who has not finished */
            markReviewed: boolean;
            publish: boolean;
            returnForChanges: boolean;
            submit: boolean;
        };
        PolicyVersionInput: {
            /** @description The caller's acknowledgement of this version */
            acknowledgedAt: string | null;
            approval: components["schemas"]["PolicyApprovalInput"] | null;
            approverRole: {
                key: string;
                name: string;
            };
            attachments: components["schemas"]["PolicyAttachmentInput"][];
            authors: components["schemas"]["PolicyPersonRefInput"][];
            /** @description Markdown */
            body: string;
            can: components["schemas"]["PolicyVersionCanInput"];
            changeSummary: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            number: number;
            policyId: string;
            policyKind: components["schemas"]["PolicyKindInput"];
            policyReference: string;
            publishedAt: string | null;
            publishedBy: components["schemas"]["PolicyPersonRefInput"] | null;
            quiz: components["schemas"]["QuizInput"] | null;
            returned: {
                /** Format: date-time */
                at: string;
                by: components["schemas"]["PolicyPersonRefInput"];
                note: string;
            } | null;
            reviewers: {
                person: components["schemas"]["PolicyPersonRefInput"];
                /** Format: date-time */
                requestedAt: string;
                reviewedAt: string | null;
            }[];
            status: components["schemas"]["PolicyVersionStatusInput"];
            submittedAt: string | null;
            submittedBy: components["schemas"]["PolicyPersonRefInput"] | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PolicyVersionPage: {
            items: components["schemas"]["PolicyVersionSummary"][];
            nextCursor: string | null;
        };
        PolicyVersionPageInput: {
            items: components["schemas"]["PolicyVersionSummaryInput"][];
            nextCursor: string | null;
        };
        PolicyVersionRef: {
            id: string;
            number: number;
            status: components["schemas"]["PolicyVersionStatus"];
        };
        PolicyVersionRefInput: {
            id: string;
            number: number;
            status: components["schemas"]["PolicyVersionStatusInput"];
        };
        /** @enum {string} */
        PolicyVersionStatus: "draft" | "in_review" | "approved" | "published" | "superseded" | "retired";
        /** @enum {string} */
        PolicyVersionStatusInput: "draft" | "in_review" | "approved" | "published" | "superseded" | "retired";
        PolicyVersionSummary: {
            approvedAt: string | null;
            approvedBy: components["schemas"]["PolicyPersonRef"] | null;
            authors: components["schemas"]["PolicyPersonRef"][];
            changeSummary: string;
            id: string;
            number: number;
            publishedAt: string | null;
            status: components["schemas"]["PolicyVersionStatus"];
            title: string;
        };
        PolicyVersionSummaryInput: {
            approvedAt: string | null;
            approvedBy: components["schemas"]["PolicyPersonRefInput"] | null;
            authors: components["schemas"]["PolicyPersonRefInput"][];
            changeSummary: string;
            id: string;
            number: number;
            publishedAt: string | null;
            status: components["schemas"]["PolicyVersionStatusInput"];
            title: string;
        };
        PostRiskUpdateRequest: {
            body: string;
            /** @enum {string} */
            kind: "status" | "concern";
        };
        PostRiskUpdateRequestInput: {
            body: string;
            /** @enum {string} */
            kind: "status" | "concern";
        };
        Problem: {
            code: string;
            detail: string;
            /** @description One entry per invalid field, for validation errors */
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            /** @description Segregation-of-duties rule id, for sod_violation */
            rule?: string;
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            code: string;
            detail: string;
            /** @description One entry per invalid field, for validation errors */
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            /** @description Segregation-of-duties rule id, for sod_violation */
            rule?: string;
            status: number;
            title: string;
            type: string;
        };
        PublicInfo: {
            needsSetup: boolean;
            organisationName: string;
            sessionBanner: string;
        };
        PublicInfoInput: {
            needsSetup: boolean;
            organisationName: string;
            sessionBanner: string;
        };
        Quiz: {
            passMark: number;
            questions: {
                answer?: number;
                id: string;
                options: string[];
                question: string;
            }[];
        };
        QuizInput: {
            passMark: number;
            questions: {
                answer?: number;
                id: string;
                options: string[];
                question: string;
            }[];
        };
        QuizQuestionRequest: {
            /** @description Index of the correct option */
            answer: number;
            /** @description Kept when editing; new questions get one */
            id?: string;
            options: string[];
            question: string;
        };
        QuizQuestionRequestInput: {
            /** @description Index of the correct option */
            answer: number;
            /** @description Kept when editing; new questions get one */
            id?: string;
            options: string[];
            question: string;
        };
        QuizRequest: {
            /** @description Percentage of correct answers needed */
            passMark: number;
            questions: components["schemas"]["QuizQuestionRequest"][];
        };
        QuizRequestInput: {
            /** @description Percentage of correct answers needed */
            passMark: number;
            questions: components["schemas"]["QuizQuestionRequestInput"][];
        };
        RaciMatrix: {
            can: {
                manage: boolean;
            };
            legend: {
                label: string;
                value: components["schemas"]["RaciValue"];
            }[];
            /** @description The rows, in matrix order */
            processes: components["schemas"]["RaciProcess"][];
            /** @description The columns, in role catalogue order */
            roles: components["schemas"]["RaciRole"][];
        };
        RaciMatrixInput: {
            can: {
                manage: boolean;
            };
            legend: {
                label: string;
                value: components["schemas"]["RaciValueInput"];
            }[];
            /** @description The rows, in matrix order */
            processes: components["schemas"]["RaciProcessInput"][];
            /** @description The columns, in role catalogue order */
            roles: components["schemas"]["RaciRoleInput"][];
        };
        RaciProcess: {
            /** @description Role key → value; roles not named are not involved */
            cells: {
                [key: string]: components["schemas"]["RaciValue"];
            };
            id: string;
            /** @description ISO/IEC 27001:2022 clauses and Annex A controls */
            isoRefs: string[];
            key: string;
            name: string;
            position: number;
            rationale: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RaciProcessInput: {
            /** @description Role key → value; roles not named are not involved */
            cells: {
                [key: string]: components["schemas"]["RaciValueInput"];
            };
            id: string;
            /** @description ISO/IEC 27001:2022 clauses and Annex A controls */
            isoRefs: string[];
            key: string;
            name: string;
            position: number;
            rationale: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RaciRole: {
            builtin: boolean;
            key: string;
            name: string;
            /** @description Retired roles appear only while a process still names them */
            retired: boolean;
        };
        RaciRoleInput: {
            builtin: boolean;
            key: string;
            name: string;
            /** @description Retired roles appear only while a process still names them */
            retired: boolean;
        };
        /** @enum {string} */
        RaciValue: "R" | "A" | "A/R" | "C" | "I";
        /** @enum {string} */
        RaciValueInput: "R" | "A" | "A/R" | "C" | "I";
        RaiseNonconformityRequest: {
            clauseId?: string;
            /** Format: uuid */
            controlId?: string;
            description: string;
            /** Format: uuid */
            ownerPersonId?: string;
            severity: components["schemas"]["NonconformitySeverity"];
            /**
             * @description Audit findings raise their nonconformity from the checklist
             * @enum {string}
             */
            source: "incident" | "other";
            /**
             * @description e.g. the incident reference
             * @default
             */
            sourceNote: string;
            title: string;
        };
        RaiseNonconformityRequestInput: {
            clauseId?: string;
            /** Format: uuid */
            controlId?: string;
            description: string;
            /** Format: uuid */
            ownerPersonId?: string;
            severity: components["schemas"]["NonconformitySeverityInput"];
            /**
             * @description Audit findings raise their nonconformity from the checklist
             * @enum {string}
             */
            source: "incident" | "other";
            /**
             * @description e.g. the incident reference
             * @default
             */
            sourceNote: string;
            title: string;
        };
        ReassignReviewItemsRequest: {
            entitlementIds: string[];
            /** Format: uuid */
            reviewerId: string;
        };
        ReassignReviewItemsRequestInput: {
            entitlementIds: string[];
            /** Format: uuid */
            reviewerId: string;
        };
        RecordAuditResultRequest: {
            /** @default  */
            notes: string;
            result: components["schemas"]["AuditResult"];
            version: number;
        };
        RecordAuditResultRequestInput: {
            /** @default  */
            notes: string;
            result: components["schemas"]["AuditResultInput"];
            version: number;
        };
        RecordPolicyReviewRequest: {
            note: string;
            version: number;
        };
        RecordPolicyReviewRequestInput: {
            note: string;
            version: number;
        };
        RetirePolicyRequest: {
            reason: string;
            version: number;
        };
        RetirePolicyRequestInput: {
            reason: string;
            version: number;
        };
        ReturnVersionRequest: {
            note: string;
            version: number;
        };
        ReturnVersionRequestInput: {
            note: string;
            version: number;
        };
        ReviewCounts: {
            decided: number;
            keep: number;
            modify: number;
            revoke: number;
            /** @description Revoke and modify decisions the administrators have carried out */
            revoked: number;
            /** @description Items routed away from the asset owner (own account, no owner, reassigned) */
            routed: number;
            total: number;
            /** @description Items in a toxic combination */
            toxic: number;
            withoutReviewer: number;
        };
        ReviewCountsInput: {
            decided: number;
            keep: number;
            modify: number;
            revoke: number;
            /** @description Revoke and modify decisions the administrators have carried out */
            revoked: number;
            /** @description Items routed away from the asset owner (own account, no owner, reassigned) */
            routed: number;
            total: number;
            /** @description Items in a toxic combination */
            toxic: number;
            withoutReviewer: number;
        };
        /** @enum {string} */
        ReviewDecision: "keep" | "revoke" | "modify";
        /** @enum {string} */
        ReviewDecisionInput: "keep" | "revoke" | "modify";
        ReviewerProgress: {
            decided: number;
            /** @description Null: items still without a reviewer */
            reviewer: components["schemas"]["AssetPersonRef"] | null;
            revoke: number;
            total: number;
        };
        ReviewerProgressInput: {
            decided: number;
            /** @description Null: items still without a reviewer */
            reviewer: components["schemas"]["AssetPersonRefInput"] | null;
            revoke: number;
            total: number;
        };
        ReviewerProgressPage: {
            items: components["schemas"]["ReviewerProgress"][];
            nextCursor: string | null;
        };
        ReviewerProgressPageInput: {
            items: components["schemas"]["ReviewerProgressInput"][];
            nextCursor: string | null;
        };
        ReviewItem: {
            account: string;
            asset: components["schemas"]["AssetRef"];
            comment: string | null;
            decidedAt: string | null;
            decidedBy: components["schemas"]["AssetPersonRef"] | null;
            decision: components["schemas"]["ReviewDecision"] | null;
            entitlement: string;
            entitlementId: string;
            modifyTo: string | null;
            /** @description The account holder; null for an orphaned account */
            person: components["schemas"]["AssetPersonRef"] | null;
            privileged: boolean;
            reviewer: components["schemas"]["AssetPersonRef"] | null;
            revokedAt: string | null;
            /** @description own_account: the owner holds it (SOD-04), sent to the holder’s manager */
            routed: ("own_account" | "no_owner" | "reassigned") | null;
            toxic: boolean;
        };
        ReviewItemInput: {
            account: string;
            asset: components["schemas"]["AssetRefInput"];
            comment: string | null;
            decidedAt: string | null;
            decidedBy: components["schemas"]["AssetPersonRefInput"] | null;
            decision: components["schemas"]["ReviewDecisionInput"] | null;
            entitlement: string;
            entitlementId: string;
            modifyTo: string | null;
            /** @description The account holder; null for an orphaned account */
            person: components["schemas"]["AssetPersonRefInput"] | null;
            privileged: boolean;
            reviewer: components["schemas"]["AssetPersonRefInput"] | null;
            revokedAt: string | null;
            /** @description own_account: the owner holds it (SOD-04), sent to the holder’s manager */
            routed: ("own_account" | "no_owner" | "reassigned") | null;
            toxic: boolean;
        };
        ReviewItemPage: {
            items: components["schemas"]["ReviewItem"][];
            nextCursor: string | null;
        };
        ReviewItemPageInput: {
            items: components["schemas"]["ReviewItemInput"][];
            nextCursor: string | null;
        };
        Risk: {
            /** @description Residual score above the acceptance criteria of the current method */
            aboveAppetite: boolean;
            /** @description The latest acceptance */
            acceptance: components["schemas"]["RiskAcceptance"] | null;
            acceptedUntil: string | null;
            assessedAt: string | null;
            assessmentOverdue: boolean;
            can: components["schemas"]["RiskCan"];
            category: string;
            closedAt: string | null;
            closeReason: string | null;
            /** @description Controls linked to the risk or to one of its actions (linked from the control page) */
            controls: {
                /** @enum {string} */
                applicability: "applicable" | "not_applicable" | "undecided";
                id: string;
                reference: string;
                /** @enum {string} */
                status: "not_started" | "planned" | "partially" | "implemented";
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            description: string;
            id: string;
            inherent: components["schemas"]["RiskScore"] | null;
            /** @description Method version of the latest assessment */
            methodVersion: number | null;
            nextAssessmentAt: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["RiskOwner"] | null;
            plan: {
                actions: components["schemas"]["RiskAction"][];
                /** @description The current plan version is approved */
                approved: boolean;
                approvedAt: string | null;
                approvedBy: components["schemas"]["RiskPersonRef"] | null;
                approvedRoleName: string | null;
                version: number;
            };
            /** @description RSK-0001 */
            reference: string;
            residual: components["schemas"]["RiskScore"] | null;
            status: components["schemas"]["RiskStatus"];
            threat: string;
            title: string;
            treatmentNote: string;
            treatmentOption: components["schemas"]["TreatmentOption"] | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            vulnerability: string;
        };
        RiskAcceptance: {
            aboveAppetite: boolean;
            /** Format: date-time */
            acceptedAt: string;
            acceptedBy: components["schemas"]["RiskPersonRef"];
            acceptedRoleName: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            justification: string;
            levelLabel: string;
            residualScore: number;
            /** @enum {string} */
            state: "in_force" | "expired" | "revoked" | "superseded";
        };
        RiskAcceptanceInput: {
            aboveAppetite: boolean;
            /** Format: date-time */
            acceptedAt: string;
            acceptedBy: components["schemas"]["RiskPersonRefInput"];
            acceptedRoleName: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            justification: string;
            levelLabel: string;
            residualScore: number;
            /** @enum {string} */
            state: "in_force" | "expired" | "revoked" | "superseded";
        };
        RiskAction: {
            completedAt: string | null;
            description: string;
            dueDate: string | null;
            id: string;
            overdue: boolean;
            owner: components["schemas"]["RiskPersonRef"] | null;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "cancelled";
            title: string;
            version: number;
        };
        RiskActionInput: {
            completedAt: string | null;
            description: string;
            dueDate: string | null;
            id: string;
            overdue: boolean;
            owner: components["schemas"]["RiskPersonRefInput"] | null;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "cancelled";
            title: string;
            version: number;
        };
        RiskActionListItem: {
            completedAt: string | null;
            description: string;
            dueDate: string | null;
            id: string;
            overdue: boolean;
            owner: components["schemas"]["RiskPersonRef"] | null;
            risk: {
                id: string;
                reference: string;
                title: string;
            };
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "cancelled";
            title: string;
            version: number;
        };
        RiskActionListItemInput: {
            completedAt: string | null;
            description: string;
            dueDate: string | null;
            id: string;
            overdue: boolean;
            owner: components["schemas"]["RiskPersonRefInput"] | null;
            risk: {
                id: string;
                reference: string;
                title: string;
            };
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "cancelled";
            title: string;
            version: number;
        };
        RiskActionPage: {
            items: components["schemas"]["RiskActionListItem"][];
            nextCursor: string | null;
        };
        RiskActionPageInput: {
            items: components["schemas"]["RiskActionListItemInput"][];
            nextCursor: string | null;
        };
        RiskActionRequest: {
            /** @default  */
            description: string;
            /** @default null */
            dueDate: string | null;
            /** @default null */
            ownerPersonId: string | null;
            title: string;
        };
        RiskActionRequestInput: {
            /** @default  */
            description: string;
            /** @default null */
            dueDate: string | null;
            /** @default null */
            ownerPersonId: string | null;
            title: string;
        };
        RiskAssessment: {
            /** Format: date-time */
            assessedAt: string;
            assessedBy: components["schemas"]["RiskPersonRef"] | null;
            assessedRoleName: string | null;
            id: string;
            inherent: components["schemas"]["RiskScore"];
            methodVersion: number;
            rationale: string;
            residual: components["schemas"]["RiskScore"];
        };
        RiskAssessmentInput: {
            /** Format: date-time */
            assessedAt: string;
            assessedBy: components["schemas"]["RiskPersonRefInput"] | null;
            assessedRoleName: string | null;
            id: string;
            inherent: components["schemas"]["RiskScoreInput"];
            methodVersion: number;
            rationale: string;
            residual: components["schemas"]["RiskScoreInput"];
        };
        RiskAssessmentPage: {
            items: components["schemas"]["RiskAssessment"][];
            nextCursor: string | null;
        };
        RiskAssessmentPageInput: {
            items: components["schemas"]["RiskAssessmentInput"][];
            nextCursor: string | null;
        };
        RiskBreakdown: {
            byLevel: {
                color: string;
                count: number;
                label: string;
                level: string;
            }[];
            byOrgUnit: {
                aboveAppetite: number;
                orgUnit: {
                    id: string;
                    name: string;
                } | null;
                total: number;
                unassessed: number;
            }[];
            byOwner: {
                aboveAppetite: number;
                overdueActions: number;
                owner: components["schemas"]["RiskPersonRef"] | null;
                total: number;
            }[];
            totals: {
                aboveAppetite: number;
                assessmentOverdue: number;
                open: number;
                overdueActions: number;
                risks: number;
                unassessed: number;
            };
        };
        RiskBreakdownInput: {
            byLevel: {
                color: string;
                count: number;
                label: string;
                level: string;
            }[];
            byOrgUnit: {
                aboveAppetite: number;
                orgUnit: {
                    id: string;
                    name: string;
                } | null;
                total: number;
                unassessed: number;
            }[];
            byOwner: {
                aboveAppetite: number;
                overdueActions: number;
                owner: components["schemas"]["RiskPersonRefInput"] | null;
                total: number;
            }[];
            totals: {
                aboveAppetite: number;
                assessmentOverdue: number;
                open: number;
                overdueActions: number;
                risks: number;
                unassessed: number;
            };
        };
        RiskCan: {
            /** @description Would be allowed to accept the residual risk now */
            accept: boolean;
            approvePlan: boolean;
            assess: boolean;
            close: boolean;
            edit: boolean;
            /** @description Choose the treatment option and edit actions */
            plan: boolean;
            /** @description Post a status update or a concern */
            post: boolean;
        };
        RiskCanInput: {
            /** @description Would be allowed to accept the residual risk now */
            accept: boolean;
            approvePlan: boolean;
            assess: boolean;
            close: boolean;
            edit: boolean;
            /** @description Choose the treatment option and edit actions */
            plan: boolean;
            /** @description Post a status update or a concern */
            post: boolean;
        };
        RiskImportResult: {
            applied: boolean;
            assessed: number;
            created: number;
            errors: components["schemas"]["RiskImportRowError"][];
            /** @enum {string} */
            mode: "preview" | "apply";
            rows: number;
            /** @description Of the file; apply must name the previewed file */
            sha256: string;
        };
        RiskImportResultInput: {
            applied: boolean;
            assessed: number;
            created: number;
            errors: components["schemas"]["RiskImportRowErrorInput"][];
            /** @enum {string} */
            mode: "preview" | "apply";
            rows: number;
            /** @description Of the file; apply must name the previewed file */
            sha256: string;
        };
        RiskImportRowError: {
            field: string;
            line: number;
            message: string;
        };
        RiskImportRowErrorInput: {
            field: string;
            line: number;
            message: string;
        };
        RiskInput: {
            /** @description Residual score above the acceptance criteria of the current method */
            aboveAppetite: boolean;
            /** @description The latest acceptance */
            acceptance: components["schemas"]["RiskAcceptanceInput"] | null;
            acceptedUntil: string | null;
            assessedAt: string | null;
            assessmentOverdue: boolean;
            can: components["schemas"]["RiskCanInput"];
            category: string;
            closedAt: string | null;
            closeReason: string | null;
            /** @description Controls linked to the risk or to one of its actions (linked from the control page) */
            controls: {
                /** @enum {string} */
                applicability: "applicable" | "not_applicable" | "undecided";
                id: string;
                reference: string;
                /** @enum {string} */
                status: "not_started" | "planned" | "partially" | "implemented";
                title: string;
            }[];
            /** Format: date-time */
            createdAt: string;
            description: string;
            id: string;
            inherent: components["schemas"]["RiskScoreInput"] | null;
            /** @description Method version of the latest assessment */
            methodVersion: number | null;
            nextAssessmentAt: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["RiskOwnerInput"] | null;
            plan: {
                actions: components["schemas"]["RiskActionInput"][];
                /** @description The current plan version is approved */
                approved: boolean;
                approvedAt: string | null;
                approvedBy: components["schemas"]["RiskPersonRefInput"] | null;
                approvedRoleName: string | null;
                version: number;
            };
            /** @description RSK-0001 */
            reference: string;
            residual: components["schemas"]["RiskScoreInput"] | null;
            status: components["schemas"]["RiskStatusInput"];
            threat: string;
            title: string;
            treatmentNote: string;
            treatmentOption: components["schemas"]["TreatmentOptionInput"] | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            vulnerability: string;
        };
        RiskLevel: {
            color: string;
            key: string;
            label: string;
            /** @description Scores from this value up have this level */
            minScore: number;
        };
        RiskLevelInput: {
            color: string;
            key: string;
            label: string;
            /** @description Scores from this value up have this level */
            minScore: number;
        };
        RiskMethod: {
            /** @description Longest an acceptance runs before it must be renewed */
            acceptanceMaxMonths: number;
            /** @description Highest residual score a risk owner may accept; above it Top Management accepts */
            appetiteScore: number;
            assessmentIntervalMonths: number;
            can: {
                change: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["RiskPersonRef"] | null;
            impact: components["schemas"]["RiskScaleStep"][];
            levels: components["schemas"]["RiskLevel"][];
            likelihood: components["schemas"]["RiskScaleStep"][];
            note: string;
            version: number;
        };
        RiskMethodInput: {
            /** @description Longest an acceptance runs before it must be renewed */
            acceptanceMaxMonths: number;
            /** @description Highest residual score a risk owner may accept; above it Top Management accepts */
            appetiteScore: number;
            assessmentIntervalMonths: number;
            can: {
                change: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["RiskPersonRefInput"] | null;
            impact: components["schemas"]["RiskScaleStepInput"][];
            levels: components["schemas"]["RiskLevelInput"][];
            likelihood: components["schemas"]["RiskScaleStepInput"][];
            note: string;
            version: number;
        };
        RiskMethodPage: {
            items: components["schemas"]["RiskMethod"][];
            nextCursor: string | null;
        };
        RiskMethodPageInput: {
            items: components["schemas"]["RiskMethodInput"][];
            nextCursor: string | null;
        };
        RiskOwner: {
            person: components["schemas"]["RiskPersonRef"];
            /**
             * @description Held for this risk, inherited from its org unit, or for the whole ISMS
             * @enum {string}
             */
            via: "risk" | "org_unit" | "isms";
        };
        RiskOwnerInput: {
            person: components["schemas"]["RiskPersonRefInput"];
            /**
             * @description Held for this risk, inherited from its org unit, or for the whole ISMS
             * @enum {string}
             */
            via: "risk" | "org_unit" | "isms";
        };
        RiskPage: {
            items: components["schemas"]["RiskSummary"][];
            nextCursor: string | null;
            /** @description Risks matching the filters */
            total: number;
        };
        RiskPageInput: {
            items: components["schemas"]["RiskSummaryInput"][];
            nextCursor: string | null;
            /** @description Risks matching the filters */
            total: number;
        };
        RiskPersonRef: {
            fullName: string;
            id: string;
        };
        RiskPersonRefInput: {
            fullName: string;
            id: string;
        };
        RiskScaleStep: {
            description: string;
            label: string;
            value: number;
        };
        RiskScaleStepInput: {
            description: string;
            label: string;
            value: number;
        };
        RiskScore: {
            impact: number;
            level: {
                color: string;
                key: string;
                label: string;
            };
            likelihood: number;
            score: number;
        };
        RiskScoreInput: {
            impact: number;
            level: {
                color: string;
                key: string;
                label: string;
            };
            likelihood: number;
            score: number;
        };
        /** @enum {string} */
        RiskStatus: "identified" | "assessed" | "treatment" | "accepted" | "closed";
        /** @enum {string} */
        RiskStatusInput: "identified" | "assessed" | "treatment" | "accepted" | "closed";
        RiskSummary: {
            /** @description Residual score above the acceptance criteria of the current method */
            aboveAppetite: boolean;
            acceptedUntil: string | null;
            assessmentOverdue: boolean;
            category: string;
            id: string;
            inherent: components["schemas"]["RiskScore"] | null;
            nextAssessmentAt: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["RiskOwner"] | null;
            /** @description RSK-0001 */
            reference: string;
            residual: components["schemas"]["RiskScore"] | null;
            status: components["schemas"]["RiskStatus"];
            title: string;
            treatmentOption: components["schemas"]["TreatmentOption"] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        RiskSummaryInput: {
            /** @description Residual score above the acceptance criteria of the current method */
            aboveAppetite: boolean;
            acceptedUntil: string | null;
            assessmentOverdue: boolean;
            category: string;
            id: string;
            inherent: components["schemas"]["RiskScoreInput"] | null;
            nextAssessmentAt: string | null;
            orgUnit: {
                id: string;
                name: string;
            } | null;
            owner: components["schemas"]["RiskOwnerInput"] | null;
            /** @description RSK-0001 */
            reference: string;
            residual: components["schemas"]["RiskScoreInput"] | null;
            status: components["schemas"]["RiskStatusInput"];
            title: string;
            treatmentOption: components["schemas"]["TreatmentOptionInput"] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        RiskUpdate: {
            author: components["schemas"]["RiskPersonRef"];
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "status" | "concern";
            risk: {
                id: string;
                reference: string;
                title: string;
            };
        };
        RiskUpdateInput: {
            author: components["schemas"]["RiskPersonRefInput"];
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "status" | "concern";
            risk: {
                id: string;
                reference: string;
                title: string;
            };
        };
        RiskUpdatePage: {
            items: components["schemas"]["RiskUpdate"][];
            nextCursor: string | null;
        };
        RiskUpdatePageInput: {
            items: components["schemas"]["RiskUpdateInput"][];
            nextCursor: string | null;
        };
        RiskView: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            query: {
                [key: string]: string;
            };
        };
        RiskViewInput: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            query: {
                [key: string]: string;
            };
        };
        RiskViewList: {
            items: components["schemas"]["RiskView"][];
        };
        RiskViewListInput: {
            items: components["schemas"]["RiskViewInput"][];
        };
        Role: {
            builtin: boolean;
            /** @description The decisions the role takes, as its job description states them */
            decisions: string[];
            deputies: number;
            /** @description At most one holder per scope at any time */
            exclusive: boolean;
            /** @description What the role lets its holders do in Remit (enforced) */
            grants: components["schemas"]["RoleGrant"][];
            /** @description Current holders, all scopes */
            holders: number;
            key: string;
            name: string;
            responsibilities: {
                id: string;
                text: string;
            }[];
            retiredAt: string | null;
            scopeTypes: string[];
            summary: string;
            /** @description Bumped when the text changes; holders acknowledge each version */
            textVersion: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RoleGrant: {
            action: string;
            describe: string;
        };
        RoleGrantInput: {
            action: string;
            describe: string;
        };
        RoleInput: {
            builtin: boolean;
            /** @description The decisions the role takes, as its job description states them */
            decisions: string[];
            deputies: number;
            /** @description At most one holder per scope at any time */
            exclusive: boolean;
            /** @description What the role lets its holders do in Remit (enforced) */
            grants: components["schemas"]["RoleGrantInput"][];
            /** @description Current holders, all scopes */
            holders: number;
            key: string;
            name: string;
            responsibilities: {
                id: string;
                text: string;
            }[];
            retiredAt: string | null;
            scopeTypes: string[];
            summary: string;
            /** @description Bumped when the text changes; holders acknowledge each version */
            textVersion: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RoleList: {
            /** @description Rights a custom role may be given (the rest stay with the built-in roles) */
            delegable: components["schemas"]["RoleGrant"][];
            items: components["schemas"]["Role"][];
            /** @description The scopes assignments can be made for in this installation (whole ISMS first) */
            scopeKinds: {
                label: string;
                type: string;
            }[];
        };
        RoleListInput: {
            /** @description Rights a custom role may be given (the rest stay with the built-in roles) */
            delegable: components["schemas"]["RoleGrantInput"][];
            items: components["schemas"]["RoleInput"][];
            /** @description The scopes assignments can be made for in this installation (whole ISMS first) */
            scopeKinds: {
                label: string;
                type: string;
            }[];
        };
        /** @enum {string} */
        RootCauseMethod: "five_whys" | "free_text";
        /** @enum {string} */
        RootCauseMethodInput: "five_whys" | "free_text";
        SaveDraftRequest: {
            body: string;
            /** @default  */
            changeSummary: string;
            /** @default null */
            quiz: components["schemas"]["QuizRequest"] | null;
            title: string;
            version: number;
        };
        SaveDraftRequestInput: {
            body: string;
            /** @default  */
            changeSummary: string;
            /** @default null */
            quiz: components["schemas"]["QuizRequestInput"] | null;
            title: string;
            version: number;
        };
        SaveRiskViewRequest: {
            name: string;
            /** @description The register query string as key/value pairs (filters and sort) */
            query: {
                [key: string]: string;
            };
        };
        SaveRiskViewRequestInput: {
            name: string;
            /** @description The register query string as key/value pairs (filters and sort) */
            query: {
                [key: string]: string;
            };
        };
        Scope: {
            id: string | null;
            label: string;
            type: string;
        };
        ScopeInput: {
            id: string | null;
            label: string;
            type: string;
        };
        SessionInfo: {
            account: {
                email: string;
                id: string;
                isAdmin: boolean;
            };
            /** @description Send as x-csrf-token on cookie-authenticated mutations */
            csrfToken: string | null;
            organisationName: string;
            permissions: components["schemas"]["Permissions"];
            person: {
                fullName: string;
                id: string;
            };
            roles: components["schemas"]["HeldRole"][];
            /** @enum {string} */
            via: "session" | "token";
        };
        SessionInfoInput: {
            account: {
                email: string;
                id: string;
                isAdmin: boolean;
            };
            /** @description Send as x-csrf-token on cookie-authenticated mutations */
            csrfToken: string | null;
            organisationName: string;
            permissions: components["schemas"]["PermissionsInput"];
            person: {
                fullName: string;
                id: string;
            };
            roles: components["schemas"]["HeldRoleInput"][];
            /** @enum {string} */
            via: "session" | "token";
        };
        SessionSummary: {
            /** Format: date-time */
            createdAt: string;
            current: boolean;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            userAgent: string | null;
        };
        SessionSummaryInput: {
            /** Format: date-time */
            createdAt: string;
            current: boolean;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            userAgent: string | null;
        };
        SetApplicabilityRequest: {
            applicable: boolean;
            /** @default  */
            justification: string;
            /** @default [] */
            reasons: components["schemas"]["SoaReason"][];
            version: number;
        };
        SetApplicabilityRequestInput: {
            applicable: boolean;
            /** @default  */
            justification: string;
            /** @default [] */
            reasons: components["schemas"]["SoaReasonInput"][];
            version: number;
        };
        SetAssetLinksRequest: {
            controlIds: string[];
            riskIds: string[];
            version: number;
        };
        SetAssetLinksRequestInput: {
            controlIds: string[];
            riskIds: string[];
            version: number;
        };
        SetControlLinksRequest: {
            riskActionIds: string[];
            riskIds: string[];
            version: number;
        };
        SetControlLinksRequestInput: {
            riskActionIds: string[];
            riskIds: string[];
            version: number;
        };
        SetControlOwnerRequest: {
            /** @description Null ends the current owner of this control */
            personId: string | null;
            /** @default  */
            reason: string;
        };
        SetControlOwnerRequestInput: {
            /** @description Null ends the current owner of this control */
            personId: string | null;
            /** @default  */
            reason: string;
        };
        SetNonconformityOwnerRequest: {
            personId: string | null;
        };
        SetNonconformityOwnerRequestInput: {
            personId: string | null;
        };
        SetProgrammeFrequencyRequest: {
            /** @description null returns the item to the programme default */
            frequencyMonths: number | null;
            /** @description Clause number (e.g. 6.1.2) or control id */
            itemId: string;
            itemType: components["schemas"]["AuditProgrammeItemType"];
        };
        SetProgrammeFrequencyRequestInput: {
            /** @description null returns the item to the programme default */
            frequencyMonths: number | null;
            /** @description Clause number (e.g. 6.1.2) or control id */
            itemId: string;
            itemType: components["schemas"]["AuditProgrammeItemTypeInput"];
        };
        Settings: {
            organisationName: string;
            /** @description Shown on the sign-in page, e.g. an acceptable-use notice */
            sessionBanner: string;
            updatedAt: string | null;
            version: number;
        };
        SettingsInput: {
            organisationName: string;
            /** @description Shown on the sign-in page, e.g. an acceptable-use notice */
            sessionBanner: string;
            updatedAt: string | null;
            version: number;
        };
        SetTreatmentRequest: {
            /** @default  */
            note: string;
            option: components["schemas"]["TreatmentOption"];
            version: number;
        };
        SetTreatmentRequestInput: {
            /** @default  */
            note: string;
            option: components["schemas"]["TreatmentOptionInput"];
            version: number;
        };
        SignOffAuditRequest: {
            conclusion: string;
            version: number;
        };
        SignOffAuditRequestInput: {
            conclusion: string;
            version: number;
        };
        /** @enum {string} */
        SoaReason: "risk_treatment" | "legal" | "contractual" | "business_need";
        /** @enum {string} */
        SoaReasonInput: "risk_treatment" | "legal" | "contractual" | "business_need";
        SoaRow: {
            applicability: components["schemas"]["Applicability"];
            /** @description Evidence references valid at the time */
            evidence: string[];
            implementers: string[];
            justification: string;
            owner: string | null;
            reasons: components["schemas"]["SoaReason"][];
            reference: string;
            /** @description Risk references */
            risks: string[];
            status: components["schemas"]["ImplementationStatus"];
            theme: components["schemas"]["ControlTheme"];
            title: string;
        };
        SoaRowInput: {
            applicability: components["schemas"]["ApplicabilityInput"];
            /** @description Evidence references valid at the time */
            evidence: string[];
            implementers: string[];
            justification: string;
            owner: string | null;
            reasons: components["schemas"]["SoaReasonInput"][];
            reference: string;
            /** @description Risk references */
            risks: string[];
            status: components["schemas"]["ImplementationStatusInput"];
            theme: components["schemas"]["ControlThemeInput"];
            title: string;
        };
        SoaStatus: {
            canApprove: boolean;
            /** @description Controls whose SoA row differs from the latest approved version */
            changedSinceLatest: number;
            latest: components["schemas"]["SoaVersionSummary"] | null;
            /** @description Controls without an applicability decision */
            undecided: number;
        };
        SoaStatusInput: {
            canApprove: boolean;
            /** @description Controls whose SoA row differs from the latest approved version */
            changedSinceLatest: number;
            latest: components["schemas"]["SoaVersionSummaryInput"] | null;
            /** @description Controls without an applicability decision */
            undecided: number;
        };
        SoaVersion: {
            applicableCount: number;
            /** @description The role it was approved under */
            approvedAs: string;
            /** Format: date-time */
            approvedAt: string;
            approvedBy: components["schemas"]["ControlPersonRef"];
            controlCount: number;
            note: string;
            number: number;
            rows: components["schemas"]["SoaRow"][];
            /** @description Of the snapshot (canonical JSON) */
            sha256: string;
        };
        SoaVersionInput: {
            applicableCount: number;
            /** @description The role it was approved under */
            approvedAs: string;
            /** Format: date-time */
            approvedAt: string;
            approvedBy: components["schemas"]["ControlPersonRefInput"];
            controlCount: number;
            note: string;
            number: number;
            rows: components["schemas"]["SoaRowInput"][];
            /** @description Of the snapshot (canonical JSON) */
            sha256: string;
        };
        SoaVersionPage: {
            items: components["schemas"]["SoaVersionSummary"][];
            nextCursor: string | null;
        };
        SoaVersionPageInput: {
            items: components["schemas"]["SoaVersionSummaryInput"][];
            nextCursor: string | null;
        };
        SoaVersionSummary: {
            applicableCount: number;
            /** @description The role it was approved under */
            approvedAs: string;
            /** Format: date-time */
            approvedAt: string;
            approvedBy: components["schemas"]["ControlPersonRef"];
            controlCount: number;
            note: string;
            number: number;
            /** @description Of the snapshot (canonical JSON) */
            sha256: string;
        };
        SoaVersionSummaryInput: {
            applicableCount: number;
            /** @description The role it was approved under */
            approvedAs: string;
            /** Format: date-time */
            approvedAt: string;
            approvedBy: components["schemas"]["ControlPersonRefInput"];
            controlCount: number;
            note: string;
            number: number;
            /** @description Of the snapshot (canonical JSON) */
            sha256: string;
        };
        SodConflict: {
            /** @description The approved exception in force at the as-of time, if any */
            exception: {
                id: string;
                reference: string;
                /** Format: date-time */
                validTo: string;
            } | null;
            /** @description The role the rule names first (e.g. internal auditor, developer) */
            first: components["schemas"]["SodConflictAssignment"];
            person: components["schemas"]["PersonSummary"];
            ruleId: components["schemas"]["SodRuleId"];
            ruleName: string;
            /** @description The role it may not be combined with in an overlapping scope */
            second: components["schemas"]["SodConflictAssignment"];
            /**
             * Format: date-time
             * @description When both assignments were first held together
             */
            since: string;
            /** @enum {string} */
            status: "open" | "excepted";
        };
        SodConflictAssignment: {
            assignmentId: string;
            /** @enum {string} */
            kind: "holder" | "deputy";
            roleKey: string;
            roleName: string;
            scope: components["schemas"]["Scope"];
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
        };
        SodConflictAssignmentInput: {
            assignmentId: string;
            /** @enum {string} */
            kind: "holder" | "deputy";
            roleKey: string;
            roleName: string;
            scope: components["schemas"]["ScopeInput"];
            /** Format: date-time */
            validFrom: string;
            validTo: string | null;
        };
        SodConflictInput: {
            /** @description The approved exception in force at the as-of time, if any */
            exception: {
                id: string;
                reference: string;
                /** Format: date-time */
                validTo: string;
            } | null;
            /** @description The role the rule names first (e.g. internal auditor, developer) */
            first: components["schemas"]["SodConflictAssignmentInput"];
            person: components["schemas"]["PersonSummaryInput"];
            ruleId: components["schemas"]["SodRuleIdInput"];
            ruleName: string;
            /** @description The role it may not be combined with in an overlapping scope */
            second: components["schemas"]["SodConflictAssignmentInput"];
            /**
             * Format: date-time
             * @description When both assignments were first held together
             */
            since: string;
            /** @enum {string} */
            status: "open" | "excepted";
        };
        SodConflictPage: {
            /** Format: date-time */
            asOf: string;
            items: components["schemas"]["SodConflict"][];
            nextCursor: string | null;
        };
        SodConflictPageInput: {
            /** Format: date-time */
            asOf: string;
            items: components["schemas"]["SodConflictInput"][];
            nextCursor: string | null;
        };
        SodException: {
            can: {
                approve: boolean;
                reject: boolean;
                revoke: boolean;
            };
            compensatingControl: string;
            decidedAt: string | null;
            /** @description Who approved, rejected or revoked it */
            decidedBy: {
                fullName: string;
                id: string;
            } | null;
            decisionNote: string | null;
            id: string;
            /** @description Approved and within its validity now */
            inForce: boolean;
            justification: string;
            person: components["schemas"]["PersonSummary"];
            /** @description SODX-0001 */
            reference: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: {
                fullName: string;
                id: string;
            };
            ruleId: components["schemas"]["SodRuleId"];
            ruleName: string;
            status: components["schemas"]["SodExceptionStatus"];
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string;
            version: number;
        };
        SodExceptionInput: {
            can: {
                approve: boolean;
                reject: boolean;
                revoke: boolean;
            };
            compensatingControl: string;
            decidedAt: string | null;
            /** @description Who approved, rejected or revoked it */
            decidedBy: {
                fullName: string;
                id: string;
            } | null;
            decisionNote: string | null;
            id: string;
            /** @description Approved and within its validity now */
            inForce: boolean;
            justification: string;
            person: components["schemas"]["PersonSummaryInput"];
            /** @description SODX-0001 */
            reference: string;
            /** Format: date-time */
            requestedAt: string;
            requestedBy: {
                fullName: string;
                id: string;
            };
            ruleId: components["schemas"]["SodRuleIdInput"];
            ruleName: string;
            status: components["schemas"]["SodExceptionStatusInput"];
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validTo: string;
            version: number;
        };
        SodExceptionPage: {
            items: components["schemas"]["SodException"][];
            nextCursor: string | null;
        };
        SodExceptionPageInput: {
            items: components["schemas"]["SodExceptionInput"][];
            nextCursor: string | null;
        };
        /**
         * @description expired: its validity ended (approved or never decided)
         * @enum {string}
         */
        SodExceptionStatus: "requested" | "approved" | "rejected" | "revoked" | "expired";
        /**
         * @description expired: its validity ended (approved or never decided)
         * @enum {string}
         */
        SodExceptionStatusInput: "requested" | "approved" | "rejected" | "revoked" | "expired";
        SodRule: {
            /** @description SOD-00 admits no exception */
            exceptionsAllowed: boolean;
            id: components["schemas"]["SodRuleId"];
            name: string;
            rule: string;
            source: string;
            /** @description Checked against standing assignments in the conflicts report */
            standing: boolean;
            strength: string;
        };
        /** @enum {string} */
        SodRuleId: "SOD-00" | "SOD-01" | "SOD-02" | "SOD-03" | "SOD-04" | "SOD-05" | "SOD-06" | "SOD-07" | "SOD-08" | "SOD-09" | "SOD-10";
        /** @enum {string} */
        SodRuleIdInput: "SOD-00" | "SOD-01" | "SOD-02" | "SOD-03" | "SOD-04" | "SOD-05" | "SOD-06" | "SOD-07" | "SOD-08" | "SOD-09" | "SOD-10";
        SodRuleInput: {
            /** @description SOD-00 admits no exception */
            exceptionsAllowed: boolean;
            id: components["schemas"]["SodRuleIdInput"];
            name: string;
            rule: string;
            source: string;
            /** @description Checked against standing assignments in the conflicts report */
            standing: boolean;
            strength: string;
        };
        SodRuleList: {
            items: components["schemas"]["SodRule"][];
        };
        SodRuleListInput: {
            items: components["schemas"]["SodRuleInput"][];
        };
        SubmitVersionRequest: {
            /**
             * @description Asked to comment before the decision
             * @default []
             */
            reviewerPersonIds: string[];
            version: number;
        };
        SubmitVersionRequestInput: {
            /**
             * @description Asked to comment before the decision
             * @default []
             */
            reviewerPersonIds: string[];
            version: number;
        };
        /** @enum {string} */
        TaskEvidenceRule: "note_or_file" | "file";
        /** @enum {string} */
        TaskEvidenceRuleInput: "note_or_file" | "file";
        /** @enum {string} */
        TaskFrequency: "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly";
        /** @enum {string} */
        TaskFrequencyInput: "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly";
        TaskOccurrence: {
            completedAt: string | null;
            completedBy: components["schemas"]["ControlPersonRef"] | null;
            dueDate: string;
            evidence: {
                id: string;
                reference: string;
                sha256: string | null;
                title: string;
            }[];
            note: string | null;
            state: components["schemas"]["OccurrenceState"];
        };
        TaskOccurrenceInput: {
            completedAt: string | null;
            completedBy: components["schemas"]["ControlPersonRefInput"] | null;
            dueDate: string;
            evidence: {
                id: string;
                reference: string;
                sha256: string | null;
                title: string;
            }[];
            note: string | null;
            state: components["schemas"]["OccurrenceStateInput"];
        };
        ToxicConflict: {
            left: {
                account: string;
                asset: components["schemas"]["AssetRef"];
                entitlement: string;
            };
            person: components["schemas"]["AssetPersonRef"];
            right: {
                account: string;
                asset: components["schemas"]["AssetRef"];
                entitlement: string;
            };
            rule: {
                id: string;
                name: string;
                reference: string;
            };
        };
        ToxicConflictInput: {
            left: {
                account: string;
                asset: components["schemas"]["AssetRefInput"];
                entitlement: string;
            };
            person: components["schemas"]["AssetPersonRefInput"];
            right: {
                account: string;
                asset: components["schemas"]["AssetRefInput"];
                entitlement: string;
            };
            rule: {
                id: string;
                name: string;
                reference: string;
            };
        };
        ToxicConflictPage: {
            items: components["schemas"]["ToxicConflict"][];
            nextCursor: string | null;
        };
        ToxicConflictPageInput: {
            items: components["schemas"]["ToxicConflictInput"][];
            nextCursor: string | null;
        };
        ToxicRule: {
            active: boolean;
            /** @description People who hold both sides now */
            conflicts: number;
            description: string;
            id: string;
            left: {
                asset: components["schemas"]["AssetRef"];
                entitlement: string;
            };
            name: string;
            /** @description TOX-01 */
            reference: string;
            right: {
                asset: components["schemas"]["AssetRef"];
                entitlement: string;
            };
            version: number;
        };
        ToxicRuleInput: {
            active: boolean;
            /** @description People who hold both sides now */
            conflicts: number;
            description: string;
            id: string;
            left: {
                asset: components["schemas"]["AssetRefInput"];
                entitlement: string;
            };
            name: string;
            /** @description TOX-01 */
            reference: string;
            right: {
                asset: components["schemas"]["AssetRefInput"];
                entitlement: string;
            };
            version: number;
        };
        ToxicRuleList: {
            items: components["schemas"]["ToxicRule"][];
        };
        ToxicRuleListInput: {
            items: components["schemas"]["ToxicRuleInput"][];
        };
        ToxicRuleRequest: {
            /** @default true */
            active: boolean;
            /** @default  */
            description: string;
            /** Format: uuid */
            leftAssetId: string;
            /** @description An entitlement name; a '*' at the end matches every name starting with what comes before it */
            leftEntitlement: string;
            name: string;
            /** Format: uuid */
            rightAssetId: string;
            /** @description An entitlement name; a '*' at the end matches every name starting with what comes before it */
            rightEntitlement: string;
            /** @description When changing a rule: the version you edited */
            version?: number;
        };
        ToxicRuleRequestInput: {
            /** @default true */
            active: boolean;
            /** @default  */
            description: string;
            /** Format: uuid */
            leftAssetId: string;
            /** @description An entitlement name; a '*' at the end matches every name starting with what comes before it */
            leftEntitlement: string;
            name: string;
            /** Format: uuid */
            rightAssetId: string;
            /** @description An entitlement name; a '*' at the end matches every name starting with what comes before it */
            rightEntitlement: string;
            /** @description When changing a rule: the version you edited */
            version?: number;
        };
        TrailEvent: {
            action: string;
            actorAccountId: string | null;
            actorName: string | null;
            actorPersonId: string | null;
            /** @description platform:admin, self, role:<key>, system or setup */
            authorizedAs: string | null;
            /** @description The assignment the decision was taken under, if any */
            authorizedBy: string | null;
            changes: {
                [key: string]: unknown;
            };
            hash: string;
            id: string;
            objectId: string | null;
            objectType: string;
            /** Format: date-time */
            occurredAt: string;
            prevHash: string;
            requestId: string | null;
            seq: number;
        };
        TrailEventInput: {
            action: string;
            actorAccountId: string | null;
            actorName: string | null;
            actorPersonId: string | null;
            /** @description platform:admin, self, role:<key>, system or setup */
            authorizedAs: string | null;
            /** @description The assignment the decision was taken under, if any */
            authorizedBy: string | null;
            changes: {
                [key: string]: unknown;
            };
            hash: string;
            id: string;
            objectId: string | null;
            objectType: string;
            /** Format: date-time */
            occurredAt: string;
            prevHash: string;
            requestId: string | null;
            seq: number;
        };
        TrailPage: {
            items: components["schemas"]["TrailEvent"][];
            nextCursor: string | null;
        };
        TrailPageInput: {
            items: components["schemas"]["TrailEventInput"][];
            nextCursor: string | null;
        };
        TrailVerification: {
            checked: number;
            firstBrokenSeq: number | null;
            lastSeq: number;
            ok: boolean;
            reason: string | null;
        };
        TrailVerificationInput: {
            checked: number;
            firstBrokenSeq: number | null;
            lastSeq: number;
            ok: boolean;
            reason: string | null;
        };
        /** @enum {string} */
        TreatmentOption: "modify" | "retain" | "avoid" | "share";
        /** @enum {string} */
        TreatmentOptionInput: "modify" | "retain" | "avoid" | "share";
        UnmatchedAccount: {
            asset: components["schemas"]["AssetRef"];
            entitlements: number;
            /** Format: date-time */
            firstSeenAt: string;
            id: string;
            /** Format: date-time */
            lastSeenAt: string;
            name: string;
            /** @description Holds at least one privileged entitlement */
            privileged: boolean;
        };
        UnmatchedAccountInput: {
            asset: components["schemas"]["AssetRefInput"];
            entitlements: number;
            /** Format: date-time */
            firstSeenAt: string;
            id: string;
            /** Format: date-time */
            lastSeenAt: string;
            name: string;
            /** @description Holds at least one privileged entitlement */
            privileged: boolean;
        };
        UnmatchedAccountPage: {
            items: components["schemas"]["UnmatchedAccount"][];
            nextCursor: string | null;
        };
        UnmatchedAccountPageInput: {
            items: components["schemas"]["UnmatchedAccountInput"][];
            nextCursor: string | null;
        };
        UpdateAssetRequest: {
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            availability?: number;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            confidentiality?: number;
            custodianPersonId?: string | null;
            description?: string;
            externalId?: string | null;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            integrity?: number;
            label?: components["schemas"]["ClassificationLabel"];
            location?: string;
            name?: string;
            orgUnitId?: string | null;
            /** @description A new owner ends the current one in the ledger (ISM) */
            ownerPersonId?: string | null;
            parentId?: string | null;
            /** @description Why the owner or custodian changes (kept in the ledger) */
            reason?: string;
            status?: components["schemas"]["AssetStatus"];
            type?: components["schemas"]["AssetType"];
            version: number;
        };
        UpdateAssetRequestInput: {
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            availability?: number;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            confidentiality?: number;
            custodianPersonId?: string | null;
            description?: string;
            externalId?: string | null;
            /** @description 1 low, 2 medium, 3 high, 4 very high */
            integrity?: number;
            label?: components["schemas"]["ClassificationLabelInput"];
            location?: string;
            name?: string;
            orgUnitId?: string | null;
            /** @description A new owner ends the current one in the ledger (ISM) */
            ownerPersonId?: string | null;
            parentId?: string | null;
            /** @description Why the owner or custodian changes (kept in the ledger) */
            reason?: string;
            status?: components["schemas"]["AssetStatusInput"];
            type?: components["schemas"]["AssetTypeInput"];
            version: number;
        };
        UpdateAuditProgrammeRequest: {
            clauseFrequencyMonths: number;
            controlFrequencyMonths: number;
            cycleEnd: string;
            cycleStart: string;
            /** @default  */
            notes: string;
            title: string;
            version: number;
        };
        UpdateAuditProgrammeRequestInput: {
            clauseFrequencyMonths: number;
            controlFrequencyMonths: number;
            cycleEnd: string;
            cycleStart: string;
            /** @default  */
            notes: string;
            title: string;
            version: number;
        };
        UpdateAuditRequest: {
            criteria?: string;
            objective?: string;
            plannedEnd?: string;
            plannedStart?: string;
            scope?: components["schemas"]["AuditScopeRef"][];
            title?: string;
            version: number;
        };
        UpdateAuditRequestInput: {
            criteria?: string;
            objective?: string;
            plannedEnd?: string;
            plannedStart?: string;
            scope?: components["schemas"]["AuditScopeRefInput"][];
            title?: string;
            version: number;
        };
        UpdateControlRequest: {
            description?: string;
            implementationNote?: string;
            status?: components["schemas"]["ImplementationStatus"];
            /** @description Custom controls only */
            theme?: components["schemas"]["ControlTheme"];
            /** @description Custom controls only */
            title?: string;
            version: number;
        };
        UpdateControlRequestInput: {
            description?: string;
            implementationNote?: string;
            status?: components["schemas"]["ImplementationStatusInput"];
            /** @description Custom controls only */
            theme?: components["schemas"]["ControlThemeInput"];
            /** @description Custom controls only */
            title?: string;
            version: number;
        };
        UpdateControlTaskRequest: {
            assigneePersonId?: string | null;
            evidenceRule?: components["schemas"]["TaskEvidenceRule"];
            graceDays?: number;
            instructions?: string;
            leadDays?: number;
            title?: string;
            version: number;
        };
        UpdateControlTaskRequestInput: {
            assigneePersonId?: string | null;
            evidenceRule?: components["schemas"]["TaskEvidenceRuleInput"];
            graceDays?: number;
            instructions?: string;
            leadDays?: number;
            title?: string;
            version: number;
        };
        UpdateCorrectiveActionRequest: {
            description?: string;
            dueDate?: string;
            /** Format: uuid */
            ownerPersonId?: string;
            title?: string;
            version: number;
        };
        UpdateCorrectiveActionRequestInput: {
            description?: string;
            dueDate?: string;
            /** Format: uuid */
            ownerPersonId?: string;
            title?: string;
            version: number;
        };
        UpdateInboxSettingsRequest: {
            digestHourUtc?: number;
            escalateAfterWorkingDays?: number;
            reminderLeadDays?: number;
            version: number;
            workingDays?: number[];
        };
        UpdateInboxSettingsRequestInput: {
            digestHourUtc?: number;
            escalateAfterWorkingDays?: number;
            reminderLeadDays?: number;
            version: number;
            workingDays?: number[];
        };
        UpdateNonconformityRequest: {
            /** @description What was done at once to contain it (10.2 a) */
            correction?: string;
            description?: string;
            rootCause?: string;
            rootCauseMethod?: components["schemas"]["RootCauseMethod"];
            severity?: components["schemas"]["NonconformitySeverity"];
            title?: string;
            version: number;
            whys?: string[];
        };
        UpdateNonconformityRequestInput: {
            /** @description What was done at once to contain it (10.2 a) */
            correction?: string;
            description?: string;
            rootCause?: string;
            rootCauseMethod?: components["schemas"]["RootCauseMethodInput"];
            severity?: components["schemas"]["NonconformitySeverityInput"];
            title?: string;
            version: number;
            whys?: string[];
        };
        UpdateNotificationPrefsRequest: {
            emailMode: components["schemas"]["EmailMode"];
            version: number;
        };
        UpdateNotificationPrefsRequestInput: {
            emailMode: components["schemas"]["EmailModeInput"];
            version: number;
        };
        UpdatePolicyRequest: {
            ackWithinDays?: number;
            approverRoleKey?: string;
            audience?: components["schemas"]["PolicyAudienceRequest"];
            reviewIntervalMonths?: number;
            summary?: string;
            title?: string;
            version: number;
        };
        UpdatePolicyRequestInput: {
            ackWithinDays?: number;
            approverRoleKey?: string;
            audience?: components["schemas"]["PolicyAudienceRequestInput"];
            reviewIntervalMonths?: number;
            summary?: string;
            title?: string;
            version: number;
        };
        UpdateRiskActionRequest: {
            description?: string;
            dueDate?: string | null;
            ownerPersonId?: string | null;
            /** @enum {string} */
            status?: "planned" | "in_progress" | "done" | "cancelled";
            title?: string;
            version: number;
        };
        UpdateRiskActionRequestInput: {
            description?: string;
            dueDate?: string | null;
            ownerPersonId?: string | null;
            /** @enum {string} */
            status?: "planned" | "in_progress" | "done" | "cancelled";
            title?: string;
            version: number;
        };
        UpdateRiskRequest: {
            category?: string;
            description?: string;
            orgUnitId?: string | null;
            threat?: string;
            title?: string;
            version: number;
            vulnerability?: string;
        };
        UpdateRiskRequestInput: {
            category?: string;
            description?: string;
            orgUnitId?: string | null;
            threat?: string;
            title?: string;
            version: number;
            vulnerability?: string;
        };
        VerifyNonconformityRequest: {
            effective: boolean;
            note: string;
            version: number;
        };
        VerifyNonconformityRequestInput: {
            effective: boolean;
            note: string;
            version: number;
        };
        VersionDecisionRequest: {
            note?: string;
            version: number;
        };
        VersionDecisionRequestInput: {
            note?: string;
            version: number;
        };
        Webhook: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: string[];
            id: string;
            lastDelivery: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
            } | null;
            name: string;
            /** @description The last characters of the signing secret */
            secretHint: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            error: string | null;
            eventId: string;
            eventType: string;
            id: string;
            lastAttemptAt: string | null;
            /** @description When the next attempt is due, while a failed delivery is retried */
            nextAttemptAt: string | null;
            responseMs: number | null;
            responseStatus: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryInput: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            error: string | null;
            eventId: string;
            eventType: string;
            id: string;
            lastAttemptAt: string | null;
            /** @description When the next attempt is due, while a failed delivery is retried */
            nextAttemptAt: string | null;
            responseMs: number | null;
            responseStatus: number | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            nextCursor: string | null;
        };
        WebhookDeliveryPageInput: {
            items: components["schemas"]["WebhookDeliveryInput"][];
            nextCursor: string | null;
        };
        WebhookInput: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: string[];
            id: string;
            lastDelivery: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
            } | null;
            name: string;
            /** @description The last characters of the signing secret */
            secretHint: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            nextCursor: string | null;
        };
        WebhookPageInput: {
            items: components["schemas"]["WebhookInput"][];
            nextCursor: string | null;
        };
        WebhookTestResult: {
            deliveryId: string;
        };
        WebhookTestResultInput: {
            deliveryId: string;
        };
        WebhookWithSecret: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: string[];
            id: string;
            lastDelivery: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
            } | null;
            name: string;
            /** @description Shown once: keep it to verify signatures */
            secret: string;
            /** @description The last characters of the signing secret */
            secretHint: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
        WebhookWithSecretInput: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            events: string[];
            id: string;
            lastDelivery: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
            } | null;
            name: string;
            /** @description Shown once: keep it to verify signatures */
            secret: string;
            /** @description The last characters of the signing secret */
            secretHint: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccessRequests: {
        parameters: {
            query?: {
                assetId?: string;
                cursor?: string;
                limit?: number;
                status?: components["schemas"]["AccessRequestStatusInput"];
                /** @description mine: requested by or for me; to_decide: pending on assets I own; to_provision / to_revoke: for assets I administer; all: every request (ISM, auditors) */
                view?: "mine" | "to_decide" | "to_provision" | "to_revoke" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestStepInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAccessRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    provisionAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestStepInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeAccessRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessRequestStepInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequest"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccessReviews: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReviewPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccessReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessReviewRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccessReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeAccessReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseAccessReviewRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAccessReviewEvidence: {
        parameters: {
            query?: {
                format?: "xlsx" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccessReviewItems: {
        parameters: {
            query?: {
                assetId?: string;
                cursor?: string;
                decision?: "undecided" | "keep" | "revoke" | "modify";
                limit?: number;
                /** @description Only accounts matched to nobody */
                orphaned?: "true" | "false";
                privileged?: "true" | "false";
                /** @description Account, entitlement or holder name contains */
                q?: string;
                /** @description A person id, 'me', or 'none' */
                reviewer?: string;
                toxic?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewItem"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideAccessReviewItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entitlementId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideReviewItemRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideAccessReviewItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDecisionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDecisionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reassignAccessReviewItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignReviewItemsRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccessReviewReviewers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerProgressPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAccessReviewRevocations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revocation list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAccessReviewRevocationsDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkRevokedRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationPrefs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPrefs"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationPrefs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPrefsRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPrefs"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SessionSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description null: never expires
                     * @default 90
                     */
                    expiresInDays?: number | null;
                    name: string;
                    /**
                     * @description read: GET only; write: everything the account may do
                     * @default write
                     * @enum {string}
                     */
                    scope?: "read" | "write";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Search in email and name */
                q?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    fullName: string;
                    /** @default false */
                    isAdmin?: boolean;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isAdmin?: boolean;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    /**
                     * @description Clear a login lockout
                     * @enum {boolean}
                     */
                    unlock?: true;
                    /** @description The version you edit; a stale one is refused with 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runReminderScan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobEnqueued"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    events: string[];
                    name: string;
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    events?: string[];
                    name?: string;
                    url?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssets: {
        parameters: {
            query?: {
                cursor?: string;
                dir?: "asc" | "desc";
                label?: components["schemas"]["ClassificationLabelInput"];
                limit?: number;
                orgUnitId?: string;
                /** @description A person id, or 'me' */
                owner?: string;
                parentId?: string;
                /** @description Reference, name, location or CMDB id contains */
                q?: string;
                sort?: "reference" | "name" | "type" | "status" | "label";
                status?: components["schemas"]["AssetStatusInput"];
                type?: components["schemas"]["AssetTypeInput"];
                /** @description Only assets without an owner */
                unowned?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAsset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssetRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssetRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAssetLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAssetLinksRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAssets: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                label?: components["schemas"]["ClassificationLabelInput"];
                orgUnitId?: string;
                /** @description A person id, or 'me' */
                owner?: string;
                parentId?: string;
                /** @description Reference, name, location or CMDB id contains */
                q?: string;
                status?: components["schemas"]["AssetStatusInput"];
                type?: components["schemas"]["AssetTypeInput"];
                /** @description Only assets without an owner */
                unowned?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inventory file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    importAssets: {
        parameters: {
            query?: {
                mode?: "preview" | "apply";
                /** @description With apply: the sha256 the preview returned */
                sha256?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetImportResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssetImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssignments: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
                cursor?: string;
                /** @description true: also ended and upcoming assignments, newest first */
                history?: "true" | "false";
                kind?: "holder" | "deputy";
                limit?: number;
                personId?: string;
                roleKey?: string;
                scopeId?: string;
                scopeType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default holder
                     * @enum {string}
                     */
                    kind?: "holder" | "deputy";
                    /** Format: uuid */
                    personId: string;
                    reason: string;
                    /**
                     * @description For one-holder roles: end the current holder when this assignment starts
                     * @default false
                     */
                    replaceCurrent?: boolean;
                    roleKey: string;
                    /** @default null */
                    scopeId?: string | null;
                    /**
                     * @description isms (whole ISMS), org_unit, or an object kind such as asset, risk, control, policy, process
                     * @default isms
                     */
                    scopeType?: string;
                    /**
                     * Format: date-time
                     * @description Default now
                     */
                    validFrom?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssignment: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The role text version the person read */
                    textVersion: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /**
                     * Format: date-time
                     * @description Default now; may be in the future
                     */
                    validTo?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setStandIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string | null;
                    until: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudits: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Only audits you are on the team of */
                mine?: "true" | "false";
                q?: string;
                status?: components["schemas"]["AuditStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuditRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAuditRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAuditor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAuditorRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeAuditor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelAuditRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAuditEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkAuditorIndependence: {
        parameters: {
            query: {
                personId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditorIndependence"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditItems: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description 'open': items without a result */
                result?: components["schemas"]["AuditResultInput"] | "open";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditItemPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAuditResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAuditResultRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAuditEvidence: {
        parameters: {
            query: {
                fileName: string;
                title?: string;
            };
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAuditEvidenceLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAuditEvidenceLinkRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffAuditRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditVersionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgramme"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAuditProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAuditProgrammeRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgramme"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditProgrammeCoverage: {
        parameters: {
            query?: {
                cursor?: string;
                itemType?: components["schemas"]["AuditProgrammeItemTypeInput"];
                limit?: number;
                state?: components["schemas"]["AuditCoverageStateInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammeCoverage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditProgrammeCoverage: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAuditProgrammeFrequency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetProgrammeFrequencyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgramme"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditScopeOptions: {
        parameters: {
            query: {
                q?: string;
                type: components["schemas"]["AuditScopeTypeInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditScopeOptions"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listControlTasks: {
        parameters: {
            query?: {
                controlId?: string;
                cursor?: string;
                limit?: number;
                /** @description Only tasks whose duty is mine */
                mine?: "true" | "false";
                state?: "active" | "ended" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTaskPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getControlTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTaskDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateControlTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateControlTaskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTaskDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endControlTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTaskDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeControlTaskOccurrence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The due date of the occurrence */
                dueDate: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteOccurrenceRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTaskDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listControls: {
        parameters: {
            query?: {
                applicability?: components["schemas"]["ApplicabilityInput"];
                cursor?: string;
                custom?: "true" | "false";
                dir?: "asc" | "desc";
                health?: components["schemas"]["ControlHealthLevelInput"];
                limit?: number;
                /** @description A person id, 'me', or 'none' for controls without an owner */
                owner?: string;
                /** @description Reference or title contains */
                q?: string;
                sort?: "reference" | "title" | "status" | "health";
                status?: components["schemas"]["ImplementationStatusInput"];
                theme?: components["schemas"]["ControlThemeInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createControl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateControlRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateControlRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setControlApplicability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetApplicabilityRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listControlEvidence: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                state?: "current" | "valid" | "expired" | "archived" | "all";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadControlEvidence: {
        parameters: {
            query: {
                /** @description Defaults to today */
                evidenceDate?: string;
                fileName: string;
                /** @description Defaults to the file name */
                title?: string;
                /** @description Omit for evidence that does not expire */
                validUntil?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveControlEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadControlEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addControlEvidenceLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEvidenceLinkRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addControlImplementer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddImplementerRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeControlImplementer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setControlLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetControlLinksRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setControlOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetControlOwnerRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Control"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createControlTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateControlTaskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTaskDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClauses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClauseList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getControlProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlProgress"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCorrectiveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectiveAction"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
                threshold?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCoverageItems: {
        parameters: {
            query: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
                check: "vacant_roles" | "roles_without_deputy" | "unacknowledged" | "leavers_holding" | "overloaded" | "unowned" | "open_handovers";
                cursor?: string;
                kind?: string;
                limit?: number;
                threshold?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageItemPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntitlements: {
        parameters: {
            query?: {
                assetId?: string;
                cursor?: string;
                limit?: number;
                personId?: string;
                privileged?: "true" | "false";
                /** @description Account or entitlement name contains */
                q?: string;
                /** @description Entitlements gone from the last import (default: current ones) */
                removed?: "true" | "false";
                /** @description Only entitlements of accounts matched to nobody */
                unmatched?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    matchAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchAccountRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmatchedAccount"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntitlementImports: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementImportPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importEntitlements: {
        parameters: {
            query?: {
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementImport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEntitlementImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementImport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnmatchedAccounts: {
        parameters: {
            query?: {
                assetId?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmatchedAccountPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportUnmatchedAccounts: {
        parameters: {
            query?: {
                assetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHandovers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "open" | "confirmed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handover"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Overrides of the proposed successors; every holder assignment must end up with one
                     * @default []
                     */
                    successors?: {
                        /** Format: uuid */
                        assignmentId: string;
                        /** Format: uuid */
                        successorPersonId: string;
                    }[];
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Handover"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInbox: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DutyPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inboxSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPolicies"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myResponsibilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResponsibilities"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNonconformities: {
        parameters: {
            query?: {
                auditId?: string;
                cursor?: string;
                limit?: number;
                /** @description A person id, 'me' or 'none' */
                owner?: string;
                q?: string;
                severity?: components["schemas"]["NonconformitySeverityInput"];
                sort?: "raised" | "age" | "reference" | "severity";
                source?: components["schemas"]["NonconformitySourceInput"];
                status?: components["schemas"]["NonconformityStatusInput"] | "unclosed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    raiseNonconformity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseNonconformityRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNonconformity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNonconformity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNonconformityRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCorrectiveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCorrectiveActionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCorrectiveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCorrectiveActionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCorrectiveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCorrectiveActionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeCorrectiveAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteCorrectiveActionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setNonconformityOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetNonconformityOwnerRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyNonconformity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyNonconformityRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nonconformity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNonconformityAgeing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityAgeing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportNonconformities: {
        parameters: {
            query?: {
                auditId?: string;
                format?: "csv" | "xlsx";
                /** @description A person id, 'me' or 'none' */
                owner?: string;
                q?: string;
                severity?: components["schemas"]["NonconformitySeverityInput"];
                source?: components["schemas"]["NonconformitySourceInput"];
                status?: components["schemas"]["NonconformityStatusInput"] | "unclosed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgChart: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
                /** @description Levels returned, counting the top: 1 = the top only, 2 = the top and their direct reports */
                depth?: number;
                /** @description At most this many people; deeper branches stay collapsed (childCount tells what is there) */
                limit?: number;
                /** @description Only people in this org unit and the units below it */
                orgUnitId?: string;
                /** @description Start the tree at this person (to expand a collapsed branch); default the top of the selection */
                rootPersonId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgChart"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrgUnits: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Children of this unit; "root" for top-level units */
                parentId?: string | "root";
                /** @description Search in code and name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrgUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    /** @description Move the unit; null makes it top-level */
                    parentId?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgUnitTree: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitTree"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description With orgUnitId: also people in units below it */
                includeDescendants?: "true" | "false";
                limit?: number;
                /** @description Direct reports of this person */
                managerId?: string;
                orgUnitId?: string;
                /** @description Search in name, email and employee id */
                q?: string;
                status?: "active" | "leaver";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    employeeId?: string | null;
                    fullName: string;
                    jobTitle?: string | null;
                    managerId?: string | null;
                    orgUnitId?: string | null;
                    startDate?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    employeeId?: string | null;
                    fullName?: string;
                    jobTitle?: string | null;
                    /** @description With status leaver; defaults to today */
                    leaveDate?: string | null;
                    managerId?: string | null;
                    orgUnitId?: string | null;
                    startDate?: string | null;
                    /**
                     * @description leaver: marks the person a leaver and opens their handover
                     * @enum {string}
                     */
                    status?: "active" | "leaver";
                    /** @description The version you edit; a stale one is refused with 409 */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAbsence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description null with until null: not absent */
                    from: string | null;
                    until: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPersonPolicyAcks: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPolicyAckPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPeople: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                /** @description With orgUnitId: also people in units below it */
                includeDescendants?: "true" | "false";
                /** @description Direct reports of this person */
                managerId?: string;
                orgUnitId?: string;
                /** @description Search in name, email and employee id */
                q?: string;
                status?: "active" | "leaver";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPeople: {
        parameters: {
            query?: {
                /** @description Required to apply: the sha256 the preview reported, so exactly the previewed file is applied */
                expectedSha256?: string;
                /** @description People imported earlier (source hr_import) who are not in this file become leavers */
                missingAreLeavers?: "true" | "false";
                /** @description preview: a dry run that changes nothing */
                mode?: "preview" | "apply";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": string | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicies: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: components["schemas"]["PolicyKindInput"];
                limit?: number;
                /** @description Search in reference and title */
                q?: string;
                reviewOverdue?: "true" | "false";
                status?: components["schemas"]["PolicyStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePolicyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePolicyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diffPolicyVersions: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDiff"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retirePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetirePolicyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyReviews: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReviewPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPolicyReviewRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDecisionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnPolicyReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnVersionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyVersions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersionPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPolicyDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    savePolicyDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discardPolicyDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgePolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgePolicyRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcknowledgePolicyResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPolicyAcknowledgements: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDecisionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadPolicyAttachment: {
        parameters: {
            query: {
                fileName: string;
            };
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyAttachment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPolicyAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePolicyAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicyCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaignPeople: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description This unit only (not the units below it) */
                orgUnitId?: string;
                /** @description Search name, email or employee id */
                q?: string;
                state?: "pending" | "acknowledged" | "all";
            };
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPersonPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaignUnits: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignUnitPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyComments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyCommentPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPolicyComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPolicyCommentRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyComment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPolicyPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDecisionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnVersionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markPolicyVersionReviewed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReviewedRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitVersionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPolicies: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRaciMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RaciMatrix"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRaciMatrix: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv or XLSX file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRaciProcess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Role key → value, or null for not involved; the whole row is replaced */
                    cells: {
                        [key: string]: components["schemas"]["RaciValueInput"] | null;
                    };
                    /** @default [] */
                    isoRefs?: string[];
                    name: string;
                    /** @default  */
                    rationale?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RaciProcess"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRaciProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Role key → value, or null for not involved; the whole row is replaced */
                    cells: {
                        [key: string]: components["schemas"]["RaciValueInput"] | null;
                    };
                    isoRefs?: string[];
                    name: string;
                    rationale?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RaciProcess"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRaciProcess: {
        parameters: {
            query: {
                /** @description The version you are deleting; a stale one gets 409 */
                version: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResponsibilitiesDocument: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRisks: {
        parameters: {
            query?: {
                aboveAppetite?: "true" | "false";
                assessmentOverdue?: "true" | "false";
                category?: string;
                /** @description A heat-map cell, e.g. residual:4:5 */
                cell?: string;
                cursor?: string;
                /** @description Residual level key */
                level?: string;
                limit?: number;
                /** @description This unit and the units below it */
                orgUnitId?: string;
                /** @description Risks this person owns (directly or through an org unit) */
                ownerPersonId?: string;
                /** @description Search reference, title, threat and vulnerability */
                q?: string;
                sort?: "reference" | "-reference" | "title" | "-residual" | "residual" | "-inherent" | "inherent" | "next_assessment";
                status?: components["schemas"]["RiskStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRiskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRiskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptRiskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addRiskAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RiskActionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRiskAction: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRiskAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRiskActionRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessRiskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRiskAssessments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskAssessmentPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRiskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveRiskPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovePlanRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRiskRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setRiskTreatment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTreatmentRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRiskTreatmentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRiskUpdates: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskUpdatePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRiskUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostRiskUpdateRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskUpdate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRiskActions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                overdue?: "true" | "false";
                ownerPersonId?: string;
                status?: "open" | "done" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskActionPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRiskBreakdown: {
        parameters: {
            query?: {
                aboveAppetite?: "true" | "false";
                assessmentOverdue?: "true" | "false";
                category?: string;
                /** @description A heat-map cell, e.g. residual:4:5 */
                cell?: string;
                /** @description Residual level key */
                level?: string;
                /** @description This unit and the units below it */
                orgUnitId?: string;
                /** @description Risks this person owns (directly or through an org unit) */
                ownerPersonId?: string;
                /** @description Search reference, title, threat and vulnerability */
                q?: string;
                status?: components["schemas"]["RiskStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskBreakdown"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRisks: {
        parameters: {
            query?: {
                aboveAppetite?: "true" | "false";
                assessmentOverdue?: "true" | "false";
                category?: string;
                /** @description A heat-map cell, e.g. residual:4:5 */
                cell?: string;
                format?: "csv" | "xlsx";
                /** @description Residual level key */
                level?: string;
                /** @description This unit and the units below it */
                orgUnitId?: string;
                /** @description Risks this person owns (directly or through an org unit) */
                ownerPersonId?: string;
                /** @description Search reference, title, threat and vulnerability */
                q?: string;
                sort?: "reference" | "-reference" | "title" | "-residual" | "residual" | "-inherent" | "inherent" | "next_assessment";
                status?: components["schemas"]["RiskStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRiskHeatmap: {
        parameters: {
            query?: {
                aboveAppetite?: "true" | "false";
                assessmentOverdue?: "true" | "false";
                basis?: "inherent" | "residual";
                category?: string;
                /** @description Residual level key */
                level?: string;
                /** @description This unit and the units below it */
                orgUnitId?: string;
                /** @description Risks this person owns (directly or through an org unit) */
                ownerPersonId?: string;
                /** @description Search reference, title, threat and vulnerability */
                q?: string;
                status?: components["schemas"]["RiskStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Heatmap"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importRisks: {
        parameters: {
            query?: {
                mode?: "preview" | "apply";
                /** @description With apply: the sha256 the preview returned */
                sha256?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskImportResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRiskImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRiskMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskMethod"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeRiskMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRiskMethodRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskMethod"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRiskMethodVersions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskMethodPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRiskReport: {
        parameters: {
            query?: {
                aboveAppetite?: "true" | "false";
                assessmentOverdue?: "true" | "false";
                category?: string;
                /** @description A heat-map cell, e.g. residual:4:5 */
                cell?: string;
                /** @description Residual level key */
                level?: string;
                /** @description This unit and the units below it */
                orgUnitId?: string;
                /** @description Risks this person owns (directly or through an org unit) */
                ownerPersonId?: string;
                /** @description Search reference, title, threat and vulnerability */
                q?: string;
                status?: components["schemas"]["RiskStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRiskUpdateFeed: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "status" | "concern";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskUpdatePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRiskViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskViewList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveRiskView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRiskViewRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRiskView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    decisions?: string[];
                    /** @default false */
                    exclusive?: boolean;
                    /**
                     * @description Delegable actions the role grants
                     * @default []
                     */
                    grants?: string[];
                    key: string;
                    name: string;
                    responsibilities: string[];
                    scopeTypes: string[];
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decisions?: string[];
                    exclusive?: boolean;
                    grants?: string[];
                    name?: string;
                    responsibilities?: string[];
                    retired?: boolean;
                    scopeTypes?: string[];
                    summary?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoleDocument: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisationName?: string;
                    sessionBanner?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInboxSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInboxSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxSettingsRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicInfo"];
                };
            };
        };
    };
    completeSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    fullName: string;
                    /** @default false */
                    loadDemo?: boolean;
                    organisationName: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSoaStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoaStatus"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSoa: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx" | "pdf";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSoaVersions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoaVersionPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveSoa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveSoaRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoaVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSoaVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoaVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportSoaVersion: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx" | "pdf";
            };
            header?: never;
            path: {
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["Problem"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Problem"];
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSodConflicts: {
        parameters: {
            query?: {
                /** @description Answer as of this date (end of that day, UTC) or date-time; default now */
                asOf?: string;
                cursor?: string;
                limit?: number;
                personId?: string;
                ruleId?: components["schemas"]["SodRuleIdInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodConflictPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSodExceptions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                personId?: string;
                ruleId?: components["schemas"]["SodRuleIdInput"];
                status?: components["schemas"]["SodExceptionStatusInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodExceptionPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestSodException: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What reduces the risk meanwhile (e.g. a monthly review by another person) */
                    compensatingControl: string;
                    /** @description Why the duties cannot be separated */
                    justification: string;
                    /**
                     * Format: uuid
                     * @description The person whose decisions or roles the exception lets through
                     */
                    personId: string;
                    ruleId: components["schemas"]["SodRuleIdInput"];
                    /** Format: date-time */
                    validFrom: string;
                    /**
                     * Format: date-time
                     * @description After validFrom, at most 365 days later
                     */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodException"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSodException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodException"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveSodException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: recorded with the decision */
                    note: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodException"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectSodException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: recorded with the decision */
                    note: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodException"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeSodException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: recorded with the decision */
                    note: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodException"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSodRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SodRuleList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listToxicRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToxicRuleList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToxicRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToxicRuleRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToxicRule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateToxicRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToxicRuleRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToxicRule"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listToxicConflicts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                personId?: string;
                ruleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToxicConflictPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportToxicConflicts: {
        parameters: {
            query?: {
                personId?: string;
                ruleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conflicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTrail: {
        parameters: {
            query?: {
                action?: string;
                actorPersonId?: string;
                cursor?: string;
                from?: string;
                limit?: number;
                objectId?: string;
                objectType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrailPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrailVerification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
