import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Article, type ArticleFields } from '../../shared/domain/article.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { localeOf } from '../src/i18n.ts';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog.tsx';
import { BodyEditor } from './BodyEditor.tsx';
import { EditorMeta } from './EditorMeta.tsx';
import { articleCounts, bodyCounts } from './fields/articleCounts.ts';
import { ArticleStats, useReadingTime } from './fields/ArticleStats.tsx';
import { ExportControl } from './fields/ExportControl.tsx';
import { FeaturedPhotoField } from './fields/FeaturedPhotoField.tsx';
import { figureChoices } from './fields/figures.ts';
import { NewsroomSettingsDialog } from './fields/NewsroomSettingsDialog.tsx';
import { SapoField } from './fields/SapoField.tsx';
import { TitleField } from './fields/TitleField.tsx';
import { useNewsroomSettings } from './fields/useNewsroomSettings.ts';
import './fields/fields.css';
import { HistoryDialog } from './history/HistoryDialog.tsx';
import { useEditorLayer } from './layer/useEditorLayer.ts';
import { PreviewDialog } from './preview/PreviewDialog.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { useEditorShortcuts } from './shortcuts/useEditorShortcuts.ts';
import { formatTags, parseTags } from './tags.ts';
import { useArticleDraft } from './useArticleDraft.ts';

export interface ArticleFormProps {
  article: Article;
  onClose(): void;
  /** A version was restored: the article is read again and the form rebuilt on it. */
  onRestored?(): void;
}

export function ArticleForm({ article, onClose, onRestored }: ArticleFormProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { fields, change, changeBody, current, saveState, flush, saveNow } = useArticleDraft(api, article);
  const [newsroom, setNewsroom] = useNewsroomSettings();
  const [status, setStatus] = useState(article.status);
  const [tagText, setTagText] = useState(() => formatTags(article.tags));
  const [note, setNote] = useState<string | undefined>();
  const [dialog, setDialog] = useState<'saveAsTemplate' | 'newsroom' | 'history' | undefined>();
  // The article as it stood when the preview opened: a snapshot, so typing behind it costs nothing.
  const [preview, setPreview] = useState<ArticleFields | undefined>();
  const ids = { title: useId(), sapo: useId(), body: useId(), byline: useId(), heading: useId() };
  // The lead is short and counted as typed; `fields.body` follows the body once typing settles.
  const body = useMemo(() => bodyCounts(fields.body), [fields.body]);
  const counts = useMemo(() => articleCounts(fields.sapo, body), [fields.sapo, body]);
  const figures = useMemo(() => figureChoices(fields.body), [fields.body]);
  const readingTime = useReadingTime();
  const layer = useEditorLayer(ids.heading);

  const close = async () => {
    await flush();
    onClose();
  };

  const saveRevision = async () => {
    try {
      await flush();
      const revision = await api.articles.saveRevision({ id: article.id });
      const time = new Date(revision.createdAt).toLocaleTimeString(localeOf(i18n.language), { timeStyle: 'short' });
      setNote(t('editor.revisionSaved', { time }));
    } catch (error) {
      setNote(errorMessage(t, error));
    }
  };

  useEditorShortcuts({ onSaveRevision: () => void saveRevision() });

  // The form fills the editor layer's slots (layer/editorLayer.ts): the body sits between them, outside React.
  const head = (
    <>
      {/* The page's one h1, for screen readers: the headline being written, or "Soạn bài". */}
      <h1 id={ids.heading} className="visually-hidden">{fields.title.trim() || t('editor.untitledHeading')}</h1>
      <div className="editor-toolbar">
        <button type="button" className="button-quiet" onClick={() => void close()}>
          ← {t('editor.back')}
        </button>
        <div className="editor-status">
          <span className="word-count" data-testid="word-count">
            {t('editor.wordCount', { count: counts.words, formatted: counts.words.toLocaleString(localeOf(i18n.language)) })}
          </span>
          <span className="reading-time" data-testid="reading-time">{readingTime(counts)}</span>
          <SaveIndicator state={saveState} />
          <button type="button" className="button-quiet" onClick={() => setPreview(current())}>
            {t('preview.open')}
          </button>
          <button type="button" className="button-quiet" aria-haspopup="dialog" onClick={() => setDialog('history')}>
            {t('history.open')}
          </button>
          <button type="button" className="button-primary" onClick={() => void saveRevision()}>
            {t('editor.saveRevision')}
          </button>
        </div>
      </div>
      {note !== undefined && <p className="notice" role="status">{note}</p>}
      {preview !== undefined && <PreviewDialog article={preview} onClose={() => setPreview(undefined)} />}
    </>
  );

  const sheetTop = (
    <>
      <TitleField id={ids.title} nextId={ids.sapo} value={fields.title} max={newsroom.titleMaxChars} onChange={(title) => change({ title })} />
      <SapoField id={ids.sapo} value={fields.sapo} max={newsroom.sapoMaxWords} sourceCode={newsroom.sourcePrefix} onChange={(sapo) => change({ sapo })} />

      <div className="field-label" id={ids.body}>{t('editor.body')}</div>
      <BodyEditor
        host={layer.bodyHost}
        initial={article.body}
        labelledBy={ids.body}
        onChange={changeBody}
        typography={{ quotes: newsroom.typography?.curlyQuotes === true, ellipsis: newsroom.typography?.ellipsis === true }}
      />
    </>
  );

  const sheetBottom = (
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
  );

  const aside = (
    <>
      <EditorMeta
        articleId={article.id}
        status={status}
        category={fields.category}
        tagText={tagText}
        dateline={fields.dateline ?? ''}
        onCategory={(category) => change({ category })}
        onTagText={(text) => {
          setTagText(text);
          change({ tags: parseTags(text) });
        }}
        onDateline={(dateline) => change({ dateline })}
        saveFirst={saveNow}
        onStatus={setStatus}
      >
        <div className="editor-meta-section">
          <FeaturedPhotoField choices={figures} value={fields.featuredMedia ?? null} onChange={(featuredMedia) => change({ featuredMedia })} />
        </div>
        <div className="editor-meta-section">
          <ArticleStats counts={counts} />
        </div>
        <div className="editor-meta-section editor-tools">
          <button type="button" className="button-quiet" aria-haspopup="dialog" onClick={() => setDialog('saveAsTemplate')}>
            {t('fields.saveAsTemplate')}
          </button>
          <button type="button" className="button-quiet" aria-haspopup="dialog" onClick={() => setDialog('newsroom')}>
            {t('fields.newsroomSettings')}
          </button>
        </div>
        <div className="editor-meta-section">
          <ExportControl articleId={article.id} saveFirst={saveNow} />
        </div>
      </EditorMeta>

      {dialog === 'saveAsTemplate' && (
        <SaveAsTemplateDialog
          articleId={article.id}
          saveFirst={saveNow}
          onClose={() => setDialog(undefined)}
          onSaved={(name) => {
            setDialog(undefined);
            setNote(t('templates.savedTemplate', { name }));
          }}
        />
      )}
      {dialog === 'history' && (
        <HistoryDialog
          articleId={article.id}
          current={current}
          saveFirst={saveNow}
          onRestored={() => {
            setDialog(undefined);
            onRestored?.();
          }}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'newsroom' && <NewsroomSettingsDialog settings={newsroom} onSaved={setNewsroom} onClose={() => setDialog(undefined)} />}
    </>
  );

  return (
    <>
      {createPortal(head, layer.head)}
      {createPortal(sheetTop, layer.sheetTop)}
      {createPortal(sheetBottom, layer.sheetBottom)}
      {createPortal(aside, layer.aside)}
    </>
  );
}
