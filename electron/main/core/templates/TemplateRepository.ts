import type { ArticleTemplate, TemplateFields, TemplateSummary } from '../../../../shared/templates/template.ts';
import type { Db } from '../db/Db.ts';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  fields: string;
  position: number;
  created_at: number;
  updated_at: number;
}

type SummaryRow = Omit<TemplateRow, 'fields' | 'created_at'>;

function toSummary(row: SummaryRow): TemplateSummary {
  return { id: row.id, name: row.name, description: row.description, position: row.position, updatedAt: row.updated_at };
}

/** SQL for templates; the service owns the rules. */
export class TemplateRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  list(): TemplateSummary[] {
    return this.db
      .prepare<[], SummaryRow>('SELECT id, name, description, position, updated_at FROM templates ORDER BY position, name, id')
      .all()
      .map(toSummary);
  }

  get(id: string): ArticleTemplate | undefined {
    const row = this.db.prepare<[string], TemplateRow>('SELECT * FROM templates WHERE id = ?').get(id);
    if (row === undefined) return undefined;
    return { ...toSummary(row), createdAt: row.created_at, fields: JSON.parse(row.fields) as TemplateFields };
  }

  nextPosition(): number {
    const row = this.db.prepare<[], { last: number | null }>('SELECT max(position) AS last FROM templates').get();
    return (row?.last ?? 0) + 1;
  }

  insert(template: ArticleTemplate): void {
    this.db
      .prepare(
        `INSERT INTO templates (id, name, description, fields, position, created_at, updated_at)
         VALUES (@id, @name, @description, @fields, @position, @createdAt, @updatedAt)`,
      )
      .run({ ...template, fields: JSON.stringify(template.fields) });
  }

  save(template: ArticleTemplate): void {
    this.db
      .prepare('UPDATE templates SET name = @name, description = @description, fields = @fields, updated_at = @updatedAt WHERE id = @id')
      .run({ id: template.id, name: template.name, description: template.description, fields: JSON.stringify(template.fields), updatedAt: template.updatedAt });
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM templates WHERE id = ?').run(id);
  }
}
