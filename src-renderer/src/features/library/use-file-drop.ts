// Files dragged onto the window: shows a drop target while dragging, then hands the files' bytes to main.
import { useEffect, useRef, useState } from 'react';
import type { IncomingFile } from '../../../../src-preload/contract';

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Called with the files that could be read, and the names of those that could not (folders, say). */
export type DropHandler = (files: IncomingFile[], unreadable: string[]) => void;

export function useFileDrop(onFiles: DropHandler): boolean {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const handler = useRef(onFiles);
  useEffect(() => {
    handler.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    const enter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault(); // never let the window navigate to a dropped file
      depth.current = 0;
      setDragging(false);
      const list = [...(event.dataTransfer?.files ?? [])];
      if (list.length === 0) return;
      void Promise.all(
        list.map((file) =>
          file.arrayBuffer().then(
            (buffer): IncomingFile => ({ name: file.name, bytes: new Uint8Array(buffer) }),
            () => file.name,
          ),
        ),
      ).then((results) => {
        const files = results.filter((r): r is IncomingFile => typeof r !== 'string');
        const unreadable = results.filter((r): r is string => typeof r === 'string');
        handler.current(files, unreadable);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging;
}
