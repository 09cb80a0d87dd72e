import { Button, Card } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { notifyDone } from '../../components/problem';
import { today } from '../controls/shared';
import { BackLink } from '../policies/shared';
import { AuditForm, DEFAULT_CRITERIA, type AuditFormValues } from './audit-form';
import { auditsApi } from './audits-api';
import { auditPath, invalidateAudits } from './shared';

/** Plans a new audit (the ISM): what it is for, against what, when, and what it covers. */
export function NewAuditScene() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (v: AuditFormValues) => auditsApi.create(v),
    onSuccess: (a) => {
      notifyDone(`${a.reference} planned`);
      invalidateAudits(qc);
      void navigate(auditPath(a.id));
    },
  });
  return (
    <Page
      title="New audit"
      description={
        <>
          <BackLink to="/audits">Internal audits</BackLink>
          <br />
          The audit starts planned: assign its lead auditor and team, then start it to draw up the checklist.
        </>
      }
    >
      <Card withBorder padding="lg" maw={900}>
        <AuditForm
          initial={{
            title: '',
            objective: '',
            criteria: DEFAULT_CRITERIA,
            plannedStart: today(),
            plannedEnd: today(),
            scope: [],
          }}
          error={create.error}
          saving={create.isPending}
          submitLabel="Plan audit"
          onSubmit={(v) => create.mutate(v)}
          cancel={
            <Button variant="default" component={Link} to="/audits">
              Cancel
            </Button>
          }
        />
      </Card>
    </Page>
  );
}
