import type { RouteObject } from 'react-router';
import { Allowed } from '../../components/allowed';
import { EntitlementsScene } from './entitlements';
import { AccessReviewScene } from './review';
import { AccessReviewsScene } from './reviews';

/** Entitlements, toxic combinations and access review pages (children of the signed-in frame). */
export const accessReviewRoutes: RouteObject[] = [
  {
    path: 'entitlements',
    element: (
      <Allowed when={(p) => p.readEntitlements}>
        <EntitlementsScene />
      </Allowed>
    ),
  },
  // Everyone may open the campaigns: a reviewer sees those they have items in.
  { path: 'access-reviews', element: <AccessReviewsScene /> },
  { path: 'access-reviews/:id', element: <AccessReviewScene /> },
];
