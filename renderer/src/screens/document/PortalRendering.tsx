import { CALLS } from '../../../../shared/api/contract.ts';
import { useCall } from '../../api/use-call.ts';
import { Notice } from '../../ui/Notice.tsx';

/** Document kinds that are patient-portal downloads, which CareBinder also keeps as a readable page. */
const PORTAL_KINDS: ReadonlySet<string> = new Set(['ccda', 'fhir-json', 'fhir-ndjson']);

/** True for a C-CDA or FHIR download (their raw text is code; their readable page is what people need). */
export function isPortalExport(kind: string): boolean {
  return PORTAL_KINDS.has(kind);
}

/**
 * A portal download shown as the readable page the core made of it. The page is put in an iframe sandboxed
 * with no permissions at all (no scripts, its own opaque origin), so even a hostile file could not run
 * anything or reach the app; the core has already escaped its text and kept only tables and headings.
 */
export function PortalRendering({ documentId, title }: { documentId: string; title: string }) {
  const rendering = useCall(CALLS.documentsRendering, { id: documentId });
  const html = rendering.value?.html;
  return (
    <section className="card portal" aria-labelledby="portal-title">
      <h2 id="portal-title">The download as a readable page</h2>
      {rendering.error && <Notice tone="error">{rendering.error}</Notice>}
      {!rendering.value && !rendering.error && <p role="status">Opening the readable page…</p>}
      {rendering.value && !html && (
        <p className="muted">There is no readable page for this file. Its text is shown below.</p>
      )}
      {html && (
        <>
          <p className="muted">
            What the patient-portal file says, laid out as a page. Scroll inside the page to read all of it.
          </p>
          <iframe
            className="portal__frame"
            sandbox=""
            srcDoc={html}
            title={`${title}: the download as a readable page`}
          />
        </>
      )}
    </section>
  );
}
