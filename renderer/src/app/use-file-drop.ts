import { useEffect, useRef, useState } from 'react';
import { droppedFiles, isFileDrag } from '../lib/dropped-files.ts';

/**
 * Lets files and folders be dropped anywhere on the window while a binder is open. Returns whether files
 * are being dragged over the window (to show where they will go). With no handler, drops are refused
 * so the browser does not open the file itself.
 */
export function useFileDrop(onFiles: ((files: File[]) => void) | null): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed: count them to know when the drag left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      depth += 1;
      if (latest.current) setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current ? 'copy' : 'none';
    };
    const drop = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const handler = latest.current;
      if (handler && event.dataTransfer)
        void droppedFiles(event.dataTransfer).then((files) => files.length > 0 && handler(files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
