import type { RouteObject } from 'react-router';
import { Allowed } from '../../components/allowed';
import { ClausesScene } from './clauses';
import { ControlScene } from './control';
import { ControlRegisterScene } from './register';
import { SoaScene } from './soa';
import { SoaVersionScene } from './soa-version';
import { ControlTaskScene } from './task';
import { ControlTasksScene } from './tasks';

/** The control register, the SoA, operational tasks and the clauses (children of the signed-in frame). */
export const controlRoutes: RouteObject[] = [
  {
    path: 'controls',
    element: (
      <Allowed when={(p) => p.readControls}>
        <ControlRegisterScene />
      </Allowed>
    ),
  },
  {
    path: 'controls/clauses',
    element: (
      <Allowed when={(p) => p.readControls}>
        <ClausesScene />
      </Allowed>
    ),
  },
  // Anyone may open their own tasks (an inbox duty links here); the server says what they may see.
  { path: 'controls/tasks', element: <ControlTasksScene /> },
  { path: 'controls/tasks/:id', element: <ControlTaskScene /> },
  {
    path: 'controls/:id',
    element: (
      <Allowed when={(p) => p.readControls}>
        <ControlScene />
      </Allowed>
    ),
  },
  {
    path: 'soa',
    element: (
      <Allowed when={(p) => p.readControls}>
        <SoaScene />
      </Allowed>
    ),
  },
  {
    path: 'soa/versions/:number',
    element: (
      <Allowed when={(p) => p.readControls}>
        <SoaVersionScene />
      </Allowed>
    ),
  },
];
