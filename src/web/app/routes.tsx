import { lazy, type ComponentType } from 'react';
import { LibraryHome } from '../features/library/LibraryHome.js';

/**
 * The route table. Each feature owns its pages under features/<feature>/; pages that pull in heavy libraries
 * (KaTeX CSS, Shiki, Mermaid, CodeMirror, Excalidraw) are lazy so the home page stays small.
 */
export interface AppRoute {
  readonly path: string;
  readonly component: ComponentType;
}

const TopicPage = lazy(() => import('../features/library/TopicPage.js'));
const ReviewPage = lazy(() => import('../features/study/ReviewPage.js'));
const DashboardPage = lazy(() => import('../features/study/DashboardPage.js'));
const PlanPage = lazy(() => import('../features/study/PlanPage.js'));
const SearchPage = lazy(() => import('../features/search/SearchPage.js'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage.js'));
const ImportsPage = lazy(() => import('../features/imports/ImportsPage.js'));
const PapersPage = lazy(() => import('../features/papers/PapersPage.js'));
const DesignIndex = lazy(() => import('../features/whiteboard/DesignIndex.js'));
const WhiteboardPage = lazy(() => import('../features/whiteboard/WhiteboardPage.js'));
const PaperPage = lazy(() => import('../features/papers/PaperPage.js'));
const ImportSourcePage = lazy(() => import('../features/imports/ImportSourcePage.js'));
const CalculatorsPage = lazy(() => import('../features/calculators/CalculatorsPage.js'));
const ExerciseListPage = lazy(() => import('../features/exercises/ExerciseListPage.js'));
const ExercisePage = lazy(() => import('../features/exercises/ExercisePage.js'));

export const routes: readonly AppRoute[] = [
  { path: '/', component: LibraryHome },
  { path: '/topics/:id', component: TopicPage },
  { path: '/review', component: ReviewPage },
  { path: '/dashboard', component: DashboardPage },
  { path: '/plan', component: PlanPage },
  { path: '/search', component: SearchPage },
  { path: '/settings', component: SettingsPage },
  { path: '/design', component: DesignIndex },
  { path: '/design/:id', component: WhiteboardPage },
  { path: '/papers', component: PapersPage },
  { path: '/papers/:slug', component: PaperPage },
  { path: '/imports', component: ImportsPage },
  { path: '/imports/:id', component: ImportSourcePage },
  { path: '/calculators', component: CalculatorsPage },
  { path: '/exercises', component: ExerciseListPage },
  { path: '/exercises/:slug', component: ExercisePage },
];

/** Links shown in the header navigation (label keys are i18n MessageKeys). */
export const navLinks = [
  { href: '/', label: 'nav.library' },
  { href: '/dashboard', label: 'nav.dashboard' },
  { href: '/review', label: 'nav.review' },
  { href: '/plan', label: 'nav.plan' },
  { href: '/papers', label: 'nav.papers' },
  { href: '/design', label: 'nav.design' },
  { href: '/calculators', label: 'nav.calculators' },
  { href: '/exercises', label: 'nav.exercises' },
  { href: '/imports', label: 'nav.imports' },
  { href: '/settings', label: 'nav.settings' },
] as const;
