import { makeIssue, type Issue } from '../../core/issues/Issue';

/** Turns what Excel threw into an issue from the Vietnamese catalogue; nothing is swallowed. */
export function describeHostError(error: unknown, action: string): Issue {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return makeIssue('HOST_PAYLOAD_TOO_LARGE', {}, { action });
    case 'ResponsePayloadSizeLimitExceeded':
      return makeIssue('HOST_RESPONSE_TOO_LARGE', {}, { action });
    case 'UnsupportedFeature':
      return makeIssue('HOST_UNSUPPORTED_FEATURE', {}, { action, detail });
    case 'NotImplemented':
      return makeIssue('HOST_NOT_IMPLEMENTED', {}, { action });
    case 'ItemAlreadyExists':
      return makeIssue('HOST_SHEET_EXISTS', {}, { action, sheets: detail });
    case 'InvalidOperationInCellEditMode':
      return makeIssue('HOST_BUSY', {}, { action });
    // A protected workbook or sheet, or a workbook opened read-only (Excel on the web's view mode).
    case 'AccessDenied':
      return makeIssue('HOST_PROTECTED', {}, { action });
    // The workbook was closed (or another one made active) while the pane worked on it.
    case 'InactiveWorkbook':
    case 'RequestAborted':
      return makeIssue('HOST_WORKBOOK_CLOSED', {}, { action });
    case 'ApiNotFound':
    case 'UnsupportedOperation':
      return makeIssue('HOST_NOT_SUPPORTED', {}, { action });
    default:
      return makeIssue('HOST_FAILED', {}, { action, detail: code || detail });
  }
}
