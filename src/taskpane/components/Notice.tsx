import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatIssue } from '../../core/issues/issueMessages';
import { makeIssue, type Issue } from '../../core/issues/Issue';
import { describeBrowserFault } from '../host/browserFaults';

/** A way round offered beside a message (open the workbook instead, copy the text); it answers what happened. */
export interface NoticeAction {
  label: string;
  run: () => Promise<NoticeState>;
}

export type NoticeState = { intent: 'error' | 'warning' | 'success' | 'info'; title?: string; text: string; actions?: NoticeAction[] } | null;

export function noticeFromIssue(issue: Issue): NoticeState {
  return { intent: issue.severity === 'error' ? 'error' : 'warning', text: formatIssue(issue) };
}

/** What the user reads when an action fails: the browser's refusal told as such, anything else never silenced. */
export function noticeFromFailure(action: string, error: unknown): NoticeState {
  const fault = describeBrowserFault(error);
  if (fault) return noticeFromIssue(fault);
  return noticeFromIssue(makeIssue('ACTION_FAILED', {}, { action, detail: error instanceof Error ? error.message : String(error) }));
}

/** A Fluent MessageBar; text is rendered as text, never as HTML. An action's outcome shows beneath it. */
export function Notice({ notice }: { notice: NoticeState }) {
  const [followUp, setFollowUp] = useState<NoticeState>(null);
  useEffect(() => setFollowUp(null), [notice]);
  if (!notice) return null;
  const actions = notice.actions ?? [];
  return (
    <>
      <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'} layout={actions.length > 0 ? 'multiline' : 'auto'}>
        <MessageBarBody>
          {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
          {notice.text}
        </MessageBarBody>
        {actions.length > 0 && (
          <MessageBarActions>
            {actions.map((a) => (
              <Button key={a.label} size="small" onClick={() => void a.run().then(setFollowUp, (error: unknown) => setFollowUp(noticeFromFailure(a.label.toLowerCase(), error)))}>
                {a.label}
              </Button>
            ))}
          </MessageBarActions>
        )}
      </MessageBar>
      {followUp && <Notice notice={followUp} />}
    </>
  );
}
