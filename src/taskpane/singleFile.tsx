import { createRoot } from 'react-dom/client';
import workerSource from '@tonghop/reading-worker-source';
import { App } from './App';
import { readFilesInBlobWorker } from './files/readFilesInBlobWorker';
import { createBrowserHost } from './host/browserHost';
import { engineRefused } from './engineCheck/engineRefused';

// "Tổng hợp báo cáo.html": the browser page in one file, opened from a USB stick or an e-mail
// attachment. No office.js (no network), so always the browser mode; no catalogue pulled over the
// network (one picked by hand still works); the reading worker started from a blob: URL.
const root = document.getElementById('root');
if (!root) throw new Error('Tổng hợp báo cáo.html has no #root');
if (!engineRefused()) createRoot(root).render(<App host={createBrowserHost()} readFiles={readFilesInBlobWorker(workerSource)} catalogue={null} />);
