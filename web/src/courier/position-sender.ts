/**
 * Sends a batch of queued positions in one request: one aliased `reportPosition` per fix. A fix
 * the server refuses outright (BAD_USER_INPUT nulls the whole answer, as the field is non-null)
 * makes the batch fall back to one request per fix, so one bad fix never holds back the rest.
 */
import type { TypedDocumentNode } from '@urql/core';
import { parse } from 'graphql';
import { ReportPositionDocument, type ReportPositionMutation } from '../__generated__/operations';
import type { Api } from '../api/client';
import type { Failure } from '../api/results';
import type { PositionVerdict, QueuedPosition, SendPositions } from './position-queue';

type Answer = ReportPositionMutation['reportPosition'];

const documents = new Map<number, TypedDocumentNode<Record<string, Answer>, Record<string, unknown>>>();

function batchDocument(n: number) {
  let doc = documents.get(n);
  if (!doc) {
    const vars = Array.from({ length: n }, (_, i) => `$p${i}: ReportPositionInput!`).join(', ');
    const fields = Array.from(
      { length: n },
      (_, i) => `p${i}: reportPosition(input: $p${i}) { __typename ... on ErrorResult { code message } }`,
    ).join('\n');
    doc = parse(`mutation ReportPositions(${vars}) {\n${fields}\n}`) as TypedDocumentNode<
      Record<string, Answer>,
      Record<string, unknown>
    >;
    documents.set(n, doc);
  }
  return doc;
}

function inputOf(p: QueuedPosition) {
  return {
    deliveryId: p.deliveryId,
    lat: p.lat,
    lng: p.lng,
    accuracy: p.accuracy,
    heading: p.heading,
    speed: p.speed,
    recordedAt: p.recordedAt,
  };
}

/** A failure the same request may get past later (network, a restart, an expired session). */
function retryable(error: Failure): boolean {
  return error.network === true || error.code !== 'BAD_USER_INPUT';
}

export function positionSender(api: Api): SendPositions {
  return async (batch) => {
    const variables = Object.fromEntries(batch.map((p, i) => [`p${i}`, inputOf(p)]));
    const r = await api.mutate(batchDocument(batch.length), variables);
    if (r.ok) {
      return batch.map(
        (_, i): PositionVerdict =>
          r.value[`p${i}`]?.__typename === 'CourierPosition' ? 'recorded' : 'refused',
      );
    }
    if (batch.length === 1 || r.error.network) {
      return retryable(r.error) ? 'unreachable' : ['refused'];
    }
    const verdicts: PositionVerdict[] = [];
    for (const p of batch) {
      const one = await api.mutate(ReportPositionDocument, { input: inputOf(p) });
      if (!one.ok) {
        if (retryable(one.error)) return verdicts;
        verdicts.push('refused');
      } else
        verdicts.push(one.value.reportPosition.__typename === 'CourierPosition' ? 'recorded' : 'refused');
    }
    return verdicts;
  };
}
