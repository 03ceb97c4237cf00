import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './typingTrace.ts';

/** Starts a `devtools.timeline` trace of the page, the category its Performance panel records. */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
}

/** Ends the trace and reads it back through the IO stream Chromium hands over. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve, reject) => {
    cdp.once('Tracing.tracingComplete', (event) => {
      if (event.stream === undefined) reject(new Error('trace came back without a stream'));
      else resolve(event.stream);
    });
  });
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded === true ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}
