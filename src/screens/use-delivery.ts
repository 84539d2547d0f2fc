/**
 * Background delivery while the TUI runs: a pass over the due outbox items every few seconds (and
 * at once after a send), with progress for the table's header. HTTP is the deliverer's; this
 * only schedules it and reports.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deliverer, DeliveryResult } from '../transmit/index.js';

export interface DeliveryProgress {
  running: boolean;
  done: number;
  total: number;
  failed: number;
}

export function useDelivery(deliverer: Deliverer | undefined, onPass: () => void, intervalMs = 5000) {
  const [progress, setProgress] = useState<DeliveryProgress>({ running: false, done: 0, total: 0, failed: 0 });
  const running = useRef(false);
  const pass = useCallback(async () => {
    if (!deliverer || running.current) return;
    running.current = true;
    let done = 0;
    let failed = 0;
    setProgress({ running: true, done: 0, total: 0, failed: 0 });
    try {
      await deliverer.runOnce(
        500,
        (total) => setProgress({ running: true, done, total, failed }),
        (r: DeliveryResult) => {
          done++;
          if (r.outcome === 'failed') failed++;
          setProgress((p) => ({ ...p, done, failed }));
        },
      );
    } finally {
      running.current = false;
      setProgress((p) => ({ ...p, running: false }));
      onPass();
    }
  }, [deliverer, onPass]);
  useEffect(() => {
    if (!deliverer) return;
    void pass();
    const timer = setInterval(() => {
      void pass();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [deliverer, pass, intervalMs]);
  return {
    progress,
    deliverNow: () => {
      void pass();
    },
  };
}
