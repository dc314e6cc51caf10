import type { AppContext } from '../api/app-context.ts';
import { MEDIA_PATH, serveMedia } from '../api/media-links.ts';
import { createAssetHandler, isAppUrl, SECURITY_HEADERS } from './app-assets.ts';

/**
 * Plays recordings on app://carebinder/media/<link>: the links the API hands out (main/api/media-links.ts)
 * answered with the decrypted original and byte ranges, so the <audio> element can seek. Imports no
 * Electron, so it is tested under plain Node; app-protocol.ts plugs it in.
 */
export function createMediaHandler(ctx: AppContext): (request: Request) => Response {
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405, headers: SECURITY_HEADERS });
    if (!isAppUrl(request.url)) return new Response(null, { status: 404, headers: SECURITY_HEADERS });
    const answer = serveMedia(
      ctx,
      new URL(request.url).pathname,
      request.headers.get('range'),
      request.method,
    );
    return new Response(answer.body, {
      status: answer.status,
      headers: { ...SECURITY_HEADERS, ...answer.headers },
    });
  };
}

/** Everything app:// answers: recordings under MEDIA_PATH, the built renderer's files otherwise. */
export function createAppHandler(
  rendererDir: string,
  ctx: AppContext,
): (request: Request) => Promise<Response> {
  const assets = createAssetHandler(rendererDir);
  const media = createMediaHandler(ctx);
  return async (request) =>
    isAppUrl(request.url) && new URL(request.url).pathname.startsWith(MEDIA_PATH)
      ? media(request)
      : assets(request);
}
