// Every test file: component tests (jsdom) get their browser set-up; Node tests need none, and
// skip loading React for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (typeof window !== 'undefined') require('./setupJsdom');
