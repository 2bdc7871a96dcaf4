/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { makeInput, PERIOD_H1_2026, TEMPLATE } from '../../../tests/helpers/builders';
import { consolidateReports } from '../../core/consolidation/consolidateReports';
import { roundFeedback } from '../../core/reminders/buildFeedback';
import { buildReminders, mailtoLink } from '../../core/reminders/buildReminders';
import { defaultDocument } from '../../core/workbook/OfficialDocument';
import { SAMPLE_REGISTRY } from '../../sample/sampleRegistry';
import { copyText } from '../copyText';
import { RemindersPanel } from './RemindersPanel';

const units = SAMPLE_REGISTRY.units.slice(0, 3);
const c = consolidateReports({ template: TEMPLATE, period: PERIOD_H1_2026, deadline: '2026-06-22', registry: { units }, body: 'Ban' }, [
  makeInput('a.xlsx', { unit: units[0] }),
  makeInput('c.xlsx', { unit: units[2], errors: ['INDICATOR_NEGATIVE'] }),
]);
const reminders = buildReminders(c, { today: '2026-06-26', document: defaultDocument('Ban Tuyên giáo và Dân vận', '2026-06-26') });
const feedback = roundFeedback(c);

function renderPanel(copy: (text: string) => Promise<boolean>, onLetter = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <RemindersPanel reminders={reminders} feedback={feedback} copy={copy} onLetter={onLetter} busy={false} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Nhắc nộp (2 đơn vị)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Phản hồi cho đơn vị (1)' }));
  return onLetter;
}

test('each unit to chase: its message to copy, its mail opened by a mailto: link, and the letter', async () => {
  const copy = jest.fn(async () => true);
  const onLetter = renderPanel(copy);
  const missing = within(screen.getByRole('region', { name: `Nhắc ${units[1].name}` }));
  expect((missing.getByRole('textbox', { name: `Tin nhắn cho ${units[1].name}` }) as HTMLTextAreaElement).value).toBe(reminders[0].short);
  expect(missing.getByText(`Liên hệ: ${units[1].contact?.person}, ${units[1].contact?.phone}, ${units[1].contact?.email}`)).toBeTruthy();
  fireEvent.click(missing.getByRole('button', { name: 'Sao chép tin nhắn' }));
  await waitFor(() => expect(missing.getByText('Đã sao chép.')).toBeTruthy());
  expect(copy).toHaveBeenCalledWith(reminders[0].short);
  fireEvent.click(missing.getByRole('button', { name: 'Sao chép thư' }));
  expect(copy).toHaveBeenLastCalledWith(`${reminders[0].mail.subject}\n\n${reminders[0].mail.body}`);
  expect(missing.getByRole('link', { name: `Mở thư gửi ${units[1].contact?.email}` }).getAttribute('href')).toBe(mailtoLink(reminders[0]));
  fireEvent.click(screen.getByRole('button', { name: 'Tải công văn đôn đốc (.docx)' }));
  expect(onLetter).toHaveBeenCalledTimes(1);
});

test('feedback to copy; when the web view refuses the clipboard, the user is told how to copy by hand', async () => {
  renderPanel(async () => false);
  const section = within(screen.getByRole('region', { name: `Phản hồi ${units[2].name}` }));
  expect((section.getByRole('textbox') as HTMLTextAreaElement).value).toBe(feedback[0].text);
  fireEvent.click(section.getByRole('button', { name: 'Sao chép phản hồi' }));
  await waitFor(() => expect(section.getByText('Chưa sao chép được; đề nghị chọn đoạn chữ rồi nhấn Ctrl+C.')).toBeTruthy());
});

test('copyText uses the Clipboard API, and falls back to the copy command when it is refused', async () => {
  const writeText = jest.fn(async () => undefined);
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
  expect(await copyText('Tin nhắn')).toBe(true);
  expect(writeText).toHaveBeenCalledWith('Tin nhắn');
  writeText.mockRejectedValueOnce(new Error('NotAllowedError'));
  const exec = jest.fn(() => true);
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  expect(await copyText('Thư')).toBe(true);
  expect(exec).toHaveBeenCalledWith('copy');
  expect(document.querySelectorAll('textarea')).toHaveLength(0);
});
