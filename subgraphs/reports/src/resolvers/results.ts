import { resultTypeOf } from '@pos/kit';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Result unions whose success value has no `__typename`. */
export const results: Resolvers = {
  CreateReportExportResult: { __resolveType: resultTypeOf('DownloadLink') },
  CreateOrderDocumentLinkResult: { __resolveType: resultTypeOf('DownloadLink') },
};
