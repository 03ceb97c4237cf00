import type { Migration } from '../Db.ts';
import { articles } from './20261126T0400_articles.ts';
import { sync } from './20261126T0500_sync.ts';
import { search } from './20261126T0800_search.ts';
import { history } from './20261126T0900_history.ts';
import { templates } from './20261126T0545_templates.ts';

/** Every migration this build knows, oldest first. Imported statically so bundles carry them. */
export const MIGRATIONS: readonly Migration[] = [articles, sync, templates, search, history];
