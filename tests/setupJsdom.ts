import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// Component tests (jsdom). One generous wait for every findBy and waitFor, instead of numbers per
// test: on one busy core a consolidation in jsdom is slow, and a wait that is too short fails a
// correct pane. A wrong pane still fails, at the end of the wait.
configure({ asyncUtilTimeout: 60_000 });

// Browser APIs jsdom lacks that Fluent and the core use; real browsers have them.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { TextDecoder, TextEncoder, ResizeObserver: NoResizeObserver });
