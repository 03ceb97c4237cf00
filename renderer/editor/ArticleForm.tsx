import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Article } from '../../shared/domain/article.ts';
import { articleWordCount } from '../../shared/domain/wordCount.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { localeOf } from '../src/i18n.ts';
import { BodyEditor } from './BodyEditor.tsx';
import { EditorMeta } from './EditorMeta.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { formatTags, parseTags } from './tags.ts';
import { useArticleDraft } from './useArticleDraft.ts';

export interface ArticleFormProps {
  article: Article;
  onClose(): void;
}

export function ArticleForm({ article, onClose }: ArticleFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { fields, change, saveState, flush, saveNow } = useArticleDraft(api, article);
  const [status, setStatus] = useState(article.status);
  const [tagText, setTagText] = useState(() => formatTags(article.tags));
  const [revisionNote, setRevisionNote] = useState<string | undefined>();
  const ids = { title: useId(), sapo: useId(), body: useId(), byline: useId() };
  const wordCount = useMemo(() => articleWordCount(fields), [fields]);

  const close = async () => {
    await flush();
    onClose();
  };

  const saveRevision = async () => {
    try {
      await flush();
      const revision = await api.articles.saveRevision({ id: article.id });
      const time = new Date(revision.createdAt).toLocaleTimeString(localeOf(i18n.language), { timeStyle: 'short' });
      setRevisionNote(t('editor.revisionSaved', { time }));
    } catch (error) {
      setRevisionNote(errorMessage(t, error));
    }
  };

  return (
    <article className="editor">
      <div className="editor-toolbar">
        <button type="button" className="button-quiet" onClick={() => void close()}>
          ← {t('editor.back')}
        </button>
        <div className="editor-status">
          <span className="word-count" data-testid="word-count">
            {t('editor.wordCount', { count: wordCount, formatted: wordCount.toLocaleString(localeOf(i18n.language)) })}
          </span>
          <SaveIndicator state={saveState} />
          <button type="button" className="button-primary" onClick={() => void saveRevision()}>
            {t('editor.saveRevision')}
          </button>
        </div>
      </div>
      {revisionNote !== undefined && <p className="notice" role="status">{revisionNote}</p>}

      <div className="editor-sheet">
        <label className="field-label" htmlFor={ids.title}>{t('editor.title')}</label>
        <textarea
          id={ids.title}
          className="title-input"
          rows={2}
          maxLength={LIMITS.title}
          placeholder={t('editor.titlePlaceholder')}
          value={fields.title}
          onKeyDown={(event) => {
            // A headline is one line; Enter moves on to the lead as it would in a form.
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              document.getElementById(ids.sapo)?.focus();
            }
          }}
          onChange={(event) => change({ title: event.target.value.replace(/[\r\n]+/g, ' ') })}
        />

        <label className="field-label" htmlFor={ids.sapo}>{t('editor.sapo')}</label>
        <textarea
          id={ids.sapo}
          className="sapo-input"
          rows={3}
          maxLength={LIMITS.sapo}
          placeholder={t('editor.sapoPlaceholder')}
          value={fields.sapo}
          onChange={(event) => change({ sapo: event.target.value })}
        />

        <div className="field-label" id={ids.body}>{t('editor.body')}</div>
        <BodyEditor initial={article.body} labelledBy={ids.body} onChange={(body) => change({ body })} />

        <div className="byline-row">
          <label className="field-label" htmlFor={ids.byline}>{t('editor.byline')}</label>
          <input
            id={ids.byline}
            className="byline-input"
            maxLength={LIMITS.byline}
            value={fields.byline}
            onChange={(event) => change({ byline: event.target.value })}
          />
        </div>
      </div>

      <EditorMeta
        articleId={article.id}
        status={status}
        category={fields.category}
        tagText={tagText}
        onCategory={(category) => change({ category })}
        onTagText={(text) => {
          setTagText(text);
          change({ tags: parseTags(text) });
        }}
        saveFirst={saveNow}
        onStatus={setStatus}
      />
    </article>
  );
}
