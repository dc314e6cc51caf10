import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import { useCall } from '../../api/use-call.ts';
import { Notice } from '../../ui/Notice.tsx';

/**
 * Plays an audio recording of the binder. The page asks the API for a short-lived link to the
 * recording's original (the <audio> element cannot send the API's token itself), then plays from it; the
 * player fetches byte ranges, so long recordings start at once and can be skipped through.
 */
export function AudioPlayer({ documentId, title }: { documentId: string; title: string }) {
  const link = useCall(CALLS.documentsMediaLink, { id: documentId });
  const [unplayable, setUnplayable] = useState(false);
  if (link.error) {
    return (
      <Notice tone="error" title="The recording could not be opened.">
        <p>{link.error}</p>
      </Notice>
    );
  }
  if (!link.value) return <p role="status">Opening the recording…</p>;
  return (
    <div className="audio-player">
      <audio
        controls
        preload="metadata"
        src={link.value.url}
        aria-label={`Play ${title}`}
        onError={() => setUnplayable(true)}
      />
      {unplayable && (
        <Notice tone="warning" title="This recording cannot be played here.">
          <p>
            Its sound is in a format this player does not know. The recording is kept safely as it was
            imported: export it with the packet to play it in another program.
          </p>
        </Notice>
      )}
    </div>
  );
}
