import type { RecordRequest } from '../../../shared/schemas/case.schema.ts';

/**
 * Where a request stands: not sent yet, sent and waiting, overdue (the follow-up date has passed and
 * nothing arrived), or received.
 */
export function requestState(
  request: Pick<RecordRequest, 'sentOn' | 'followUpOn' | 'receivedOn'>,
  today: string,
): RecordRequest['state'] {
  if (request.receivedOn) return 'received';
  if (!request.sentOn) return 'draft';
  return request.followUpOn && request.followUpOn < today ? 'overdue' : 'sent';
}
