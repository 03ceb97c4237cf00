import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/contract/client.ts';
import type { Article } from '../../shared/domain/article.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { useAsync } from '../src/useAsync.ts';
import { ArticleForm } from './ArticleForm.tsx';

export interface EditorViewProps {
  id: string;
  onClose(): void;
}

export function EditorView({ id, onClose }: EditorViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [article, reload] = useAsync<Article>(() => api.articles.get({ id }), [api, id]);

  if (article.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (article.status === 'failed') {
    const notFound = article.error instanceof ApiError && article.error.code === 'NotFound';
    return (
      <div className="editor-missing" role="alert">
        <p>{notFound ? t('editor.notFound') : errorMessage(t, article.error)}</p>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('editor.back')}
        </button>
      </div>
    );
  }
  // Keyed by version: after a restore the form, and the body editor with it, start again on the restored text.
  return <ArticleForm key={article.value.version} article={article.value} onClose={onClose} onRestored={reload} />;
}
