import { createRoot } from 'react-dom/client';
import { createOfficeHost, officeApiFromGlobals } from '../adapters/office/createOfficeHost';
import { App } from './App';
import { readFilesInWorker } from './files/readFilesInWorker';
import { createBrowserHost } from './host/browserHost';
import type { WorkbookHost } from './host/WorkbookHost';

/** Inside Excel when office.js loaded and says so; otherwise the same page works on files. */
async function detectHost(): Promise<WorkbookHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return createBrowserHost();
  const info = await Promise.race([office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
  if (info && info.host === office.HostType.Excel) return createOfficeHost(officeApiFromGlobals());
  return createBrowserHost();
}

void detectHost().then((host) => {
  createRoot(document.getElementById('root')!).render(<App host={host} readFiles={readFilesInWorker} />);
});
