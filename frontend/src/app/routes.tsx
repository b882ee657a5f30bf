import type { RouteObject } from 'react-router';
import { Layout } from '@/components/layout';
import { NotFound } from '@/components/not-found';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <h1>Partnerschaftsmonitor</h1> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
