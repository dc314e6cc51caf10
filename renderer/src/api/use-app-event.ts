import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../shared/api/events.ts';
import { useApi } from './api-provider.ts';

/** Calls `listener` for every event the core pushes while the component is on screen. */
export function useAppEvent(listener: (event: AppEvent) => void): void {
  const api = useApi();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api.onEvent((event) => latest.current(event)), [api]);
}
