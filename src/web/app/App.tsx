import { Suspense, useEffect, useState } from 'react';
import { Link, Route, Switch } from 'wouter';
import { I18nProvider, useI18n } from '../i18n/index.js';
import { SearchBox } from '../features/search/SearchBox.js';
import { navLinks, routes } from './routes.js';
import { applyTheme, initialTheme, type Theme } from './theme.js';

function Header() {
  const { t, lang, setLang } = useI18n();
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <header className="app-header">
      <Link href="/" className="brand">llmprep</Link>
      <nav aria-label="main">
        {navLinks.map((l) => (
          <Link key={l.href} href={l.href}>{t(l.label)}</Link>
        ))}
      </nav>
      <div className="header-tools">
        <SearchBox />
        <div role="group" aria-label={t('nav.language')} className="lang-switch">
          <button type="button" aria-pressed={lang === 'zh'} onClick={() => setLang('zh')}>中文</button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>EN</button>
        </div>
        <button type="button" className="icon-button" aria-label={t('nav.toggleTheme')} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {theme === 'dark' ? '☀' : '☾'}
        </button>
      </div>
    </header>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <p>{t('common.notFound')}</p>;
}

function Loading() {
  const { t } = useI18n();
  return <p className="muted" role="status">{t('common.loading')}</p>;
}

export function App() {
  return (
    <I18nProvider>
      <Header />
      <main className="app-main">
        <Suspense fallback={<Loading />}>
          <Switch>
            {routes.map((r) => (
              <Route key={r.path} path={r.path} component={r.component} />
            ))}
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </I18nProvider>
  );
}
