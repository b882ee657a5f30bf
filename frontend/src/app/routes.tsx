import { Navigate, type RouteObject } from 'react-router';
import { Layout } from '@/components/layout';
import { NotFound } from '@/components/not-found';
import { AgreementsListPage } from '@/app/pages/agreements-list-page';
import { AgreementDetailPage } from '@/app/pages/agreement-detail-page';
import { AgreementNewPage } from '@/app/pages/agreement-new-page';
import { AgreementEditPage } from '@/app/pages/agreement-edit-page';
import { CountriesListPage } from '@/app/pages/countries-list-page';
import { CountryDetailPage } from '@/app/pages/country-detail-page';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/agreements" replace /> },
      { path: 'agreements', element: <AgreementsListPage /> },
      { path: 'agreements/new', element: <AgreementNewPage /> },
      { path: 'agreements/:id', element: <AgreementDetailPage /> },
      { path: 'agreements/:id/edit', element: <AgreementEditPage /> },
      { path: 'countries', element: <CountriesListPage /> },
      { path: 'countries/:iso2', element: <CountryDetailPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
