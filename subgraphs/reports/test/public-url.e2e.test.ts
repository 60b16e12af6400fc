/**
 * Export links are absolute: they start with the configured public URL (PUBLIC_URL) of the
 * gateway, which serves them under /exports/. Without one they start with the gateway's own URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerOwner } from '../../../gateway/test/fixtures';
import { expectNoErrors, type Supergraph, startSupergraph } from '../../../gateway/test/harness';
import { DEVELOPMENT_PUBLIC_URL, reportsOptionsFromEnv } from '../src/config';

const EXPORT = /* GraphQL */ `
  mutation ($from: Date!, $to: Date!) {
    createReportExport(report: SALES_SUMMARY, format: CSV, filter: { from: $from, to: $to }) { ... on DownloadLink { url } }
  }
`;

describe('export links from PUBLIC_URL', () => {
  let sg: Supergraph;
  beforeAll(async () => {
    // What a proxy in front of the gateway would be reached at; the trailing slash is dropped.
    sg = await startSupergraph({ publicUrl: 'https://pos.example.test/' });
  });
  afterAll(() => sg?.close());

  it('starts every link with the public URL, and the gateway serves its path', async () => {
    const token = await registerOwner(sg, 'Warung Tautan');
    const { body } = await sg.request<{ createReportExport: { url: string } }>(
      EXPORT,
      { from: '2026-01-01', to: '2026-01-31' },
      { token },
    );
    const url = new URL(expectNoErrors(body).createReportExport.url);
    expect(url.origin).toBe('https://pos.example.test');
    expect(url.pathname).toMatch(/^\/exports\/[\w-]+\.[\w-]+$/);
    const download = await fetch(new URL(url.pathname, sg.gatewayUrl));
    expect(download.status).toBe(200);
    expect(await download.text()).toMatch(/\S/);
  });

  it('reads PUBLIC_URL from the environment, and requires it in production', () => {
    expect(reportsOptionsFromEnv({ PUBLIC_URL: 'https://kasir.example.test' }).publicUrl()).toBe(
      'https://kasir.example.test',
    );
    expect(reportsOptionsFromEnv({}).publicUrl()).toBe(DEVELOPMENT_PUBLIC_URL);
    expect(() => reportsOptionsFromEnv({ NODE_ENV: 'production' })).toThrow(
      /PUBLIC_URL: required in production/,
    );
    expect(() => reportsOptionsFromEnv({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  });
});
