import fs from 'node:fs';
import path from 'node:path';
import { machineFailure } from '../../../shared/contract/dispatch.ts';
import type { ErrorPayload } from '../../../shared/contract/errors.ts';
import { MAX_IMPORT_BYTES } from '../../main/core/transfer/readImport.ts';
import { describeFailure } from '../describeFailure.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import type { CommandContext } from './context.ts';
import { fail, printJson } from './context.ts';
import type { LibraryAccess } from './library.ts';

/**
 * `toasoan import FILE…`: each file becomes one article, in its own transaction; a file
 * that cannot be read is said so and the others still go in. Exit 1 if any failed.
 */
export async function runImport(ctx: CommandContext, library: LibraryAccess, files: readonly string[]): Promise<ExitCode> {
  const created: { file: string; id: string; title: string }[] = [];
  const failed: { file: string; error: ErrorPayload }[] = [];
  for (const file of files) {
    const full = path.resolve(ctx.cwd, file);
    const result = await library.run(async (core): Promise<{ error: ErrorPayload } | { article: { id: string; title: string } }> => {
      let bytes: Buffer;
      try {
        // Sized before read: a 200 MB file is refused without loading it.
        const size = fs.statSync(full).size;
        if (size > MAX_IMPORT_BYTES) return { error: { code: 'Validation', message: `${full} is ${size} bytes`, reason: 'fileTooLarge', max: MAX_IMPORT_BYTES }};
        bytes = fs.readFileSync(full);
      } catch {
        return { error: { code: 'NotFound', message: `cannot read ${full}`, reason: 'importUnreadableFile' } };
      }
      return { article: await core.transfer.importFile(path.basename(full), bytes) };
    });
    if (!result.ok) failed.push({ file, error: result.error });
    else if ('error' in result.value) failed.push({ file, error: result.value.error });
    else created.push({ file, id: result.value.article.id, title: result.value.article.title });
  }
  if (ctx.json) printJson(ctx, { created, failed: failed.map(({ file, error }) => ({ file, reason: error.reason ?? error.code })) });
  else for (const item of created) writeLine(ctx.stdout, ctx.t('cli.transfer.imported', { file: item.file, id: item.id, title: item.title }));
  for (const { file, error } of failed) writeLine(ctx.stderr, ctx.t('cli.transfer.importFailed', { file, reason: describeFailure(ctx.t, error) }));
  return failed.length === 0 ? EXIT.ok : EXIT.error;
}

/** `toasoan export ID --format F [-o FILE]`: to FILE, or a file named after the title here; `-o -` writes to stdout. */
export async function runExport(ctx: CommandContext, library: LibraryAccess, id: string, format: 'html' | 'md' | 'docx' | 'json', output?: string): Promise<ExitCode> {
  const result = await library.run((core) => core.transfer.exportArticle(id.toLowerCase(), format));
  if (!result.ok) return fail(ctx, result.error);
  const { fileName, bytes } = result.value;
  if (output === '-') {
    ctx.stdout.write(format === 'docx' ? bytes.toString('base64') : bytes.toString('utf8'));
    return EXIT.ok;
  }
  const target = path.resolve(ctx.cwd, output ?? fileName);
  try {
    fs.writeFileSync(`${target}.partial`, bytes);
    fs.renameSync(`${target}.partial`, target);
  } catch (error) {
    fs.rmSync(`${target}.partial`, { force: true });
    return fail(ctx, machineFailure(error) ?? { code: 'Internal', message: String(error), reason: 'notWritable' });
  }
  if (ctx.json) return printJson(ctx, { file: target, bytes: bytes.length });
  writeLine(ctx.stdout, ctx.t('cli.transfer.exported', { file: target }));
  return EXIT.ok;
}
