import { AppError } from '../../../../shared/contract/errors.ts';
import type { Article } from '../../../../shared/domain/article.ts';
import { fieldsOf, type ArticleService } from '../articles/ArticleService.ts';
import type { Db } from '../db/Db.ts';
import type { MediaStore } from '../media/MediaStore.ts';
import { readImport } from './readImport.ts';
import { exportFileName, writeExport, type ExportFormat } from './writeExport.ts';

/**
 * Articles in and out as files (issue 5): `.docx`, `.html`, `.md`, `.txt`, `.json` in;
 * `.html`, `.md`, `.docx`, `.json` out. A file is read whole before anything is written,
 * and its article is created in one transaction: a refused file leaves nothing behind.
 */
export class TransferService {
  private readonly db: Db;
  private readonly articles: ArticleService;
  private readonly media: MediaStore;

  constructor(db: Db, articles: ArticleService, media: MediaStore) {
    this.db = db;
    this.articles = articles;
    this.media = media;
  }

  async importFile(fileName: string, bytes: Buffer): Promise<Article> {
    const imported = await readImport(fileName, bytes);
    // Photos are content-addressed files: storing one twice, or one whose article then fails, costs nothing.
    for (const photo of imported.media) {
      const stored = await this.media.import(photo.bytes, photo.fileName);
      if (stored.hash !== photo.hash) throw new AppError('Validation', `${fileName}: photo ${photo.hash} does not match its bytes`, { reason: 'notArticleFile' });
    }
    return this.db.transaction(() => this.articles.create(imported.fields)).immediate();
  }

  async exportArticle(id: string, format: ExportFormat): Promise<{ fileName: string; bytes: Buffer }> {
    const article = this.articles.get(id);
    const bytes = await writeExport(fieldsOf(article), format, {
      read: (hash) => {
        try {
          return this.media.read(hash);
        } catch {
          return undefined;
        }
      },
    });
    return { fileName: exportFileName(article, format), bytes };
  }
}
