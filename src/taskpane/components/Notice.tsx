import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatIssue } from '../../core/issues/issueMessages';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import { describeBrowserFault } from '../host/browserFaults';

export type NoticeState = { intent: 'error' | 'warning' | 'success' | 'info'; title?: string; text: string } | null;

export function noticeFromIssue(issue: Issue): NoticeState {
  return { intent: issue.severity === 'error' ? 'error' : 'warning', text: formatIssue(issue) };
}

/** What the user reads when an action fails: the browser's refusal told as such, anything else never silenced. */
export function noticeFromFailure(action: string, error: unknown): NoticeState {
  const fault = describeBrowserFault(error);
  if (fault) return noticeFromIssue(fault);
  return noticeFromIssue(makeIssue('ACTION_FAILED', {}, { action, detail: error instanceof Error ? error.message : String(error) }));
}

/** A Fluent MessageBar; text is rendered as text, never as HTML. */
export function Notice({ notice }: { notice: NoticeState }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
    </MessageBar>
  );
}
