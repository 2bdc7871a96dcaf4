/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { DelayedLoading } from './DelayedLoading';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('says "Đang tải…" only once loading has taken 200 ms, so a quick load does not flicker', () => {
  render(<DelayedLoading />);
  act(() => jest.advanceTimersByTime(199));
  expect(screen.queryByText('Đang tải…')).toBeNull();
  act(() => jest.advanceTimersByTime(1));
  expect(screen.getByText('Đang tải…')).toBeTruthy();
});
