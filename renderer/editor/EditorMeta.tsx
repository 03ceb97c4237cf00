import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../shared/domain/article.ts';
import { CategoryField } from './CategoryField.tsx';
import { DatelineField } from './fields/DatelineField.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { TagsField } from './TagsField.tsx';
import { useSiteTerms } from './useSiteTerms.ts';

export interface EditorMetaProps {
  articleId: string;
  status: ArticleStatus;
  category: string;
  tagText: string;
  dateline: string;
  onCategory(value: string): void;
  onTagText(text: string): void;
  onDateline(value: string): void;
  saveFirst(): Promise<boolean>;
  onStatus(status: ArticleStatus): void;
  /** Sections below the filing fields: featured photo, counts, tools. */
  children?: ReactNode;
}

/** The side column: publishing first (what the reporter does last), then where the article files. */
export function EditorMeta(props: EditorMetaProps) {
  const { t } = useTranslation();
  const ids = { category: useId(), tags: useId() };
  const [context] = useSiteTerms();
  // Offline or not yet read: fall back to free text rather than block the reporter.
  const ready = context.status === 'ready' ? context.value : undefined;
  const site = context.status === 'loading' ? 'loading' : ready?.site;
  return (
    <aside className="editor-meta">
      <PublishPanel articleId={props.articleId} status={props.status} site={site} saveFirst={props.saveFirst} onStatus={props.onStatus} />
      <div className="meta-fields">
        <label className="field-label" htmlFor={ids.category}>{t('editor.category')}</label>
        <CategoryField id={ids.category} value={props.category} categories={ready?.categories ?? []} onChange={props.onCategory} />
        <label className="field-label" htmlFor={ids.tags}>{t('editor.tags')}</label>
        <TagsField id={ids.tags} text={props.tagText} tags={ready?.tags ?? []} onChange={props.onTagText} />
        <DatelineField value={props.dateline} onChange={props.onDateline} />
      </div>
      {props.children}
    </aside>
  );
}
