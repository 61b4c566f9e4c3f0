/**
 * A prerender worker (render-pool.ts): imports the server build's entry, then renders each page
 * it is sent and sends the result back, so that a large course's pages render on every core.
 * Plain JavaScript: it runs in a worker thread, outside Vite, with nothing to compile it.
 */
import { parentPort, workerData } from 'node:worker_threads';

const asMessage = (error) =>
  error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };

try {
  const entry = await import(workerData.entry);
  parentPort.on('message', (page) => {
    entry.renderPage(page).then(
      (rendered) => parentPort.postMessage({ page, rendered }),
      (error) => parentPort.postMessage({ page, error: asMessage(error) }),
    );
  });
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ failed: asMessage(error) });
}
