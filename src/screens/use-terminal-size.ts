/** The terminal's size, following resizes; tests may pass a fixed size. */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size {
  rows: number;
  columns: number;
}

export function useTerminalSize(fixed?: Partial<Size>): Size {
  const { stdout } = useStdout();
  const read = () => ({ rows: fixed?.rows ?? stdout.rows ?? 24, columns: fixed?.columns ?? stdout.columns ?? 80 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed?.rows !== undefined) return;
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout, fixed?.rows, fixed?.columns]);
  return size;
}
