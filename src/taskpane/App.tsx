import { Badge, FluentProvider, Tab, TabList, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { DelayedLoading } from './components/DelayedLoading';
import { loadCheckTab, loadConsolidateTab } from './loadOnDemand';
import { firstRoundForm } from '../app/round/firstRoundForm';
import { TemplateTab } from './components/TemplateTab';
import { useStyles } from './components/useStyles';
import type { PickedFile } from '../app/checkFileBytes';
import type { ReadFiles } from '../app/reading/ReadFiles';
import type { SavedRoundSettings, SavedSettings, WorkbookHost } from './host/WorkbookHost';
import { Notice, noticeFromIssue, type NoticeState } from './components/Notice';
import { createCatalogueReader, createLibraryStore, useTemplateLibrary, type CatalogueReader, type LibraryStore } from './templates/templateLibrary';

type TabId = 'template' | 'check' | 'consolidate';

// The first screen is the template tab; the other two, with the reader and the summary, come when opened.
const CheckTab = lazy(() => loadCheckTab().then((m) => ({ default: m.CheckTab })));
const ConsolidateTab = lazy(() => loadConsolidateTab().then((m) => ({ default: m.ConsolidateTab })));

/** The saved round, or a sensible first one. */
export function initialSettings(host: WorkbookHost, saved: SavedSettings = host.loadSettings()): SavedRoundSettings {
  return saved.settings ?? firstRoundForm(host.today());
}

export interface AppProps {
  host: WorkbookHost;
  readFiles: ReadFiles<PickedFile>;
  /** Where the published catalogue is read from (default: catalogue/ at the page's origin; null: nowhere, only picked by hand). */
  catalogue?: CatalogueReader | null;
  libraryStore?: LibraryStore;
}

export function App({ host, readFiles, catalogue, libraryStore }: AppProps) {
  const styles = useStyles();
  // Stable across renders, so the catalogue is pulled once on opening, not on every render.
  const reader = useMemo(() => (catalogue === undefined ? createCatalogueReader() : catalogue), [catalogue]);
  const store = useMemo(() => libraryStore ?? createLibraryStore(), [libraryStore]);
  const today = useCallback(() => host.today(), [host]);
  const library = useTemplateLibrary(reader, store, today);
  const [tab, setTab] = useState<TabId>('template');
  const [saved] = useState(() => host.loadSettings());
  const [settings, setSettings] = useState<SavedRoundSettings>(() => initialSettings(host, saved));
  const [notice, setNotice] = useState<NoticeState>(() => (saved.issue ? noticeFromIssue(saved.issue) : null));
  const onSettings = (next: SavedRoundSettings) => {
    setSettings(next);
    void host.saveSettings(next).then((outcome) => !outcome.ok && setNotice(noticeFromIssue(outcome.issue)));
  };
  return (
    <FluentProvider theme={webLightTheme} lang="vi">
      <main className={styles.stack} style={{ padding: 12, minWidth: 300, maxWidth: 560 }}>
        <header className={styles.row}>
          <Title3 as="h1">Tổng hợp báo cáo</Title3>
          <Badge appearance="tint" color={host.mode === 'excel' ? 'brand' : 'informative'}>
            {host.mode === 'excel' ? 'Trong Excel' : 'Trên trình duyệt'}
          </Badge>
        </header>
        {host.mode === 'browser' && (
          <Text size={200} className={styles.muted}>
            Đang chạy ngoài Excel: tải mẫu, kiểm tra và tổng hợp bằng tệp. Dữ liệu không rời khỏi máy.
          </Text>
        )}
        <Notice notice={notice} />
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="Chức năng">
          <Tab value="template">Mẫu báo cáo</Tab>
          <Tab value="check">Kiểm tra</Tab>
          <Tab value="consolidate">Tổng hợp</Tab>
        </TabList>
        <div role="tabpanel" aria-label={tab === 'template' ? 'Mẫu báo cáo' : tab === 'check' ? 'Kiểm tra' : 'Tổng hợp'}>
          {tab === 'template' && (
            <TemplateTab
              host={host}
              library={library}
              registry={settings.registry}
              initialKind={settings.kind}
              initialYear={settings.year}
              recipient={settings.body}
              deadlineFor={(kind, year) => (kind === settings.kind && year === settings.year ? settings.deadline : undefined)}
            />
          )}
          <Suspense fallback={<DelayedLoading />}>
            {tab === 'check' && <CheckTab host={host} registry={settings.registry} templates={library.templates} />}
            {tab === 'consolidate' && <ConsolidateTab host={host} settings={settings} onSettings={onSettings} readFiles={readFiles} library={library} />}
          </Suspense>
        </div>
      </main>
    </FluentProvider>
  );
}
