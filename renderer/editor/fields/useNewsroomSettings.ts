import { useEffect, useState } from 'react';
import { DEFAULT_NEWSROOM, type NewsroomSettings } from '../../../shared/domain/article.ts';
import { useApi } from '../../src/ApiContext.tsx';

/**
 * The newsroom's rules for the editor. Until they are read (or if they cannot be) the
 * defaults apply: counters still count, and the prefix guard stays off rather than
 * guess a code.
 */
export function useNewsroomSettings(): [NewsroomSettings, (settings: NewsroomSettings) => void] {
  const api = useApi();
  const [settings, setSettings] = useState<NewsroomSettings>(DEFAULT_NEWSROOM);
  useEffect(() => {
    let current = true;
    api.newsroom.getSettings({}).then(
      (value) => current && setSettings(value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return [settings, setSettings];
}
