/**
 * The last line of defence of the terminal UI: an error nobody expected (a damaged row, a bug)
 * replaces the screen with one sentence, and the app exits with that error so the process ends
 * non-zero. Never a half-drawn screen or a stack trace: the details go to a file for support.
 * Every confirmed answer was committed in its own transaction before, so nothing saved is lost.
 */
import { Box, Text, useApp } from 'ink';
import { Component, useEffect, type ReactNode } from 'react';
import { say } from '../messages.js';
import type { Lang } from '../registry/index.js';

export interface CrashProps {
  children: ReactNode;
  /** The language the app started in (the sentence is said in it). */
  lang?: Lang;
  /** Keeps the details of the error for support; returns where (a file), if it could. */
  record?: (error: Error) => string | undefined;
}

interface CrashState {
  error?: Error;
  detailsAt?: string | undefined;
}

export class ErrorBoundary extends Component<CrashProps, CrashState> {
  override state: CrashState = {};

  static getDerivedStateFromError(error: unknown): CrashState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error): void {
    let detailsAt: string | undefined;
    try {
      detailsAt = this.props.record?.(error);
    } catch {
      // Keeping the details failed too (a full disk, a read-only folder): the sentence still shows.
    }
    this.setState({ detailsAt });
  }

  override render(): ReactNode {
    const { error, detailsAt } = this.state;
    if (!error) return this.props.children;
    return <Crashed error={error} detailsAt={detailsAt} lang={this.props.lang ?? 'en'} />;
  }
}

/** What the user sees instead of the screen; the app exits once it is drawn. */
function Crashed({ error, detailsAt, lang }: { error: Error; detailsAt: string | undefined; lang: Lang }) {
  const { exit } = useApp();
  useEffect(() => {
    const timer = setTimeout(() => exit(new ReportedCrash(error)), 0);
    return () => clearTimeout(timer);
  }, [error, exit]);
  return (
    <Box flexDirection="column">
      <Text color="red" wrap="wrap">
        {say(lang, 'crash.stopped', { error: firstLine(error.message) || say(lang, 'crash.noMessage') })}
      </Text>
      {detailsAt ? <Text wrap="wrap">{say(lang, 'crash.details', { file: detailsAt })}</Text> : null}
    </Box>
  );
}

const firstLine = (text: string) => (text.split('\n')[0] ?? '').replace(/\.$/, '');

/** An error the screen has already reported to the user: whoever catches it only sets the exit code. */
export class ReportedCrash extends Error {
  constructor(readonly original: Error) {
    super(original.message);
    this.name = 'ReportedCrash';
  }
}
