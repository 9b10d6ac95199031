import { Link } from 'wouter';
import type { CatalogCategory, CatalogResponse } from '../../../contract/library.js';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';

function CategoryCard({ category }: { category: CatalogCategory }) {
  const { t } = useI18n();
  const written = category.topics.filter((tp) => tp.written).length;
  return (
    <section className="category-card" aria-labelledby={`cat-${category.id}`}>
      <h3 id={`cat-${category.id}`}>
        <span className="cat-number">{category.number}</span> {category.title}
        <span className="muted small"> · {written}/{category.topics.length}</span>
      </h3>
      <ol className="topic-list">
        {category.topics.map((topic) => (
          <li key={topic.id} className={topic.written ? 'written' : 'pending'}>
            <Link href={`/topics/${topic.id}`}>
              <span className="topic-id">{topic.id}</span> {topic.title}
            </Link>
            <span className="muted small">{topic.written ? t('library.questions', { count: topic.questionCount }) : t('library.notWritten')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Catalog({ catalog }: { catalog: CatalogResponse }) {
  const { t } = useI18n();
  const total = catalog.categories.reduce((n, c) => n + c.topics.length, 0);
  const tiers = (['core', 'advanced'] as const).map((tier) => ({ tier, categories: catalog.categories.filter((c) => c.tier === tier) }));
  return (
    <>
      <p className="progress-line">{t('library.progress', { written: catalog.topicsWritten, total, questions: catalog.questions })}</p>
      {tiers.map(({ tier, categories }) => (
        <section key={tier} className="tier" aria-label={t(`library.tier.${tier}`)}>
          <h2>{t(`library.tier.${tier}`)}</h2>
          <div className="category-grid">
            {categories.map((c) => (
              <CategoryCard key={c.id} category={c} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

/** The home page: the study strategy and the 10 categories, core tier first. */
export function LibraryHome() {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.catalog(lang), [lang]);
  return (
    <div className="library-home">
      <h1>{t('library.title')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      <details className="strategy">
        <summary>{t('strategy.title')}</summary>
        <ol>
          <li>{t('strategy.layered')}</li>
          <li>{t('strategy.practice')}</li>
          <li>{t('strategy.papers')}</li>
          <li>{t('strategy.mock')}</li>
        </ol>
      </details>
      <AsyncView state={state}>{(catalog) => <Catalog catalog={catalog} />}</AsyncView>
    </div>
  );
}
