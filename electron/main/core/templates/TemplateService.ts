import { AppError } from '../../../../shared/contract/errors.ts';
import type { TemplateExport } from '../../../../shared/contract/templates.ts';
import { templateFile, type TemplateFileEntry } from '../../../../shared/templates/schema.ts';
import {
  emptyTemplateFields,
  templateFieldsFromArticle,
  type ArticleTemplate,
  type TemplateFields,
  type TemplateSummary,
} from '../../../../shared/templates/template.ts';
import type { ArticleService } from '../articles/ArticleService.ts';
import type { Db } from '../db/Db.ts';
import type { Clock, IdGenerator } from '../ports.ts';
import { TemplateRepository } from './TemplateRepository.ts';

export interface TemplateContent {
  fields?: TemplateFields | undefined;
  /** "Lưu làm mẫu": the stored article's structure (see templateFieldsFromArticle). */
  fromArticleId?: string | undefined;
}

const nameKey = (name: string) => name.toLocaleLowerCase('vi');

/** A file name without marks or spaces, so it survives any mail client or USB stick: "mau-bai-phong-van.json". */
export function fileSlug(name: string): string {
  const slug = name
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'mau' : slug;
}

/** Templates as data: the picker's list, editing, and the JSON files newsrooms pass around. */
export class TemplateService {
  private readonly db: Db;
  private readonly repo: TemplateRepository;
  private readonly clock: Clock;
  private readonly ids: IdGenerator;
  private readonly articles: ArticleService;

  constructor(db: Db, clock: Clock, ids: IdGenerator, articles: ArticleService) {
    this.db = db;
    this.repo = new TemplateRepository(db);
    this.clock = clock;
    this.ids = ids;
    this.articles = articles;
  }

  list(): TemplateSummary[] {
    return this.repo.list();
  }

  get(id: string): ArticleTemplate {
    const template = this.repo.get(id);
    if (template === undefined) throw new AppError('NotFound', `no template ${id}`, { reason: 'templateNotFound' });
    return template;
  }

  create(input: { name: string; description: string } & TemplateContent): ArticleTemplate {
    return this.db
      .transaction(() => {
        this.assertNameFree(input.name);
        const now = this.clock.now();
        const template: ArticleTemplate = {
          id: this.ids.newId(),
          name: input.name,
          description: input.description,
          position: this.repo.nextPosition(),
          createdAt: now,
          updatedAt: now,
          fields: this.contentOf(input) ?? emptyTemplateFields(),
        };
        this.repo.insert(template);
        return template;
      })
      .immediate();
  }

  update(id: string, changes: { name?: string | undefined; description?: string | undefined } & TemplateContent): ArticleTemplate {
    return this.db
      .transaction(() => {
        const current = this.get(id);
        if (changes.name !== undefined && nameKey(changes.name) !== nameKey(current.name)) this.assertNameFree(changes.name);
        const next: ArticleTemplate = {
          ...current,
          name: changes.name ?? current.name,
          description: changes.description ?? current.description,
          fields: this.contentOf(changes) ?? current.fields,
          updatedAt: this.clock.now(),
        };
        this.repo.save(next);
        return next;
      })
      .immediate();
  }

  delete(id: string): TemplateSummary[] {
    return this.db
      .transaction(() => {
        this.get(id);
        this.repo.delete(id);
        return this.repo.list();
      })
      .immediate();
  }

  export(ids?: readonly string[]): TemplateExport {
    const chosen = ids === undefined ? this.repo.list().map((summary) => this.get(summary.id)) : ids.map((id) => this.get(id));
    const now = this.clock.now();
    const date = new Date(now).toISOString().slice(0, 10);
    const first = chosen[0];
    const fileName = chosen.length === 1 && first !== undefined ? `mau-bai-${fileSlug(first.name)}.json` : `mau-bai-${date}.json`;
    return { fileName, text: `${JSON.stringify(templateFile(chosen, now), null, 2)}\n` };
  }

  /** All or nothing: the file was validated whole by the contract, and the rows go in one transaction. */
  import(entries: readonly TemplateFileEntry[]): TemplateSummary[] {
    return this.db
      .transaction(() => {
        const taken = new Set(this.repo.list().map((summary) => nameKey(summary.name)));
        const now = this.clock.now();
        let position = this.repo.nextPosition();
        const added: TemplateSummary[] = [];
        for (const entry of entries) {
          const name = this.freeName(entry.name, taken);
          taken.add(nameKey(name));
          const template: ArticleTemplate = { id: this.ids.newId(), name, description: entry.description, position, createdAt: now, updatedAt: now, fields: entry.fields };
          position += 1;
          this.repo.insert(template);
          added.push({ id: template.id, name, description: template.description, position: template.position, updatedAt: now });
        }
        return added;
      })
      .immediate();
  }

  private contentOf(content: TemplateContent): TemplateFields | undefined {
    if (content.fromArticleId !== undefined) return templateFieldsFromArticle(this.articles.get(content.fromArticleId));
    return content.fields;
  }

  /** Two templates with one name cannot be told apart in the picker. */
  private assertNameFree(name: string): void {
    if (this.repo.list().some((summary) => nameKey(summary.name) === nameKey(name))) {
      throw new AppError('Conflict', `template name taken: ${name}`, { reason: 'templateNameTaken', field: 'name' });
    }
  }

  /** "Tin ngắn" → "Tin ngắn (2)" when the library has one already: importing never replaces. */
  private freeName(name: string, taken: ReadonlySet<string>): string {
    if (!taken.has(nameKey(name))) return name;
    for (let n = 2; ; n += 1) {
      const candidate = `${name} (${n})`;
      if (!taken.has(nameKey(candidate))) return candidate;
    }
  }
}
