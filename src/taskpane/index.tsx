import { createRoot } from 'react-dom/client';
import { officeApiFromGlobals } from '../adapters/office/officeApi';
import { createOfficeHost } from './host/createOfficeHost';
import { App } from './App';
import { readFilesInWorker } from './files/readFilesInWorker';
import { createBrowserHost } from './host/browserHost';
import type { WorkbookHost } from './host/WorkbookHost';
import { engineRefused } from './engineCheck/engineRefused';

/** Inside Excel when office.js loaded and says so; otherwise the same page works on files. */
async function detectHost(): Promise<WorkbookHost> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return createBrowserHost();
  const info = await Promise.race([office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
  if (info && info.host === office.HostType.Excel) return createOfficeHost(officeApiFromGlobals());
  return createBrowserHost();
}

if (!engineRefused())
  void detectHost().then((host) => {
    const root = document.getElementById('root');
    if (!root) throw new Error('taskpane.html has no #root');
    createRoot(root).render(<App host={host} readFiles={readFilesInWorker} />);
  });
