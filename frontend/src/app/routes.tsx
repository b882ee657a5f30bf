import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppShell } from '@/app/app-shell';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { LoginPage } from '@/app/pages/login-page';
import { ReviewQueuePage } from '@/app/pages/review-queue-page';
import { NotFound } from '@/components/not-found';
import { RouteError } from '@/components/route-error';
import { Layout } from '@/components/layout';
import { AccessibilityPage } from '@/app/pages/accessibility-page';
import { EasyLanguagePage } from '@/app/pages/easy-language-page';
import { Loading } from '@/components/ui/loading';
import { AgreementsListPage } from '@/app/pages/agreements-list-page';
import { AgreementDetailPage } from '@/app/pages/agreement-detail-page';
import { AgreementNewPage } from '@/app/pages/agreement-new-page';
import { AgreementEditPage } from '@/app/pages/agreement-edit-page';
import { CountriesListPage } from '@/app/pages/countries-list-page';
import { CountryDetailPage } from '@/app/pages/country-detail-page';
import { DocumentReaderPage } from '@/app/pages/document-reader-page';
import { SearchPage } from '@/app/pages/search-page';

// Scoring screens are split off the initial bundle; the layout's Suspense shows "loading" meanwhile.
const DashboardPage = lazy(() => import('@/app/pages/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const CountryScorecardPage = lazy(() => import('@/app/pages/country-scorecard-page').then((m) => ({ default: m.CountryScorecardPage })));
const ScorecardPrintPage = lazy(() => import('@/app/pages/scorecard-print-page').then((m) => ({ default: m.ScorecardPrintPage })));
const ComparePage = lazy(() => import('@/app/pages/compare-page').then((m) => ({ default: m.ComparePage })));
const AuditPage = lazy(() => import('@/app/pages/audit-page').then((m) => ({ default: m.AuditPage })));
const AccountsPage = lazy(() => import('@/app/pages/accounts-page').then((m) => ({ default: m.AccountsPage })));
const CatalogsPage = lazy(() => import('@/app/pages/catalogs-page').then((m) => ({ default: m.CatalogsPage })));
const CatalogPage = lazy(() => import('@/app/pages/catalogs-page').then((m) => ({ default: m.CatalogPage })));
const ImportPage = lazy(() => import('@/app/pages/import-page').then((m) => ({ default: m.ImportPage })));
const OpenDataPage = lazy(() => import('@/app/pages/open-data-page').then((m) => ({ default: m.OpenDataPage })));
const FeedbackPage = lazy(() => import('@/app/pages/feedback-page').then((m) => ({ default: m.FeedbackPage })));
const DeadlinesPage = lazy(() => import('@/app/pages/deadlines-page').then((m) => ({ default: m.DeadlinesPage })));
const AgreementAssessmentPage = lazy(() => import('@/app/pages/agreement-assessment-page').then((m) => ({ default: m.AgreementAssessmentPage })));

export const routes: RouteObject[] = [
  {
    // The print layout stands alone: no header or navigation on the A4 page.
    path: '/countries/:iso2/scorecard/print',
    element: <RequireAuth><Suspense fallback={<Loading />}><ScorecardPrintPage /></Suspense></RequireAuth>,
    errorElement: <main id="main"><RouteError /></main>,
  },
  { path: '/sign-in', element: <LoginPage />, errorElement: <main id="main"><RouteError /></main> },
  {
    // Required by BITV 2.0 and readable without signing in.
    element: <Layout />,
    errorElement: <main id="main"><RouteError /></main>,
    children: [
      { path: '/accessibility', element: <AccessibilityPage /> },
      { path: '/easy-language', element: <EasyLanguagePage /> },
    ],
  },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <main id="main"><RouteError /></main>,
    // A screen that fails shows the error page inside the layout, so the navigation stays usable.
    children: [{ errorElement: <RouteError />, children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'agreements', element: <AgreementsListPage /> },
      { path: 'agreements/new', element: <AgreementNewPage /> },
      { path: 'agreements/import', element: <ImportPage /> },
      { path: 'open-data', element: <OpenDataPage /> },
      { path: 'agreements/:id', element: <AgreementDetailPage /> },
      { path: 'agreements/:id/edit', element: <AgreementEditPage /> },
      { path: 'agreements/:id/assessment', element: <AgreementAssessmentPage /> },
      { path: 'instruments/:id/documents/:docId', element: <DocumentReaderPage /> },
      { path: 'countries', element: <CountriesListPage /> },
      { path: 'countries/:iso2', element: <CountryDetailPage /> },
      { path: 'countries/:iso2/scorecard', element: <CountryScorecardPage /> },
      { path: 'compare', element: <ComparePage /> },
      { path: 'reviews', element: <ReviewQueuePage /> },
      { path: 'deadlines', element: <DeadlinesPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'catalogs', element: <CatalogsPage /> },
      { path: 'catalogs/:id', element: <CatalogPage /> },
      { path: 'feedback', element: <FeedbackPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: '*', element: <NotFound /> },
    ] }],
  },
];
